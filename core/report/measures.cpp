#include "measures.h"

namespace rapport {

const QStringList &reportNoteKinds()
{
    static const QStringList kinds{QStringLiteral("need"),      QStringLiteral("conversation"),
                                   QStringLiteral("purchase"),  QStringLiteral("education"),
                                   QStringLiteral("return"),    QStringLiteral("other")};
    return kinds;
}

Measures::Measures()
{
    for (const QString &kind : reportNoteKinds())
        notesByKind.insert(kind, 0);
}

bool Measures::operator==(const Measures &other) const
{
    return educationFollowThrough == other.educationFollowThrough && followUpsOnTime == other.followUpsOnTime
        && followUpsOverdueNow == other.followUpsOverdueNow && needBeforePurchase == other.needBeforePurchase
        && returningClients == other.returningClients && cameBackAfterReturn == other.cameBackAfterReturn
        && bookHealth == other.bookHealth && clientsAdded == other.clientsAdded
        && notesByKind == other.notesByKind;
}

QString ReportScope::kindName(ScopeKind kind)
{
    switch (kind) {
    case ScopeKind::Org:
        return QStringLiteral("org");
    case ScopeKind::Store:
        return QStringLiteral("store");
    case ScopeKind::Associate:
        return QStringLiteral("associate");
    }
    return {};
}

Measures ReportBreakdown::of(const ReportScope &scope) const
{
    switch (scope.kind) {
    case ScopeKind::Org:
        return org;
    case ScopeKind::Store: {
        const auto it = byStore.find(scope.id);
        return it == byStore.end() ? Measures() : it->second;
    }
    case ScopeKind::Associate: {
        const auto it = byAssociate.find(scope.id);
        return it == byAssociate.end() ? Measures() : it->second;
    }
    }
    return {};
}

} // namespace rapport
