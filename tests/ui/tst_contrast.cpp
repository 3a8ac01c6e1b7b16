// Contrast of the theme's colours, read from the real Theme singleton
// (qml/Theme.qml through a QQmlEngine, so nothing here repeats a colour): every
// pair the app draws together — text on its backgrounds, text on buttons, on
// the header bar, on badges and note-kind colours, focus rings on what they
// surround — must reach 4.5:1, the WCAG 2.1 AA level for normal text. Every
// colour of the theme must be in some pair or be named as decoration, so a
// colour added later is checked too.
#include <QColor>
#include <QGuiApplication>
#include <QMetaProperty>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QSet>
#include <QTest>

#include <cmath>
#include <memory>

Q_IMPORT_QML_PLUGIN(Rapport_UiPlugin)

namespace {

/** Relative luminance, WCAG 2.1: sRGB channels linearised, weighted 0.2126, 0.7152, 0.0722. */
double luminance(const QColor &colour)
{
    const auto linear = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

/** (lighter + 0.05) / (darker + 0.05), from 1 (same) to 21 (black on white). */
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

constexpr double kMinimum = 4.5;

/** What is drawn (a Theme colour name, or "kind:<kind>") on what, and where the app does it. */
struct Pair
{
    const char *foreground;
    const char *background;
    const char *where;
};

const Pair kPairs[] = {
    {"text", "background", "page text"},
    {"text", "surface", "card and row text"},
    {"text", "selection", "the opened client's row"},
    {"text", "keyedRow", "the row Down/Up points at"},
    {"text", "hoveredRow", "a row under the mouse"},
    {"text", "buttonFill", "plain buttons"},
    {"text", "warningBackground", "text in a draft or duplicate banner"},
    {"secondaryText", "background", "hints on a page"},
    {"secondaryText", "surface", "hints in cards, last seen, field labels"},
    {"secondaryText", "selection", "last seen on the opened client's row"},
    {"secondaryText", "keyedRow", "last seen on the keyed row"},
    {"secondaryText", "hoveredRow", "last seen on a hovered row"},
    {"primary", "surface", "card titles, client links"},
    {"primary", "background", "headings on a page"},
    {"accent", "surface", "tags, given consent"},
    {"accent", "selection", "tags on the opened client's row"},
    {"accent", "keyedRow", "tags on the keyed row"},
    {"accent", "tagBackground", "tag chips"},
    {"danger", "surface", "errors, overdue, withdrawn consent"},
    {"danger", "background", "errors on a page"},
    {"warning", "warningBackground", "draft and conflict banners"},
    {"warning", "surface", "\"Must sign in again\" in Settings"},
    {"inkOnPrimary", "primary", "header bar, highlighted buttons, avatars"},
    {"inkOnPrimary", "badge", "sync badge"},
    {"inkOnPrimary", "danger", "Discard and Sign out anyway buttons"},
    {"inkOnPrimary", "snackbar", "snackbar message"},
    {"snackbarAction", "snackbar", "snackbar Undo"},
    {"kind:need", "surface", "kind name in the timeline"},
    {"kind:conversation", "surface", "kind name in the timeline"},
    {"kind:purchase", "surface", "kind name in the timeline"},
    {"kind:education", "surface", "kind name in the timeline"},
    {"kind:return", "surface", "kind name in the timeline"},
    {"kind:other", "surface", "kind name in the timeline"},
    {"inkOnKind", "kind:need", "note buttons and badges"},
    {"inkOnKind", "kind:conversation", "note buttons and badges"},
    {"inkOnKind", "kind:purchase", "note buttons and badges"},
    {"inkOnKind", "kind:education", "note buttons and badges"},
    {"inkOnKind", "kind:return", "note buttons and badges"},
    {"inkOnKind", "kind:other", "note buttons and badges"},
    // Focus: the accent frame (FocusFrame, ActionButton border) and the dark
    // ring of ActionButton against what lies around them; white on the header.
    {"accent", "background", "focus frame on a page"},
    {"accent", "buttonFill", "focus border of a plain button"},
    {"text", "background", "focus ring of a button on a page"},
    {"inkOnPrimary", "primary", "focus frame on the header bar"},
};

// Colours that carry no information by themselves (lines between cards).
const char *const kDecoration[] = {"divider"};

} // namespace

class ThemeContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formulaMatchesWcag();
    void everyPairReadable_data();
    void everyPairReadable();
    void everyColourIsChecked();
    void cleanupTestCase();

private:
    QColor colour(const QString &name) const;

    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QObject> m_holder;
    QObject *m_theme = nullptr;
    double m_lowest = 21.0;
    QString m_lowestPair;
};

void ThemeContrast::initTestCase()
{
    m_engine = std::make_unique<QQmlEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/"));
    QQmlComponent component(m_engine.get());
    component.setData("import QtQml\nimport Rapport.Ui\nQtObject { readonly property QtObject theme: Theme }\n",
                      QUrl(QStringLiteral("qrc:/contrast-probe.qml")));
    m_holder.reset(component.create());
    QVERIFY2(m_holder, qPrintable(component.errorString()));
    m_theme = m_holder->property("theme").value<QObject *>();
    QVERIFY2(m_theme, "the Theme singleton did not load");
}

void ThemeContrast::cleanupTestCase()
{
    qInfo("lowest contrast: %.2f:1 (%s)", m_lowest, qPrintable(m_lowestPair));
    m_holder.reset();
    m_engine.reset();
}

QColor ThemeContrast::colour(const QString &name) const
{
    if (name.startsWith(QLatin1String("kind:"))) {
        QVariant result;
        QMetaObject::invokeMethod(m_theme, "kindColor", Q_RETURN_ARG(QVariant, result),
                                  Q_ARG(QVariant, name.mid(5)));
        return result.metaType() == QMetaType::fromType<QString>() ? QColor(result.toString()) : result.value<QColor>();
    }
    const QVariant value = m_theme->property(name.toLatin1().constData());
    return value.value<QColor>();
}

void ThemeContrast::formulaMatchesWcag()
{
    // Figures published with WCAG: black on white is 21:1, #777 on white 4.48:1.
    QCOMPARE(std::round(contrast(Qt::black, Qt::white) * 100) / 100, 21.0);
    QCOMPARE(std::round(contrast(QColor(0x77, 0x77, 0x77), Qt::white) * 100) / 100, 4.48);
    QCOMPARE(contrast(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
}

void ThemeContrast::everyPairReadable_data()
{
    QTest::addColumn<QString>("foreground");
    QTest::addColumn<QString>("background");
    for (const Pair &pair : kPairs)
        QTest::newRow(qPrintable(QStringLiteral("%1 on %2 (%3)").arg(QLatin1String(pair.foreground),
                                                                   QLatin1String(pair.background),
                                                                   QString::fromUtf8(pair.where))))
            << QString::fromLatin1(pair.foreground) << QString::fromLatin1(pair.background);
}

void ThemeContrast::everyPairReadable()
{
    QFETCH(QString, foreground);
    QFETCH(QString, background);
    const QColor fg = colour(foreground);
    const QColor bg = colour(background);
    QVERIFY2(fg.isValid(), qPrintable(QStringLiteral("Theme has no colour %1").arg(foreground)));
    QVERIFY2(bg.isValid(), qPrintable(QStringLiteral("Theme has no colour %1").arg(background)));
    QVERIFY2(fg.alpha() == 255 && bg.alpha() == 255, "a translucent colour's contrast depends on what is beneath");
    const double ratio = contrast(fg, bg);
    if (ratio < m_lowest) {
        m_lowest = ratio;
        m_lowestPair = QString::fromUtf8(QTest::currentDataTag());
    }
    QVERIFY2(ratio >= kMinimum,
             qPrintable(QStringLiteral("%1 (%2) on %3 (%4) is %5:1, below %6:1")
                            .arg(foreground, fg.name(), background, bg.name())
                            .arg(ratio, 0, 'f', 2).arg(kMinimum)));
}

void ThemeContrast::everyColourIsChecked()
{
    QSet<QString> checked;
    for (const Pair &pair : kPairs)
        checked << QString::fromLatin1(pair.foreground) << QString::fromLatin1(pair.background);
    for (const char *name : kDecoration)
        checked << QString::fromLatin1(name);
    const QMetaObject *meta = m_theme->metaObject();
    QStringList unchecked;
    int colours = 0;
    for (int i = meta->propertyOffset(); i < meta->propertyCount(); ++i) {
        const QMetaProperty property = meta->property(i);
        if (property.metaType() != QMetaType::fromType<QColor>())
            continue;
        ++colours;
        if (!checked.contains(QString::fromLatin1(property.name())))
            unchecked << QString::fromLatin1(property.name());
    }
    QVERIFY2(colours >= 10, "Theme's colours were not found");
    QVERIFY2(unchecked.isEmpty(),
             qPrintable(QStringLiteral("Theme colours in no contrast pair: %1").arg(unchecked.join(QStringLiteral(", ")))));
}

QTEST_MAIN(ThemeContrast)

#include "tst_contrast.moc"
