#pragma once

#include "core/types.h"

namespace rapport {

class Notebook;

/**
 * Fills an empty, signed-in notebook with demo clients for the server's demo
 * chain. The demo generator invents its own stores and staff, which the server
 * does not know; so it runs into a scratch notebook and its clients, notes and
 * follow-ups are copied here as written by the signed-in associate, in their
 * store. They then sync to the server like any other edit.
 */
[[nodiscard]] Status seedDemoClientsForServer(Notebook &notebook, int clients);

} // namespace rapport
