// Checks the translation catalogues (i18n/*.ts) the way a release needs them:
//   i18n_catalogue_check --lupdate <lupdate> --sources <list> [-I <dir>]... [--plural-only] <ts>...
//     fails on an unfinished, empty, vanished or obsolete entry, on a translation that drops or
//     invents a placeholder (%1, %n), and on a catalogue out of date against the sources: lupdate
//     runs over the sources into a copy, and the two message sets must be the same.
//   i18n_catalogue_check ... --expect-failures <ts>
//     proves the check can fail: it breaks copies of a good catalogue one way at a time
//     (an unfinished entry, a vanished one, a message missing, a lost placeholder) and
//     fails unless every broken copy is caught.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <functional>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
    QString name() const
    {
        return QStringLiteral("[%1] \"%2\"%3").arg(context, source, comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

struct Options
{
    QString lupdate;
    QString sources;
    QStringList includes;
    bool pluralOnly = false;
};

std::optional<QList<Message>> readCatalogue(const QString &file, QString *error)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(file, in.errorString());
        return std::nullopt;
    }
    QList<Message> messages;
    QXmlStreamReader xml(&in);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
                inMessage = true;
            } else if (inMessage && name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (inMessage && name == QLatin1String("numerusform")) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 is not a readable catalogue: %2 (line %3)").arg(file, xml.errorString()).arg(xml.lineNumber());
        return std::nullopt;
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

/** What is wrong with the entries themselves. */
QStringList entryProblems(const QList<Message> &messages, bool pluralOnly)
{
    QStringList problems;
    for (const Message &m : messages) {
        if (m.type == QLatin1String("unfinished"))
            problems.append(QStringLiteral("unfinished: %1").arg(m.name()));
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            problems.append(QStringLiteral("%1 (no longer in the sources): %2").arg(m.type, m.name()));
        if (pluralOnly && !m.numerus)
            problems.append(QStringLiteral("not a plural message in a plural-only catalogue: %1").arg(m.name()));
        if (m.type.isEmpty()) {
            const QSet<QString> wanted = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty translation: %1").arg(m.name()));
                else if (placeholders(t) != wanted)
                    problems.append(QStringLiteral("placeholders differ: %1 → \"%2\"").arg(m.name(), t));
            }
            if (m.translations.isEmpty())
                problems.append(QStringLiteral("no translation: %1").arg(m.name()));
        }
    }
    return problems;
}

/** Messages in the sources the catalogue lacks, and messages it has that the sources lost. */
QStringList stalenessProblems(const QString &file, const QList<Message> &messages, const Options &options)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(file).fileName());
    if (!dir.isValid() || !QFile::copy(file, copy))
        return {QStringLiteral("cannot copy %1 to a temporary folder").arg(file)};
    QStringList arguments{QLatin1Char('@') + options.sources};
    for (const QString &include : options.includes)
        arguments << QStringLiteral("-I") << include;
    arguments << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-no-obsolete")
              << QStringLiteral("-silent");
    if (options.pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(options.lupdate, arguments);
    if (!lupdate.waitForFinished(170000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0)
        return {QStringLiteral("lupdate failed on a copy of %1: %2 %3")
                    .arg(file, lupdate.errorString(), QString::fromLocal8Bit(lupdate.readAll()))};
    QString error;
    const auto fresh = readCatalogue(copy, &error);
    if (!fresh)
        return {error};
    QHash<QString, QString> before, after;
    for (const Message &m : messages)
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
            before.insert(m.key(), m.name());
    for (const Message &m : *fresh)
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
            after.insert(m.key(), m.name());
    QStringList problems;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (!before.contains(it.key()))
            problems.append(QStringLiteral("out of date, new in the sources: %1").arg(it.value()));
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            problems.append(QStringLiteral("out of date, gone from the sources: %1").arg(it.value()));
    problems.sort();
    return problems;
}

QStringList check(const QString &file, const Options &options)
{
    QString error;
    const auto messages = readCatalogue(file, &error);
    if (!messages)
        return {error};
    if (messages->isEmpty())
        return {QStringLiteral("%1 holds no messages").arg(file)};
    return entryProblems(*messages, options.pluralOnly) + stalenessProblems(file, *messages, options);
}

/** Writes `file` changed by `edit` into `dir`; "" when the edit found nothing to change. */
QString broken(const QString &file, const QTemporaryDir &dir, const QString &name,
               const std::function<bool(QString &)> &edit)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(in.readAll());
    if (!edit(text))
        return {};
    const QString path = dir.filePath(name + QStringLiteral("-") + QFileInfo(file).fileName());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(text.toUtf8());
    return path;
}

int expectFailures(const QString &file, const Options &options)
{
    struct Breakage
    {
        const char *name;
        const char *caughtAs;
        std::function<bool(QString &)> edit;
    };
    const QList<Breakage> breakages{
        {"unfinished", "unfinished:", [](QString &t) {
             const qsizetype at = t.indexOf(QStringLiteral("<translation>"));
             return at >= 0 && (t.replace(at, 13, QStringLiteral("<translation type=\"unfinished\">")), true);
         }},
        {"vanished", "vanished (no longer in the sources)", [](QString &t) {
             const qsizetype at = t.indexOf(QStringLiteral("<translation>"));
             return at >= 0 && (t.replace(at, 13, QStringLiteral("<translation type=\"vanished\">")), true);
         }},
        {"stale", "out of date, new in the sources", [](QString &t) {
             const qsizetype start = t.indexOf(QStringLiteral("<message"));
             const qsizetype end = t.indexOf(QStringLiteral("</message>"), start);
             return start >= 0 && end > start && (t.remove(start, end + 10 - start), true);
         }},
        {"placeholder", "placeholders differ", [](QString &t) {
             static const QRegularExpression translated(QStringLiteral("<translation>([^<]*)%1([^<]*)</translation>"));
             const auto m = translated.match(t);
             return m.hasMatch()
                 && (t.replace(m.capturedStart(), m.capturedLength(),
                               QStringLiteral("<translation>%1%2</translation>").arg(m.captured(1), m.captured(2))),
                     true);
         }},
    };
    const QStringList good = check(file, options);
    if (!good.isEmpty()) {
        std::fprintf(stderr, "FAIL: %s should pass before it is broken:\n  %s\n", qPrintable(file),
                     qPrintable(good.join(QStringLiteral("\n  "))));
        return 1;
    }
    QTemporaryDir dir;
    int missed = 0;
    for (const Breakage &b : breakages) {
        const QString path = broken(file, dir, QString::fromLatin1(b.name), b.edit);
        if (path.isEmpty()) {
            std::fprintf(stderr, "FAIL: could not make a %s copy of %s\n", b.name, qPrintable(file));
            ++missed;
            continue;
        }
        const QStringList problems = check(path, options);
        const bool caught = std::any_of(problems.cbegin(), problems.cend(), [&](const QString &p) {
            return p.contains(QString::fromLatin1(b.caughtAs));
        });
        std::printf("%s copy: %s (%lld problem(s))\n", b.name, caught ? "caught" : "MISSED", qint64(problems.size()));
        if (!caught)
            ++missed;
    }
    return missed == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    QStringList files;
    bool expect = false;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--lupdate") && i + 1 < args.size())
            options.lupdate = args.at(++i);
        else if (a == QLatin1String("--sources") && i + 1 < args.size())
            options.sources = args.at(++i);
        else if (a == QLatin1String("-I") && i + 1 < args.size())
            options.includes.append(args.at(++i));
        else if (a == QLatin1String("--plural-only"))
            options.pluralOnly = true;
        else if (a == QLatin1String("--expect-failures"))
            expect = true;
        else
            files.append(a);
    }
    if (options.lupdate.isEmpty() || options.sources.isEmpty() || files.isEmpty()) {
        std::fprintf(stderr, "usage: i18n_catalogue_check --lupdate <lupdate> --sources <list> [-I <dir>]... "
                             "[--plural-only] [--expect-failures] <ts>...\n");
        return 2;
    }
    if (expect) {
        int failed = 0;
        for (const QString &file : files)
            failed += expectFailures(file, options);
        return failed == 0 ? 0 : 1;
    }
    int failed = 0;
    for (const QString &file : files) {
        const QStringList problems = check(file, options);
        if (problems.isEmpty()) {
            std::printf("%s: complete and up to date\n", qPrintable(file));
            continue;
        }
        ++failed;
        std::fprintf(stderr, "FAIL: %s has %lld problem(s); run scripts/update-translations, then translate:\n  %s\n",
                     qPrintable(file), qint64(problems.size()), qPrintable(problems.join(QStringLiteral("\n  "))));
    }
    return failed == 0 ? 0 : 1;
}
