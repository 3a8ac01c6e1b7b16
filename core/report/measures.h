#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace rapport {

/** A measure counted as "so many of so many"; its rate is unknown when nothing was counted. */
struct Ratio
{
    qint64 numerator = 0;
    qint64 denominator = 0;

    std::optional<double> rate() const
    {
        if (denominator == 0)
            return std::nullopt;
        return double(numerator) / double(denominator);
    }
    bool operator==(const Ratio &other) const
    {
        return numerator == other.numerator && denominator == other.denominator;
    }
};

/**
 * The manager's measures for one scope and period (definitions in
 * docs/ARCHITECTURE.md, "Report measures").
 */
struct Measures
{
    Ratio educationFollowThrough;
    Ratio followUpsOnTime;
    qint64 followUpsOverdueNow = 0;
    Ratio needBeforePurchase;
    Ratio returningClients;
    Ratio cameBackAfterReturn;
    Ratio bookHealth;
    qint64 clientsAdded = 0;
    QMap<QString, qint64> notesByKind; // note kind → count; every kind is present

    Measures();
    bool operator==(const Measures &other) const;
};

/** The note kinds notes_by_kind counts, in their usual order. */
const QStringList &reportNoteKinds();

enum class ScopeKind { Org, Store, Associate };

/** Whose records a report counts: the whole organisation, one store or one associate. */
struct ReportScope
{
    ScopeKind kind = ScopeKind::Org;
    QString id; // store or staff id; empty for the organisation

    static QString kindName(ScopeKind kind);
};

/** The measures of the whole organisation and of every store and associate in one pass. */
struct ReportBreakdown
{
    Measures org;
    std::map<QString, Measures> byStore; // store id → measures
    std::map<QString, Measures> byAssociate; // staff id → measures

    /** The measures of a scope; all zero for a store or associate with no records. */
    Measures of(const ReportScope &scope) const;

    /**
     * Calls `add` on the organisation and on the given store and associate (when
     * not empty): a record in scope of a store and an associate counts for both.
     */
    template<typename Add>
    void count(const QString &storeId, const QString &associateId, Add add)
    {
        add(org);
        if (!storeId.isEmpty())
            add(byStore[storeId]);
        if (!associateId.isEmpty())
            add(byAssociate[associateId]);
    }
};

} // namespace rapport
