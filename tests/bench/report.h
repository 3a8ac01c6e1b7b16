#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <vector>

namespace bench {

/** One JSON line on stdout: {"metric","value","unit"} plus baseline, ratio and target when known. */
inline void report(const QString &metric, double value, const QString &unit, std::optional<double> baseline = {},
                   const QString &target = {})
{
    QJsonObject o{{QStringLiteral("metric"), metric}, {QStringLiteral("value"), value},
                  {QStringLiteral("unit"), unit}};
    if (baseline) {
        o.insert(QStringLiteral("baseline"), *baseline);
        if (*baseline > 0)
            o.insert(QStringLiteral("ratio"), value / *baseline);
    }
    if (!target.isEmpty())
        o.insert(QStringLiteral("target"), target);
    std::cout << QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString() << std::endl;
}

/** Nearest-rank percentile (p in 0..1); 0 for no samples. */
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const size_t rank = size_t(std::ceil(p * double(samples.size())));
    return samples[std::min(samples.size() - 1, rank == 0 ? 0 : rank - 1)];
}

inline double msSince(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }

[[noreturn]] inline void fail(const QString &message)
{
    std::cerr << "rapport-bench: " << message.toStdString() << std::endl;
    std::exit(1);
}

/** The 1-minute load average, printed at the start and end: other processes show up in every p99. */
void reportLoad();

} // namespace bench
