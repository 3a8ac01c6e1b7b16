#pragma once

#include <functional>

#include <sys/types.h>

namespace bench {

/**
 * Stops something the bench started (a server, HAProxy, PostgreSQL) however the bench ends:
 * normally, when the owner destroys this guard; through fail(), whose std::exit() skips the
 * owner's destructor but runs the guards still registered; on SIGINT or SIGTERM, by sending
 * `signal` to `pid` (all a signal handler may safely do) before the bench exits.
 */
class StopOnExit
{
public:
    StopOnExit(pid_t pid, int signal, std::function<void()> stop);
    ~StopOnExit();
    StopOnExit(const StopOnExit &) = delete;
    StopOnExit &operator=(const StopOnExit &) = delete;

    /** Runs the stop now (once) and unregisters the guard. */
    void stopNow();

private:
    int m_slot = -1;
    std::function<void()> m_unregistered;
};

} // namespace bench
