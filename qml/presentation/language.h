#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>
#include <QTranslator>
#include <QVariantList>

#include <memory>

namespace rapport {
class Notebook;
}

namespace rapport::ui {

/**
 * The language the app speaks and the locale it formats with. Follows the system
 * (LANG / LC_ALL, QLocale::system()) unless a person picks a language in Settings,
 * which is kept as a local setting of this device and applied at once: the catalogue
 * is swapped, QML retranslates, and the C++ models say their words again (changed()).
 * `rapport --lang de` picks a language for one run (screenshots, tests); a code without
 * a catalogue (ar) keeps the English words but takes that locale's formats and
 * direction, a pseudo right-to-left check.
 */
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(Language)

    /** What Settings shows as chosen: "" (the system's language), "en", "de", "es" or "fr". */
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY changed)
    /** The language in use: "en", "de", "es", "fr", or an override such as "ar". */
    Q_PROPERTY(QString code READ code NOTIFY changed)
    /** [{code, name}] for the Settings choice; names in their own language. */
    Q_PROPERTY(QVariantList choices READ choices NOTIFY changed)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY changed)

public:
    /** The languages with a catalogue in the app (English is the source language). */
    static QStringList shipped();

    explicit Language(Notebook *notebook, QObject *parent = nullptr);
    ~Language() override;

    static void setInstance(Language *language);
    static Language *instance();
    static Language *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    QString choice() const;
    void setChoice(const QString &choice);
    QString code() const { return m_code; }
    QVariantList choices() const;
    bool rightToLeft() const { return m_locale.textDirection() == Qt::RightToLeft; }
    QLocale locale() const { return m_locale; }

    /** For this run only (the --lang option); "" goes back to the stored choice. */
    void setOverride(const QString &code);
    /** Installs the catalogue and locale of the language in use; retranslates QML when loaded. */
    void apply();
    /** Whether the language in use has its words loaded (English always has). */
    bool catalogueLoaded() const { return m_translator != nullptr; }

    /** The language `choice` stands for on a system speaking `system`: a shipped code, or "en". */
    static QString resolve(const QString &choice, const QLocale &system);
    /** The locale for `code`, in the system's country when the pair exists (German in Austria). */
    static QLocale localeFor(const QString &code, const QLocale &system);

Q_SIGNALS:
    void changed();

private:
    Notebook *m_notebook;
    QString m_override;
    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
    QPointer<QQmlEngine> m_engine;
};

} // namespace rapport::ui
