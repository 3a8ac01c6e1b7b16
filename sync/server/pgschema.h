#pragma once

namespace rapport::server::pgschema {

/** The newest PostgreSQL schema version this server knows. */
int latestVersion();
/** The SQL of step `version` (1 … latestVersion()), run in one transaction. */
const char *step(int version);

} // namespace rapport::server::pgschema
