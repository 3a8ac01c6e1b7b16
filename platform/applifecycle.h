#pragma once

#include <QObject>

namespace rapport {

/**
 * Tells the sync engine when the app comes back to the foreground. Listens to
 * QGuiApplication::applicationStateChanged by name so this library needs no
 * Qt Gui; in a plain QCoreApplication (tests, tools) it stays silent.
 */
class AppLifecycle : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppLifecycle)
public:
    explicit AppLifecycle(QObject *parent = nullptr);

    bool active() const { return m_active; }

Q_SIGNALS:
    /** The app became active again after being suspended, hidden or inactive. */
    void resumed();
    void suspended();

private Q_SLOTS:
    void onApplicationStateChanged(Qt::ApplicationState state);

private:
    bool m_active = true;
};

} // namespace rapport
