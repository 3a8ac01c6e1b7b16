#pragma once

#include <QProcess>
#include <QString>

#include <memory>
#include <vector>

namespace bench {

class StopOnExit;

/**
 * HAProxy on 127.0.0.1 in front of rapport-server instances, configured by scripts/haproxy-config
 * (as scripts/cluster runs it), in the foreground as the bench's child. Ready once every instance
 * answered a health check through it; stopped by pid on destruction, failure or interruption.
 */
class HaproxyRun
{
public:
    HaproxyRun(const QString &dir, const std::vector<int> &serverPorts, int maxConnections);
    ~HaproxyRun();
    HaproxyRun(const HaproxyRun &) = delete;
    HaproxyRun &operator=(const HaproxyRun &) = delete;

    int port() const { return m_port; }

private:
    QProcess m_process;
    int m_port = 0;
    std::unique_ptr<StopOnExit> m_guard;
};

} // namespace bench
