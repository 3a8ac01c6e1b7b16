#include "heapsettings.h"

#include <cstdlib> // defines __GLIBC__ with the C library's other macros

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace rapport {

void keepHeapForSyncAnswers()
{
#if defined(__GLIBC__)
    constexpr int MiB = 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, 8 * MiB);
    mallopt(M_TRIM_THRESHOLD, 16 * MiB);
#endif
}

} // namespace rapport
