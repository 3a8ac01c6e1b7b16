// The snapshot half of SqlStorage: a fresh device's first sync reads the organisation's current
// state instead of its history (docs/ARCHITECTURE.md, Snapshot). Entries are written by joining
// the stored JSON text of each value, never parsing and re-serialising it.
#include "sqlstorage.h"

#include <algorithm>

namespace rapport::server {

namespace {

/** UTF-8 `text` as a JSON string (ids, field names and clocks are plain ASCII, but escape anyway). */
void appendString(QByteArray &out, const QByteArray &text)
{
    out.append('"');
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (u < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out.append("\\u00").append(hex[u >> 4]).append(hex[u & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

/** The fields of one record as they are stored: field name, value text (`[v]`), own clock or "". */
struct StoredField
{
    QByteArray field;
    QByteArray valueText;
    QByteArray hlc;
};

/**
 * `{"entity":E,"id":I,"hlc":H,"fields":{…},"clocks":{…}}`: H is the record's clock, `clocks` lists
 * the fields that store a clock of their own (written at another clock), so a record written once,
 * the common case, carries one clock. The stored layout is sent as it is.
 */
void appendRecord(QByteArray &out, const QByteArray &entity, const QByteArray &id, QByteArray common,
                  const QList<StoredField> &fields)
{
    if (common.isEmpty()) {
        // A record the conversion found without fields has no clock; each field stores its own.
        for (const StoredField &f : fields)
            common = std::max(common, f.hlc);
    }
    int most = 0;
    for (const StoredField &f : fields)
        most += f.hlc.isEmpty() || f.hlc == common;
    out.append("{\"entity\":");
    appendString(out, entity);
    out.append(",\"id\":");
    appendString(out, id);
    out.append(",\"hlc\":");
    appendString(out, common);
    out.append(",\"fields\":{");
    bool first = true;
    for (const StoredField &f : fields) {
        // A value is stored as a one-element array: `[v]` holds the JSON text of v.
        if (f.valueText.size() < 2 || !f.valueText.startsWith('[') || !f.valueText.endsWith(']'))
            throw DbFailure("a stored field value is not the JSON array the server writes");
        if (!first)
            out.append(',');
        first = false;
        appendString(out, f.field);
        out.append(':').append(f.valueText.constData() + 1, f.valueText.size() - 2);
    }
    out.append('}');
    if (most < fields.size()) {
        out.append(",\"clocks\":{");
        first = true;
        for (const StoredField &f : fields) {
            if (f.hlc.isEmpty() || f.hlc == common)
                continue;
            if (!first)
                out.append(',');
            first = false;
            appendString(out, f.field);
            out.append(':');
            appendString(out, f.hlc);
        }
        out.append('}');
    }
    out.append('}');
}

constexpr int kStore = 0;
constexpr int kStaff = 1;

} // namespace

const QStringList &snapshotKinds()
{
    // Stores and staff first (records name them), clients before what belongs to them, notes
    // before the follow-ups and conflicts that point at them.
    static const QStringList kinds{QStringLiteral("store"), QStringLiteral("staff"), QStringLiteral("client"),
                                   QStringLiteral("note"), QStringLiteral("follow_up"), QStringLiteral("conflict")};
    return kinds;
}

std::variant<std::optional<SnapshotPage>, StorageError>
SqlStorage::snapshot(const QString &orgId, const std::optional<SnapshotPosition> &after, int limit, qint64 maxBytes)
{
    std::lock_guard lock(m_mutex);
    try {
        ReadTransaction read(m_db);
        SnapshotPage page;
        if (after) {
            Statement horizon(m_db, "SELECT cursor FROM org_horizon WHERE org_id = ?");
            horizon.bind(1, orgId);
            if (after->cursor > 0 && horizon.step() && after->cursor < horizon.integer(0))
                return std::optional<SnapshotPage>();
            page.cursor = after->cursor;
        } else {
            // Read before any entry: every change at or below this cursor is in the state the
            // pages read (this snapshot or a later one), and every later one is pulled afterwards.
            // On PostgreSQL only changes of transactions older than every running one count
            // (the pull rule), so a transaction still running when the snapshot began is pulled.
            const std::string sql = std::string("SELECT max(cursor) FROM change_log WHERE org_id = ? ")
                + m_db.pullVisibleSql();
            Statement head(m_db, sql.c_str());
            head.bind(1, orgId);
            page.cursor = head.step() && !head.isNull(0) ? head.integer(0) : 0;
            // How many entries the whole snapshot holds, so a device can say how far it has come.
            // Records are counted by one walk of the table (`org_id || ''`, as the pages below
            // walk it): through the (org_id, client_id) index each record was looked up apart,
            // which took 330 ms instead of 50 for 120,000 records and held back the first page.
            Statement count(m_db,
                            "SELECT (SELECT count(*) FROM store WHERE org_id = ?) + (SELECT count(*) FROM staff "
                            "WHERE org_id = ?) + (SELECT count(*) FROM record WHERE org_id || '' = ? AND deleted = 0)");
            count.bind(1, orgId).bind(2, orgId).bind(3, orgId);
            page.total = count.step() ? count.integer(0) : 0;
            // The pages to come read most of the organisation's rows in key order, which from a
            // cold cache is one disk read per database page: read the file ahead in large pieces.
            m_db.warmBeforeWalk();
        }

        const QStringList &kinds = snapshotKinds();
        int kind = after ? after->kind : 0;
        QString lastId = after ? after->id : QString();
        bool full = false;
        const auto room = [&](qint64 size) {
            return page.count < limit && (page.count == 0 || page.entries.size() + size <= maxBytes);
        };
        for (; kind < kinds.size() && !full; ++kind, lastId.clear()) {
            if (kind == kStore || kind == kStaff) {
                // Few rows: each is the newest logged row of the store or staff member, whose
                // fields the server always logs whole.
                const char *sql = kind == kStore
                    ? "SELECT t.id, c.hlc, c.fields FROM store t JOIN change_log c ON c.org_id = t.org_id AND c.id = t.id "
                      "WHERE t.org_id = ? AND t.id > ? AND c.cursor = (SELECT max(d.cursor) FROM change_log d "
                      "WHERE d.org_id = t.org_id AND d.id = t.id) ORDER BY t.id LIMIT ?"
                    : "SELECT t.id, c.hlc, c.fields FROM staff t JOIN change_log c ON c.org_id = t.org_id AND c.id = t.id "
                      "WHERE t.org_id = ? AND t.id > ? AND c.cursor = (SELECT max(d.cursor) FROM change_log d "
                      "WHERE d.org_id = t.org_id AND d.id = t.id) ORDER BY t.id LIMIT ?";
                Statement s(m_db, sql);
                s.bind(1, orgId).bind(2, lastId).bind(3, static_cast<qint64>(limit - page.count + 1));
                while (s.step()) {
                    if (!room(s.bytes(2) + 200)) {
                        full = true;
                        break;
                    }
                    lastId = s.text(0);
                    page.entries.append(page.count ? "," : "").append("{\"entity\":");
                    appendString(page.entries, kinds.at(kind).toUtf8());
                    page.entries.append(",\"id\":");
                    appendString(page.entries, s.utf8(0));
                    page.entries.append(",\"hlc\":");
                    appendString(page.entries, s.utf8(1));
                    page.entries.append(",\"fields\":").append(s.utf8(2)).append('}');
                    ++page.count;
                }
                if (full)
                    break;
                continue;
            }
            // Live records of the kind after the last id, each with all its fields (ordered by
            // field so a record's rows come together and in a stable order). `org_id || ''` keeps
            // both engines on the primary key, so each page continues the walk of the one before;
            // through the (org_id, client_id) index every page would read and sort all the
            // organisation's records again. The page's ids are picked by `IN`, whose list SQLite
            // walks in order: the rows then come in (id, field) order as the keys store them,
            // where a join with a subquery sorted all the page's field values in a temporary
            // table first. A record left with no field (all moved away by a merge) has nothing
            // to send; it is passed over.
            for (;;) {
                const qint64 asked = limit - page.count + 1;
                Statement s(m_db,
                            "SELECT r.id, f.field, f.value, f.hlc, r.hlc FROM record r "
                            "LEFT JOIN record_field f ON f.id = r.id WHERE r.id IN (SELECT id FROM record "
                            "WHERE org_id || '' = ? AND entity = ? AND deleted = 0 AND id > ? ORDER BY id LIMIT ?) "
                            "ORDER BY r.id, f.field");
                s.bind(1, orgId).bind(2, kinds.at(kind)).bind(3, lastId).bind(4, asked);
                const QByteArray entity = kinds.at(kind).toUtf8();
                QByteArray current;
                QByteArray currentClock;
                QList<StoredField> fields;
                qint64 size = 0;
                qint64 seen = 0;
                const auto flush = [&]() {
                    if (current.isEmpty())
                        return true;
                    if (fields.isEmpty()) {
                        lastId = QString::fromLatin1(current);
                        return true;
                    }
                    if (!room(size + 200))
                        return false;
                    if (page.count)
                        page.entries.append(',');
                    appendRecord(page.entries, entity, current, currentClock, fields);
                    ++page.count;
                    lastId = QString::fromLatin1(current);
                    return true;
                };
                while (s.step()) {
                    QByteArray id = s.utf8(0);
                    if (id != current) {
                        if (!flush()) {
                            full = true;
                            break;
                        }
                        current = std::move(id);
                        currentClock = s.utf8(4);
                        fields.clear();
                        size = 0;
                        ++seen;
                    }
                    if (s.isNull(1))
                        continue;
                    size += s.bytes(2) + s.bytes(1) + 8;
                    fields.append(StoredField{s.utf8(1), s.utf8(2), s.isNull(3) ? QByteArray() : s.utf8(3)});
                }
                if (!full && !flush())
                    full = true;
                if (full || seen < asked)
                    break; // the page is full, or the kind has no more records
            }
            if (full)
                break;
        }
        if (full)
            page.next = SnapshotPosition{page.cursor, kind, lastId};
        return std::optional<SnapshotPage>(std::move(page));
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

} // namespace rapport::server
