#pragma once

#include "core/notebook.h"

#include <QObject>
#include <QQmlEngine>

namespace rapport::ui {

/** Export and erasure of one client's data, for a manager answering an access or erasure request. */
class ClientData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ClientData)
    Q_PROPERTY(bool allowed READ allowed NOTIFY allowedChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit ClientData(QObject *parent = nullptr);
    void setNotebook(Notebook *notebook);

    bool allowed() const;
    QString lastError() const { return m_lastError; }

    /** Where exports go unless the manager picks another folder. */
    Q_INVOKABLE QString defaultFolder() const;
    /** Writes the JSON and text files into `folder`; returns their paths joined by a newline, or "". */
    Q_INVOKABLE QString exportTo(const QString &clientId, const QString &folder);
    /** True when `typed` is the client's name as shown (case and outer spaces aside). */
    Q_INVOKABLE bool confirms(const QString &clientId, const QString &typed) const;
    /** Erases the client when `typed` confirms it; false with lastError otherwise. */
    Q_INVOKABLE bool erase(const QString &clientId, const QString &typed);

Q_SIGNALS:
    void allowedChanged();
    void lastErrorChanged();

private:
    void setError(const QString &text);
    Notebook *m_notebook = nullptr;
    QString m_lastError;
};

} // namespace rapport::ui
