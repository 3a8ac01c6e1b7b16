#include "language.h"

#include "session.h"

#include "core/notebook.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLanguage, "rapport.ui.language")

namespace rapport::ui {

namespace {
Language *s_instance = nullptr;
const QString kSetting = QStringLiteral("ui.language");
} // namespace

QStringList Language::shipped()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

Language::Language(Notebook *notebook, QObject *parent) : QObject(parent), m_notebook(notebook)
{
    m_code = resolve(choice(), QLocale::system());
    m_locale = localeFor(m_code, QLocale::system());
}

Language::~Language()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (s_instance == this)
        s_instance = nullptr;
}

void Language::setInstance(Language *language)
{
    s_instance = language;
}

Language *Language::instance()
{
    return s_instance;
}

Language *Language::create(QQmlEngine *qmlEngine, QJSEngine *jsEngine)
{
    if (!s_instance) {
        // A host that made none (the QML tests): one that follows the stored choice, owned by the engine.
        Session *session = Session::instance();
        s_instance = new Language(session ? session->notebook() : nullptr, qmlEngine);
        s_instance->apply();
    } else {
        jsEngine->setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    }
    s_instance->m_engine = qmlEngine;
    return s_instance;
}

QString Language::choice() const
{
    const QString stored = m_notebook ? m_notebook->localSetting(kSetting) : QString();
    return shipped().contains(stored) ? stored : QString();
}

void Language::setChoice(const QString &choice)
{
    const QString wanted = shipped().contains(choice) ? choice : QString();
    if (m_notebook) {
        if (const Status stored = m_notebook->setLocalSetting(kSetting, wanted); !stored)
            qCWarning(lcLanguage) << "cannot keep the language choice:" << stored.errorMessage();
    }
    m_override.clear();
    apply();
}

QVariantList Language::choices() const
{
    // Each language by its own name, so a person who cannot read the current one finds theirs.
    return {QVariantMap{{QStringLiteral("code"), QString()}, {QStringLiteral("name"), tr("System language")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("en")}, {QStringLiteral("name"), QStringLiteral("English")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("de")}, {QStringLiteral("name"), QStringLiteral("Deutsch")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("es")}, {QStringLiteral("name"), QStringLiteral("Español")}},
            QVariantMap{{QStringLiteral("code"), QStringLiteral("fr")}, {QStringLiteral("name"), QStringLiteral("Français")}}};
}

void Language::setOverride(const QString &code)
{
    m_override = code.trimmed();
}

QString Language::resolve(const QString &choice, const QLocale &system)
{
    if (shipped().contains(choice))
        return choice;
    // The first of the system's languages (LANGUAGE, LC_ALL, LANG) that Rapport speaks.
    for (const QString &name : system.uiLanguages()) {
        const QString language = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (shipped().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QLocale Language::localeFor(const QString &code, const QLocale &system)
{
    const QLocale plain(code);
    if (system.language() == plain.language())
        return system; // the system's own formats, country and all
    const QLocale inCountry(plain.language(), system.territory());
    if (inCountry.language() == plain.language() && inCountry.territory() == system.territory())
        return inCountry;
    // The C locale (nothing set) reads as American English, which has a currency and a month order.
    if (plain.language() == QLocale::C || plain.language() == QLocale::AnyLanguage)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return plain;
}

void Language::apply()
{
    const QString code = m_override.isEmpty() ? resolve(choice(), QLocale::system()) : m_override;
    const QLocale locale = localeFor(code, QLocale::system());

    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    // English is the source language; its catalogue (in the app, not the QML tests) holds only
    // its plural forms, so without it English still reads, with "%n" filled in.
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/rapport_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else if (code != QLatin1String("en")) {
        qCInfo(lcLanguage) << "no catalogue for" << code << "- English words with its formats";
    }
    m_code = code;
    m_locale = locale;
    QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    qCInfo(lcLanguage) << "language" << m_code << "locale" << m_locale.name();
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT changed();
}

} // namespace rapport::ui
