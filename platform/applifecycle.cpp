#include "applifecycle.h"

#include <QCoreApplication>
#include <QMetaMethod>

namespace rapport {

AppLifecycle::AppLifecycle(QObject *parent) : QObject(parent)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    const int index = app->metaObject()->indexOfSignal("applicationStateChanged(Qt::ApplicationState)");
    if (index < 0)
        return;
    const QMetaMethod signal = app->metaObject()->method(index);
    const QMetaMethod slot = metaObject()->method(
        metaObject()->indexOfSlot("onApplicationStateChanged(Qt::ApplicationState)"));
    connect(app, signal, this, slot);
}

void AppLifecycle::onApplicationStateChanged(Qt::ApplicationState state)
{
    const bool active = state == Qt::ApplicationActive;
    if (active == m_active)
        return;
    m_active = active;
    if (m_active)
        Q_EMIT resumed();
    else
        Q_EMIT suspended();
}

} // namespace rapport
