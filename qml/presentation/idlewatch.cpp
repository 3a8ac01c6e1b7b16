#include "idlewatch.h"

#include <QCoreApplication>
#include <QEvent>

namespace rapport::ui {

IdleWatch::IdleWatch(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatch::idle);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

void IdleWatch::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
    poke();
}

void IdleWatch::poke()
{
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::Wheel:
        // Each event reaches the filter once per object it is delivered to; restart the
        // timer only when it has run a while, so a busy stream of input costs nothing.
        if (m_timeoutMs > 0 && m_timer.remainingTime() < m_timeoutMs - 250)
            m_timer.start(m_timeoutMs);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rapport::ui
