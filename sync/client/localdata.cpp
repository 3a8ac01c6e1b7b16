#include "localdata.h"

#include "notebook.h"

namespace rapport::LocalData {

Status wipe(Notebook &notebook) { return notebook.wipe(); }

Status scrub(Notebook &) { return Done{}; }

Result<int> restampFutureMutations(Notebook &notebook, qint64 nowMs, qint64 toleranceMs)
{
    return notebook.restampPending(nowMs, toleranceMs);
}

} // namespace rapport::LocalData
