#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace rapport::test {

/** Runs the scope in another local time zone (TZ), restoring the previous one afterwards. */
class ZoneGuard
{
public:
    explicit ZoneGuard(const char *zone) : m_had(qEnvironmentVariableIsSet("TZ")), m_previous(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ZoneGuard()
    {
        if (m_had)
            qputenv("TZ", m_previous);
        else
            qunsetenv("TZ");
        tzset();
    }
    Q_DISABLE_COPY_MOVE(ZoneGuard)

private:
    bool m_had;
    QByteArray m_previous;
};

} // namespace rapport::test
