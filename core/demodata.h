#pragma once

#include "types.h"

namespace rapport {

class Notebook;

struct DemoSize
{
    int clients = 320;
    int notesPerClient = 10; // 3,200 notes for the default demo
    quint32 seed = 20261123;
};

/**
 * Fills an empty notebook with a believable chain: 2 stores, 6 staff, clients
 * with varied preferences, notes of every kind and open and overdue follow-ups.
 * Does nothing and succeeds when the notebook already has clients.
 */
[[nodiscard]] Status fillWithDemoData(Notebook &notebook, const DemoSize &size = {});

} // namespace rapport
