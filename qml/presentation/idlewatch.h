#pragma once

#include <QObject>
#include <QTimer>

namespace rapport::ui {

/**
 * Tells when nobody has touched the app for a while: every press, key, touch or wheel
 * anywhere in the application starts the wait again. A wait of 0 never ends.
 */
class IdleWatch : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatch(QObject *parent = nullptr);
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    /** Starts the wait again (also done by any input). */
    void poke();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_timeoutMs = 0;
};

} // namespace rapport::ui
