#include "serveoptions.h"

#include <QFile>
#include <QHash>

#include <cmath>

namespace rapport::server {

namespace {

enum class Kind {
    Text,          // any non-empty text (a path)
    Listen,        // ADDRESS:PORT
    WholeFromZero, // 0, 1, 2 ...
    WholeFromOne,  // 1, 2, 3 ...
    BodyBytes,     // 16384 .. 268435456
    Positive,      // a number above 0, fractions allowed
    AtLeastOne,    // a number of at least 1, fractions allowed
    Flag,          // 0 or 1
};

struct ServeOption
{
    const char *name;
    Kind kind;
};

// Every option `serve` reads, in the order of its help text. A name missing here is refused on
// the command line and in a configuration file alike.
constexpr ServeOption kServeOptions[] = {
    {"db", Kind::Text},
    {"listen", Kind::Listen},
    {"tls-cert", Kind::Text},
    {"tls-key", Kind::Text},
    {"tombstone-days", Kind::WholeFromZero},
    {"threads", Kind::WholeFromOne},
    {"max-connections", Kind::WholeFromOne},
    {"max-connections-per-address", Kind::WholeFromOne},
    {"read-timeout", Kind::WholeFromOne},
    {"min-body-rate", Kind::WholeFromZero},
    {"max-body-bytes", Kind::BodyBytes},
    {"max-held", Kind::WholeFromOne},
    {"hash-threads", Kind::WholeFromOne},
    {"storage-threads", Kind::WholeFromOne},
    {"storage-queue", Kind::WholeFromOne},
    {"hash-queue", Kind::WholeFromOne},
    {"signin-burst-per-login", Kind::Positive},
    {"signin-burst-per-address", Kind::Positive},
    {"signin-failures-per-login", Kind::AtLeastOne},
    {"signin-spacing-ms", Kind::WholeFromOne},
    {"session-idle-days", Kind::Positive},
    {"verbose", Kind::Flag},
};

std::optional<Kind> kindOf(const QString &name)
{
    for (const ServeOption &option : kServeOptions) {
        if (name == QLatin1String(option.name))
            return option.kind;
    }
    return std::nullopt;
}

std::optional<QString> checkValue(Kind kind, const QString &value)
{
    const QString got = QStringLiteral(", got \"%1\"").arg(value);
    if (value.isEmpty())
        return QStringLiteral("needs a value");
    bool ok = false;
    switch (kind) {
    case Kind::Text:
        return std::nullopt;
    case Kind::Listen:
        if (parseListenAddress(value))
            return std::nullopt;
        return QStringLiteral("needs ADDRESS:PORT, e.g. 127.0.0.1:8080 (port 0 picks a free one)") + got;
    case Kind::WholeFromZero:
    case Kind::WholeFromOne: {
        const int number = value.toInt(&ok);
        const int least = kind == Kind::WholeFromZero ? 0 : 1;
        if (ok && number >= least)
            return std::nullopt;
        return QStringLiteral("needs a whole number of at least %1").arg(least) + got;
    }
    case Kind::BodyBytes: {
        const qint64 bytes = value.toLongLong(&ok);
        if (ok && bytes >= 16 * 1024 && bytes <= 256 * 1024 * 1024)
            return std::nullopt;
        return QStringLiteral("needs a whole number of bytes from 16384 to 268435456") + got;
    }
    case Kind::Positive:
    case Kind::AtLeastOne: {
        const double number = value.toDouble(&ok);
        const bool inRange = kind == Kind::Positive ? number > 0 : number >= 1;
        if (ok && std::isfinite(number) && inRange)
            return std::nullopt;
        return (kind == Kind::Positive ? QStringLiteral("needs a number above 0 (fractions allowed)")
                                       : QStringLiteral("needs a number of at least 1"))
            + got;
    }
    case Kind::Flag:
        if (value == QLatin1String("0") || value == QLatin1String("1"))
            return std::nullopt;
        return QStringLiteral("needs 0 or 1") + got;
    }
    return std::nullopt;
}

} // namespace

std::optional<boost::asio::ip::tcp::endpoint> parseListenAddress(const QString &text)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool portOk = false;
    const int port = text.mid(colon + 1).toInt(&portOk);
    if (!portOk || port < 0 || port > 65535)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    boost::system::error_code ec;
    const auto address = boost::asio::ip::make_address(host.toStdString(), ec);
    if (ec)
        return std::nullopt;
    return boost::asio::ip::tcp::endpoint(address, static_cast<unsigned short>(port));
}

std::optional<QString> checkServeOption(const QString &name, const QString &value)
{
    const auto kind = kindOf(name);
    if (!kind)
        return QStringLiteral("is not an option of serve (it takes %1)")
            .arg(serveOptionNames().join(QStringLiteral(", ")));
    return checkValue(*kind, value);
}

std::variant<Options, QString> readConfigFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("Cannot read the configuration file %1: %2.").arg(path, file.errorString());
    Options options;
    QHash<QString, int> lineOf;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString where = QStringLiteral("%1:%2: ").arg(path).arg(lineNumber);
        const int equals = line.indexOf(QLatin1Char('='));
        if (equals < 0)
            return where + QStringLiteral("expected \"key = value\", got \"%1\".").arg(line);
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (key.startsWith(QLatin1Char('-'))) {
            QString bare = key;
            while (bare.startsWith(QLatin1Char('-')))
                bare.remove(0, 1);
            return where + QStringLiteral("write the key without dashes: \"%1 = %2\".").arg(bare, value);
        }
        if (lineOf.contains(key))
            return where + QStringLiteral("%1 is already set on line %2.").arg(key).arg(lineOf.value(key));
        if (const auto problem = checkServeOption(key, value))
            return where + QStringLiteral("%1 %2.").arg(key.isEmpty() ? QStringLiteral("(no key)") : key, *problem);
        lineOf.insert(key, lineNumber);
        options.insert(key, value);
    }
    return options;
}

QStringList serveOptionNames()
{
    QStringList names;
    for (const ServeOption &option : kServeOptions)
        names.append(QLatin1String(option.name));
    return names;
}

} // namespace rapport::server
