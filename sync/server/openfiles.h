#pragma once

namespace rapport::server {

/**
 * Raises this process's soft limit on open files to its hard limit (each connection holds one)
 * and returns the limit now in force.
 */
long raiseOpenFileLimit();

} // namespace rapport::server
