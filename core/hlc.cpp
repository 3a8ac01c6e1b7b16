#include "hlc.h"

#include "logging.h"
#include "sqlutil.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace rapport {

namespace {

constexpr int MaxCounter = 99999; // five digits in the text form
const QString MetaKey = QStringLiteral("hlc");

} // namespace

QString HlcStamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 15, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(deviceId);
}

std::optional<HlcStamp> HlcStamp::parse(const QString &text)
{
    // Fixed widths: 15 digits, '-', 5 digits, '-', device id.
    if (text.size() < 23 || text.at(15) != QLatin1Char('-') || text.at(21) != QLatin1Char('-'))
        return std::nullopt;
    bool wallOk = false;
    bool counterOk = false;
    HlcStamp stamp;
    stamp.wallMs = text.left(15).toLongLong(&wallOk);
    stamp.counter = text.mid(16, 5).toInt(&counterOk);
    stamp.deviceId = text.mid(22);
    if (!wallOk || !counterOk || stamp.wallMs < 0 || stamp.counter < 0)
        return std::nullopt;
    return stamp;
}

bool HlcStamp::operator<(const HlcStamp &other) const
{
    if (wallMs != other.wallMs)
        return wallMs < other.wallMs;
    if (counter != other.counter)
        return counter < other.counter;
    return deviceId < other.deviceId;
}

bool HlcStamp::operator==(const HlcStamp &other) const
{
    return wallMs == other.wallMs && counter == other.counter && deviceId == other.deviceId;
}

Hlc::Hlc(QString deviceId, WallClock wallClock)
    : m_deviceId(std::move(deviceId)), m_wallClock(std::move(wallClock))
{
    if (!m_wallClock)
        m_wallClock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_last.deviceId = m_deviceId;
}

HlcStamp Hlc::last() const
{
    QMutexLocker locker(&m_mutex);
    return m_last;
}

void Hlc::load(QSqlDatabase db)
{
    const QString text = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {MetaKey})
                             .toString();
    QMutexLocker locker(&m_mutex);
    if (const auto stamp = HlcStamp::parse(text)) {
        m_last = *stamp;
        m_last.deviceId = m_deviceId;
    }
}

static void persist(const HlcStamp &stamp, QSqlDatabase &db)
{
    if (!sql::exec(db, QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                   {MetaKey, stamp.toString()}))
        qCWarning(lcCore) << "could not persist the clock";
}

HlcStamp Hlc::tick(QSqlDatabase db)
{
    const qint64 wall = m_wallClock();
    QMutexLocker locker(&m_mutex);
    if (wall > m_last.wallMs) {
        m_last.wallMs = wall;
        m_last.counter = 0;
    } else if (m_last.counter < MaxCounter) {
        // The wall clock stood still or went back: keep the old time, count up.
        ++m_last.counter;
    } else {
        // Counter exhausted: borrow one millisecond from the future.
        ++m_last.wallMs;
        m_last.counter = 0;
    }
    m_last.deviceId = m_deviceId;
    persist(m_last, db);
    return m_last;
}

bool Hlc::advanceTo(const HlcStamp &remote)
{
    // Only (wall, counter) matter: the next tick then exceeds the remote clock
    // whatever the device ids, because tick() raises one of them.
    if (remote.wallMs < m_last.wallMs
        || (remote.wallMs == m_last.wallMs && remote.counter <= m_last.counter))
        return false;
    m_last.wallMs = remote.wallMs;
    m_last.counter = remote.counter;
    return true;
}

void Hlc::observe(const HlcStamp &remote, QSqlDatabase db)
{
    QMutexLocker locker(&m_mutex);
    if (advanceTo(remote))
        persist(m_last, db);
}

void Hlc::observeWithoutPersisting(const HlcStamp &remote)
{
    QMutexLocker locker(&m_mutex);
    advanceTo(remote);
}

QString newUuidV7()
{
    // RFC 9562: 48-bit big-endian unix ms, version 7, 12 random bits, variant 10, 62 random bits.
    quint8 bytes[16];
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(ms >> (8 * (5 - i)));
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random, 3);
    for (int i = 0; i < 10; ++i)
        bytes[6 + i] = quint8(random[i / 4] >> (8 * (i % 4)));
    bytes[6] = quint8((bytes[6] & 0x0F) | 0x70);
    bytes[8] = quint8((bytes[8] & 0x3F) | 0x80);
    const QUuid uuid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16));
    return uuid.toString(QUuid::WithoutBraces);
}

qint64 Hlc::wallNow() const
{
    return m_wallClock();
}

} // namespace rapport
