#include "openfiles.h"

#include <sys/resource.h>

#include <algorithm>

namespace rapport::server {

long raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    // "Unlimited" is not a number the kernel takes for open files; its own ceiling is usually 2^20.
    const rlim_t wanted = limit.rlim_max == RLIM_INFINITY ? rlim_t(1) << 20 : limit.rlim_max;
    if (limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return static_cast<long>(std::min<rlim_t>(limit.rlim_cur, rlim_t(1) << 30));
}

} // namespace rapport::server
