#include "cpuuse.h"

#include "noteindexer.h"
#include "report.h"
#include "syncengine.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

#include <algorithm>

namespace bench {

namespace {

struct Stat
{
    QString name;
    double cpuSeconds = 0; // utime + stime
    double minorFaults = 0, majorFaults = 0;
};

/** A /proc stat file: the name between its parentheses, CPU seconds and page faults. */
Stat readStat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = file.readAll();
    const int open = line.indexOf('('), close = line.lastIndexOf(')');
    if (open < 0 || close < open)
        return {};
    // proc(5) numbers the fields from 1; after the name the list starts at field 3 (state).
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    const auto field = [&fields](int number) { return fields.at(number - 3).toDouble(); };
    constexpr int kMinorFaults = 10, kMajorFaults = 12, kUserTime = 14, kSystemTime = 15;
    if (fields.size() < kSystemTime - 2)
        return {};
    static const double ticks = double(::sysconf(_SC_CLK_TCK));
    return {QString::fromUtf8(line.mid(open + 1, close - open - 1)), (field(kUserTime) + field(kSystemTime)) / ticks,
            field(kMinorFaults), field(kMajorFaults)};
}

/** The `total=` microseconds of the "some" or "full" line of a /proc/pressure file, in seconds. */
double pressureSeconds(const char *resource, const char *line)
{
    QFile file(QStringLiteral("/proc/pressure/") + QString::fromLatin1(resource));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &text : file.readAll().split('\n')) {
        if (!text.startsWith(line))
            continue;
        const QByteArray key = "total=";
        const int at = text.indexOf(key);
        return at < 0 ? 0 : text.mid(at + key.size()).trimmed().toDouble() / 1e6; // microseconds
    }
    return 0;
}

/** The machine's busy CPU seconds so far: every field of /proc/stat's "cpu" line but idle and iowait. */
double machineSeconds()
{
    QFile file(QStringLiteral("/proc/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');
    // cpu user nice system idle iowait irq softirq steal (guest time is already in user)
    enum Column { User = 1, Nice, System, Idle, IoWait, Irq, SoftIrq, Steal };
    if (fields.size() <= Steal || fields.at(0) != "cpu")
        return 0;
    double busy = 0;
    for (const Column busyColumn : {User, Nice, System, Irq, SoftIrq, Steal})
        busy += fields.at(busyColumn).toDouble();
    return busy / double(::sysconf(_SC_CLK_TCK));
}

} // namespace

double CpuUse::threadsNamed(const QString &prefix) const
{
    double sum = 0;
    for (const auto &[name, seconds] : threads)
        sum += name.startsWith(prefix) ? seconds : 0;
    return sum;
}

CpuMeter::CpuMeter(std::vector<long long> otherPids) : m_pids(std::move(otherPids)), m_start(sample(m_pids)) {}

CpuUse CpuMeter::sample(const std::vector<long long> &pids)
{
    CpuUse use;
    const QString self = QString::number(::getpid());
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const Stat thread = readStat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (tid == self)
            use.mainThread = thread.cpuSeconds;
        else
            use.threads[thread.name] += thread.cpuSeconds;
    }
    const Stat process = readStat(QStringLiteral("/proc/self/stat"));
    use.process = process.cpuSeconds;
    use.faults = process.minorFaults + process.majorFaults;
    use.majorFaults = process.majorFaults;
    for (const long long pid : pids) {
        const Stat other = readStat(QStringLiteral("/proc/%1/stat").arg(pid));
        use.others += other.cpuSeconds;
        use.otherFaults += other.minorFaults + other.majorFaults;
    }
    use.machine = machineSeconds();
    use.ioStall = pressureSeconds("io", "full");
    use.cpuWait = pressureSeconds("cpu", "some");
    return use;
}

CpuUse CpuMeter::elapsed() const
{
    const CpuUse now = sample(m_pids);
    CpuUse used = now;
    used.mainThread -= m_start.mainThread;
    for (auto &[name, seconds] : used.threads) {
        const auto before = m_start.threads.find(name);
        seconds -= before == m_start.threads.end() ? 0 : before->second;
    }
    used.process -= m_start.process;
    used.others -= m_start.others;
    used.faults -= m_start.faults;
    used.majorFaults -= m_start.majorFaults;
    used.otherFaults -= m_start.otherFaults;
    used.machine -= m_start.machine;
    used.ioStall -= m_start.ioStall;
    used.cpuWait -= m_start.cpuWait;
    return used;
}

void reportDeviceCpu(const QString &prefix, const QString &suffix, const CpuUse &use)
{
    // /proc keeps the first 15 characters of a thread's name (TASK_COMM_LEN, 16, less the closing zero).
    constexpr int kKeptCharacters = 15;
    const double apply = use.threadsNamed(QString::fromLatin1(rapport::SyncEngine::ApplyThreadName).left(kKeptCharacters));
    const double index = use.threadsNamed(QString::fromLatin1(rapport::NoteIndexer::ThreadName).left(kKeptCharacters));
    const double read = use.threadsNamed(QString::fromLatin1(rapport::SyncEngine::ReadThreadName).left(kKeptCharacters));
    const QString s = QStringLiteral("s");
    report(prefix + QStringLiteral("_cpu_device_ui_seconds") + suffix, use.mainThread, s);
    report(prefix + QStringLiteral("_cpu_device_apply_seconds") + suffix, apply, s);
    report(prefix + QStringLiteral("_cpu_device_index_seconds") + suffix, index, s);
    report(prefix + QStringLiteral("_cpu_device_read_seconds") + suffix, read, s);
    report(prefix + QStringLiteral("_cpu_bench_other_seconds") + suffix,
           use.process - use.mainThread - apply - index - read, s);
    report(prefix + QStringLiteral("_cpu_server_seconds") + suffix, use.others, s);
    // The kernel's own threads (write-back, reclaim, memory monitors) and any other process.
    report(prefix + QStringLiteral("_cpu_rest_of_machine_seconds") + suffix, std::max(0.0, use.machine - use.process - use.others), s); // ticks round apart
    report(prefix + QStringLiteral("_page_faults_device") + suffix, use.faults, QStringLiteral("faults"));
    report(prefix + QStringLiteral("_page_faults_device_major") + suffix, use.majorFaults, QStringLiteral("faults"));
    report(prefix + QStringLiteral("_page_faults_server") + suffix, use.otherFaults, QStringLiteral("faults"));
    report(prefix + QStringLiteral("_io_stall_seconds") + suffix, use.ioStall, s);
    report(prefix + QStringLiteral("_cpu_wait_seconds") + suffix, use.cpuWait, s);
}

} // namespace bench
