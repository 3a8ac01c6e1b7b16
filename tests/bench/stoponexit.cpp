#include "stoponexit.h"

#include <array>
#include <csignal>
#include <cstdlib>
#include <mutex>
#include <utility>

#include <unistd.h>

namespace bench {

namespace {

constexpr int kSlots = 64;

struct Slot
{
    std::function<void()> stop;
    bool used = false;
};

std::mutex &lock()
{
    static std::mutex m;
    return m;
}

std::array<Slot, kSlots> &slots()
{
    static std::array<Slot, kSlots> s;
    return s;
}

// What the signal handler reads: plain values, written before a slot counts as used.
volatile pid_t g_pids[kSlots] = {};
volatile int g_signals[kSlots] = {};

extern "C" void stopOnSignal(int signal)
{
    for (int i = kSlots - 1; i >= 0; --i) {
        if (g_pids[i] > 0)
            ::kill(g_pids[i], g_signals[i]);
    }
    ::_exit(128 + signal);
}

/** Newest first, as automatic objects unwind: servers stop before the database under them. */
void stopAllAtExit()
{
    for (int i = kSlots - 1; i >= 0; --i) {
        std::function<void()> stop;
        {
            std::lock_guard guard(lock());
            if (!slots()[i].used)
                continue;
            stop = std::move(slots()[i].stop);
            slots()[i].used = false;
            g_pids[i] = 0;
        }
        stop();
    }
}

void installOnce()
{
    static const bool installed = [] {
        // Built before the handler is registered, so they are destroyed only after it ran.
        (void)lock();
        (void)slots();
        std::atexit(stopAllAtExit);
        struct sigaction action = {};
        action.sa_handler = stopOnSignal;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
        return true;
    }();
    (void)installed;
}

} // namespace

StopOnExit::StopOnExit(pid_t pid, int signal, std::function<void()> stop)
{
    installOnce();
    std::lock_guard guard(lock());
    for (int i = 0; i < kSlots; ++i) {
        if (!slots()[i].used) {
            slots()[i].stop = std::move(stop);
            slots()[i].used = true;
            g_signals[i] = signal;
            g_pids[i] = pid;
            m_slot = i;
            return;
        }
    }
    // More than kSlots at once (the bench never starts that many): only the owner stops it.
    m_unregistered = std::move(stop);
}

StopOnExit::~StopOnExit() { stopNow(); }

void StopOnExit::stopNow()
{
    if (m_slot < 0) {
        if (m_unregistered)
            std::exchange(m_unregistered, {})();
        return;
    }
    std::function<void()> stop;
    {
        std::lock_guard guard(lock());
        if (slots()[m_slot].used) {
            stop = std::move(slots()[m_slot].stop);
            slots()[m_slot].used = false;
            g_pids[m_slot] = 0;
        }
    }
    m_slot = -1;
    if (stop)
        stop();
}

} // namespace bench
