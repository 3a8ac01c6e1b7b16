#include "localdata.h"

#include "notebook.h"

namespace rapport::LocalData {

Status wipe(Notebook &notebook) { return notebook.wipe(); }

Result<int> restampFutureMutations(Notebook &notebook, qint64 nowMs, qint64 toleranceMs)
{
    return notebook.restampPending(nowMs, toleranceMs);
}

} // namespace rapport::LocalData
