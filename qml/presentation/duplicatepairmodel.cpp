#include "duplicatepairmodel.h"

#include "formatting.h"
#include "session.h"
#include "syncstatus.h"

#include "core/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::ui {

namespace {

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("given_name"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Given name")},
        {QStringLiteral("family_name"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Family name")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Email")},
        {QStringLiteral("preferred_channel"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Preferred channel")},
        {QStringLiteral("consent_contact"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Contact consent")},
        {QStringLiteral("consent_marketing"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Marketing consent")},
        {QStringLiteral("sizes"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Sizes")},
        {QStringLiteral("brands"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Brands")},
        {QStringLiteral("interests"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Interests")},
        {QStringLiteral("important_dates"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Important dates")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Tags")},
        {QStringLiteral("keep_in_touch_days"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Keep in touch")},
        {QStringLiteral("home_store_id"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Home store")},
        {QStringLiteral("associate_id"), QT_TRANSLATE_NOOP("DuplicatePairModel", "Associate")},
    };
    return QCoreApplication::translate("DuplicatePairModel", labels.value(field, ""));
}

QString reasonText(const QString &code)
{
    if (code == QLatin1String("same_phone"))
        return DuplicatePairModel::tr("same phone number");
    if (code == QLatin1String("same_email"))
        return DuplicatePairModel::tr("same email");
    if (code == QLatin1String("same_name_phone"))
        return DuplicatePairModel::tr("same name, phone ends alike");
    if (code == QLatin1String("same_name_email"))
        return DuplicatePairModel::tr("same name, similar email");
    return code;
}

QString consentText(const Consent &consent)
{
    if (consent.state.isEmpty())
        return QString();
    const QString state = consent.state == QLatin1String("given") ? DuplicatePairModel::tr("given")
                                                                   : DuplicatePairModel::tr("withdrawn");
    return consent.at.isValid() ? DuplicatePairModel::tr("%1 on %2").arg(state, formatting::shortDate(consent.at.date()))
                                : state;
}

} // namespace

DuplicatePairModel::DuplicatePairModel(QObject *parent) : QAbstractListModel(parent)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300); // a burst of changes (a pulled page, a merge) reads once
    connect(&m_refresh, &QTimer::timeout, this, &DuplicatePairModel::refresh);
    if (Session *session = Session::instance()) {
        setNotebook(session->notebook());
        connect(session, &Session::currentStaffChanged, this, &DuplicatePairModel::allowedChanged);
    }
}

void DuplicatePairModel::setNotebook(Notebook *notebook)
{
    if (m_notebook)
        disconnect(m_notebook, nullptr, this, nullptr);
    m_notebook = notebook;
    if (m_notebook) {
        connect(m_notebook, &Notebook::changed, this, [this] {
            m_stale = true;
            if (m_active)
                m_refresh.start();
        });
    }
    m_stale = true;
    if (m_active)
        refresh();
    Q_EMIT allowedChanged();
}

void DuplicatePairModel::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && m_stale)
        refresh();
}

bool DuplicatePairModel::allowed() const
{
    if (!m_notebook)
        return false;
    const std::optional<Staff> me = m_notebook->staffById(m_notebook->currentStaffId());
    return me && me->role != StaffRole::Associate;
}

void DuplicatePairModel::refresh()
{
    m_refresh.stop();
    if (!m_notebook)
        return;
    m_stale = false;
    const QList<DuplicatePair> found = m_notebook->duplicatePairs();
    const auto key = [](const QList<DuplicatePair> &rows) {
        QStringList out;
        for (const DuplicatePair &p : rows)
            out << p.first.id + p.second.id + QString::number(p.score) + p.first.updatedAt.toString(Qt::ISODateWithMs)
                    + p.second.updatedAt.toString(Qt::ISODateWithMs);
        return out;
    };
    if (key(found) == key(m_rows))
        return; // nothing a row shows has changed
    beginResetModel();
    m_rows = found;
    endResetModel();
    Q_EMIT countChanged();
}

int DuplicatePairModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString DuplicatePairModel::detailOf(const Client &client) const
{
    QStringList parts;
    for (const QString &part : {client.phone, client.email})
        if (!part.isEmpty())
            parts << part;
    if (m_notebook) {
        if (const std::optional<Store> store = m_notebook->storeById(client.homeStoreId))
            parts << store->name;
        const int notes = sql::scalar(m_notebook->database().connection(),
                                      QStringLiteral("SELECT count(*) FROM note WHERE client_id = ? AND deleted = 0"),
                                      {client.id})
                              .toInt();
        parts << (notes == 1 ? tr("1 note") : tr("%n notes", nullptr, notes));
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant DuplicatePairModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DuplicatePair &p = m_rows.at(index.row());
    switch (role) {
    case FirstIdRole:
        return p.first.id;
    case SecondIdRole:
        return p.second.id;
    case Qt::DisplayRole:
    case FirstNameRole:
        return p.first.displayName();
    case SecondNameRole:
        return p.second.displayName();
    case FirstDetailRole:
        return detailOf(p.first);
    case SecondDetailRole:
        return detailOf(p.second);
    case ScoreRole:
        return p.score;
    case ReasonsRole: {
        // Beside a whole phone or email, "same name" says enough about the name.
        const bool whole = p.reasons.contains(QLatin1String("same_phone")) || p.reasons.contains(QLatin1String("same_email"));
        QStringList out;
        for (const QString &code : p.reasons) {
            const QString text = whole && code.startsWith(QLatin1String("same_name_")) ? tr("same name") : reasonText(code);
            if (!out.contains(text))
                out << text;
        }
        return out.join(QStringLiteral(" · "));
    }
    }
    return {};
}

QHash<int, QByteArray> DuplicatePairModel::roleNames() const
{
    return {{FirstIdRole, "firstId"},       {SecondIdRole, "secondId"},       {FirstNameRole, "firstName"},
            {SecondNameRole, "secondName"}, {FirstDetailRole, "firstDetail"}, {SecondDetailRole, "secondDetail"},
            {ScoreRole, "score"},           {ReasonsRole, "reasons"}};
}

QString DuplicatePairModel::display(const QString &field, const Client &c) const
{
    if (field == QLatin1String("given_name"))
        return c.givenName;
    if (field == QLatin1String("family_name"))
        return c.familyName;
    if (field == QLatin1String("phone"))
        return c.phone;
    if (field == QLatin1String("email"))
        return c.email;
    if (field == QLatin1String("preferred_channel"))
        return c.preferredChannel;
    if (field == QLatin1String("consent_contact"))
        return consentText(c.contactConsent);
    if (field == QLatin1String("consent_marketing"))
        return consentText(c.marketingConsent);
    if (field == QLatin1String("sizes"))
        return c.sizes;
    if (field == QLatin1String("brands"))
        return c.brands;
    if (field == QLatin1String("interests"))
        return c.interests;
    if (field == QLatin1String("important_dates")) {
        QStringList out;
        for (const ImportantDate &d : c.importantDates)
            out << QStringLiteral("%1 %2").arg(d.label, d.yearKnown ? formatting::shortDate(d.date)
                                                                      : d.date.toString(QStringLiteral("d MMM")));
        return out.join(QStringLiteral(", "));
    }
    if (field == QLatin1String("tags"))
        return c.tags.join(QStringLiteral(", "));
    if (field == QLatin1String("keep_in_touch_days"))
        return c.keepInTouchDays > 0 ? formatting::keepInTouch(c.keepInTouchDays) : QString();
    if (field == QLatin1String("home_store_id")) {
        const std::optional<Store> store = m_notebook ? m_notebook->storeById(c.homeStoreId) : std::nullopt;
        return store ? store->name : c.homeStoreId;
    }
    if (field == QLatin1String("associate_id")) {
        const std::optional<Staff> staff = m_notebook ? m_notebook->staffById(c.associateId) : std::nullopt;
        return staff ? staff->name : c.associateId;
    }
    return QString();
}

QVariantList DuplicatePairModel::differences(const QString &keptId, const QString &otherId) const
{
    QVariantList out;
    if (!m_notebook)
        return out;
    const std::optional<Client> kept = m_notebook->client(keptId);
    const std::optional<Client> other = m_notebook->client(otherId);
    if (!kept || !other)
        return out;
    const QStringList defaults = m_notebook->defaultMergeChoice(keptId, otherId);
    for (const QString &field : Notebook::mergeFields()) {
        const QString mine = display(field, *kept);
        const QString theirs = display(field, *other);
        if (mine == theirs)
            continue;
        out.append(QVariantMap{{QStringLiteral("field"), field},
                               {QStringLiteral("label"), fieldLabel(field)},
                               {QStringLiteral("kept"), mine},
                               {QStringLiteral("other"), theirs},
                               {QStringLiteral("takeOther"), defaults.contains(field)}});
    }
    return out;
}

QString DuplicatePairModel::merge(const QString &keptId, const QString &otherId, const QStringList &fromOther)
{
    if (!m_notebook)
        return QString();
    const Result<ClientMerge> merged = m_notebook->mergeClients(keptId, otherId, fromOther);
    if (!merged) {
        setError(merged.errorMessage());
        return QString();
    }
    setError(QString());
    // The trail names the records by id only, never the person.
    SyncStatus::reportActivity(QStringLiteral("merge"),
                               QStringLiteral("Client record %1 merged into %2").arg(otherId, keptId), keptId);
    refresh();
    return merged->id;
}

bool DuplicatePairModel::undo(const QString &mergeId)
{
    if (!m_notebook)
        return false;
    const Result<ClientMerge> undone = m_notebook->undoMerge(mergeId);
    if (!undone) {
        setError(undone.errorMessage());
        return false;
    }
    setError(QString());
    refresh();
    return true;
}

QString DuplicatePairModel::describe(const QString &mergeId) const
{
    if (!m_notebook)
        return QString();
    for (const ClientMerge &m : m_notebook->recentMerges(Notebook::mergeUndoDays + 1)) {
        if (m.id == mergeId)
            return tr("Merged %1 into %2.").arg(m.otherName, m.keptName);
    }
    return QString();
}

QString DuplicatePairModel::displayName(const QString &clientId) const
{
    const std::optional<Client> client = m_notebook ? m_notebook->client(clientId) : std::nullopt;
    return client ? client->displayName() : QString();
}

void DuplicatePairModel::setError(const QString &text)
{
    if (m_lastError == text)
        return;
    m_lastError = text;
    Q_EMIT lastErrorChanged();
}

} // namespace rapport::ui
