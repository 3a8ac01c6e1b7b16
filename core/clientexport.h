#pragma once

#include "types.h"

#include <QJsonObject>
#include <QStringList>

namespace rapport {

class Notebook;

/**
 * Everything this device holds about one client, for an access request: the client's fields,
 * every note, follow-up and unresolved edit, and the records merged into it, as JSON (every
 * stored field by its wire name) and as a text a person reads.
 */
class ClientExport
{
public:
    explicit ClientExport(Notebook &notebook);

    /** The export as JSON; an Error when there is no such client. */
    [[nodiscard]] Result<QJsonObject> json(const QString &clientId) const;
    /** The same export as a readable text. */
    static QString text(const QJsonObject &json);
    /**
     * Writes `<name>-<day>.json` and `<name>-<day>.txt` into `folder` (created when missing);
     * returns the two paths.
     */
    [[nodiscard]] Result<QStringList> writeTo(const QString &clientId, const QString &folder) const;

private:
    Notebook &m_notebook;
};

} // namespace rapport
