#include "reachability.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcPlatform, "rapport.platform")

namespace rapport {

namespace {
// "Local" and "Site" still reach a server inside the store network, so only a
// reported disconnection counts as offline.
bool isUsable(QNetworkInformation::Reachability reachability)
{
    return reachability != QNetworkInformation::Reachability::Disconnected;
}
} // namespace

Reachability::Reachability(QObject *parent) : QObject(parent)
{
    m_backendAvailable = QNetworkInformation::instance() != nullptr
        || QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)
        || QNetworkInformation::loadDefaultBackend();
    auto *info = QNetworkInformation::instance();
    if (!m_backendAvailable || !info) {
        qCInfo(lcPlatform) << "No network information backend; assuming the network is reachable";
        m_backendAvailable = false;
        return;
    }
    qCInfo(lcPlatform) << "Network information backend:" << info->backendName();
    m_online = isUsable(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability r) { update(isUsable(r)); });
}

void Reachability::update(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(m_online);
    if (m_online)
        Q_EMIT becameOnline();
}

} // namespace rapport
