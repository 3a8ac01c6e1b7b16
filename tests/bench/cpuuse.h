#pragma once

#include <QString>

#include <map>
#include <vector>

namespace bench {

/**
 * Where a step's time went, to tell a slow run's cause apart: CPU seconds of this process's
 * threads (by name; the main thread is the device's UI thread), of other processes (the server),
 * and the seconds in which tasks of the machine stalled on I/O or waited for a CPU (Linux pressure
 * stall information, /proc/pressure; 0 where the kernel has none).
 */
struct CpuUse
{
    double mainThread = 0;
    std::map<QString, double> threads; // by thread name, without the main thread
    double process = 0;                // the whole bench process
    double others = 0;                 // the processes given to the meter
    double faults = 0;                 // page faults of the bench process, minor and major
    double majorFaults = 0;            // those that read from the disk
    double otherFaults = 0;            // page faults of the other processes
    double machine = 0;                // CPU seconds of the whole machine (kernel threads included)
    double ioStall = 0;                // "full": no task could run for waiting on I/O
    double cpuWait = 0;                // "some": at least one runnable task waited for a CPU

    /** The CPU seconds of the threads whose name starts with `prefix`. */
    double threadsNamed(const QString &prefix) const;
};

class CpuMeter
{
public:
    /** Starts counting now; `otherPids`: processes counted as a whole (ended ones count 0). */
    explicit CpuMeter(std::vector<long long> otherPids);
    /** What was used since the meter started. */
    CpuUse elapsed() const;

private:
    static CpuUse sample(const std::vector<long long> &pids);
    std::vector<long long> m_pids;
    CpuUse m_start;
};

/** Prints `<prefix>_cpu_*` and `<prefix>_io_stall_seconds`/`_cpu_wait_seconds` (plus `suffix`) for a device's step. */
void reportDeviceCpu(const QString &prefix, const QString &suffix, const CpuUse &use);

} // namespace bench
