#pragma once

#include "notebook.h"

#include <QStringList>

namespace rapport {

/**
 * Handing clients over to another associate: selected clients, or a whole book when
 * someone leaves. Each client's associate becomes the new one and its timeline gets a
 * note of the handover ("Handed over from Sam Okafor to Priya Nair", and the reason when
 * one is given), both through the notebook's ordinary edits, so they sync like any other.
 * Only managers and admins hand clients over (the server refuses an associate's too).
 * All or nothing: a refusal or a failure changes no client.
 */
class Handover
{
public:
    explicit Handover(Notebook &notebook) : m_notebook(notebook) {}

    /** How many clients were handed over; clients already with `toStaffId` are left as they are. */
    [[nodiscard]] Result<int> reassign(const QStringList &clientIds, const QString &toStaffId,
                                       const QString &reason = {}) const;
    /** Every live client whose associate is `fromStaffId`. */
    [[nodiscard]] Result<int> reassignBook(const QString &fromStaffId, const QString &toStaffId,
                                           const QString &reason = {}) const;

    /** The sentence for a person who may not hand clients over; empty when they may. */
    static QString refusal(const Notebook &notebook);

private:
    Notebook &m_notebook;
};

} // namespace rapport
