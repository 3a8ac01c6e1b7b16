#pragma once

#include <QObject>

namespace rapport {

/**
 * Whether the network looks usable. Backed by QNetworkInformation; when no
 * backend loads (containers, headless test machines) it assumes reachable, so
 * the sync engine simply tries and backs off instead of never trying.
 */
class Reachability : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reachability)
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(bool backendAvailable READ backendAvailable CONSTANT)
public:
    explicit Reachability(QObject *parent = nullptr);

    bool online() const { return m_online; }
    bool backendAvailable() const { return m_backendAvailable; }

Q_SIGNALS:
    void onlineChanged(bool online);
    /** Emitted when the network went from unusable to usable. */
    void becameOnline();

private:
    void update(bool online);

    bool m_online = true;
    bool m_backendAvailable = false;
};

} // namespace rapport
