#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantMap>

namespace rapport::ui {

/**
 * The note a person is writing, kept on disk as they type so that closing the
 * app, a crash or a flat battery loses nothing: one small JSON file per client
 * under `<data dir>/note-drafts/`, written a short moment after the last key
 * (not on every key) and readable by this user only. A saved or discarded note
 * removes its draft.
 */
class NoteDrafts : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDrafts)

public:
    explicit NoteDrafts(const QString &dataDir, QObject *parent = nullptr);
    ~NoteDrafts() override;

    /** Remembers the fields being written for `clientId`; reaches the disk after the debounce. */
    void keep(const QString &clientId, const QVariantMap &fields);
    /** The draft for `clientId` (pending or on disk), or an empty map. */
    [[nodiscard]] QVariantMap draft(const QString &clientId) const;
    void discard(const QString &clientId);
    /** Removes every draft, pending or on disk (the device's data was wiped or signed out). */
    void discardAll();
    /** Writes every pending draft now (on quit; tests). */
    void flush();

    /** How long after the last change a draft is written. */
    static constexpr int kDebounceMs = 400;

Q_SIGNALS:
    /** A draft reached the disk. */
    void written(const QString &clientId);

private:
    [[nodiscard]] QString pathFor(const QString &clientId) const;

    QString m_dir;
    QHash<QString, QVariantMap> m_pending;
    QTimer m_debounce;
};

} // namespace rapport::ui
