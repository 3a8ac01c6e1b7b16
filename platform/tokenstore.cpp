#include "tokenstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#ifdef RAPPORT_HAVE_KEYCHAIN
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>
#endif

namespace rapport {

namespace {
// Account names may contain '@' and '/', so files are named by a hash of them.
QString accountKey(const QString &account)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}
} // namespace

FileTokenStore::FileTokenStore(QString dir) : m_dir(std::move(dir)) {}

QString FileTokenStore::filePath(const QString &account) const
{
    return QDir(m_dir).filePath(QStringLiteral("token-") + accountKey(account));
}

bool FileTokenStore::save(const QString &account, const QString &token)
{
    QDir().mkpath(m_dir);
    QSaveFile file(filePath(account));
    if (!file.open(QIODevice::WriteOnly)) {
        m_lastError = QStringLiteral("Could not write the token file %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    // Restrict before writing any secret byte: the temporary file is what gets renamed.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token.toUtf8());
    if (!file.commit()) {
        m_lastError = QStringLiteral("Could not write the token file %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QFile::setPermissions(filePath(account), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

std::optional<QString> FileTokenStore::load(const QString &account)
{
    QFile file(filePath(account));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString token = QString::fromUtf8(file.readAll()).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    return token;
}

void FileTokenStore::remove(const QString &account)
{
    QFile::remove(filePath(account));
}

QString FileTokenStore::description() const
{
    return QStringLiteral("Stored in a file only you can read: %1").arg(QDir::toNativeSeparators(m_dir));
}

#ifdef RAPPORT_HAVE_KEYCHAIN
namespace {

constexpr auto ServiceName = "Rapport";
constexpr int KeychainTimeoutMs = 5000;

struct JobOutcome
{
    bool ok = false;
    bool notFound = false;
    QString error;
    QString text;
};

/**
 * Runs a QtKeychain job to completion. The job lives on the heap: if the
 * keychain never answers we give up waiting and let it delete itself later.
 */
JobOutcome runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    // A keychain that never answers must not freeze sign-in.
    QTimer::singleShot(KeychainTimeoutMs, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    JobOutcome outcome;
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        outcome.error = QStringLiteral("the system keychain did not answer");
        return outcome;
    }
    outcome.ok = job->error() == QKeychain::NoError;
    outcome.notFound = job->error() == QKeychain::EntryNotFound;
    outcome.error = job->errorString();
    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
        outcome.text = read->textData();
    job->deleteLater();
    return outcome;
}

/** Keychain first; a file when no keychain answers. */
class PreferKeychainTokenStore : public TokenStore
{
public:
    explicit PreferKeychainTokenStore(const QString &dataDir) : m_file(dataDir) {}

    bool save(const QString &account, const QString &token) override
    {
        if (!m_keychainFailed) {
            auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(ServiceName));
            job->setKey(account);
            job->setTextData(token);
            const JobOutcome outcome = runJob(job);
            if (outcome.ok) {
                m_usingKeychain = true;
                m_file.remove(account); // never leave a second copy behind
                return true;
            }
            m_lastError = outcome.error;
            m_keychainFailed = true;
        }
        m_usingKeychain = false;
        const bool ok = m_file.save(account, token);
        if (!ok)
            m_lastError = m_file.lastError();
        return ok;
    }

    std::optional<QString> load(const QString &account) override
    {
        if (auto token = m_file.load(account)) {
            m_usingKeychain = false;
            return token;
        }
        if (m_keychainFailed)
            return std::nullopt;
        auto *job = new QKeychain::ReadPasswordJob(QString::fromLatin1(ServiceName));
        job->setKey(account);
        const JobOutcome outcome = runJob(job);
        if (outcome.ok && !outcome.text.isEmpty()) {
            m_usingKeychain = true;
            return outcome.text;
        }
        if (!outcome.ok && !outcome.notFound)
            m_keychainFailed = true;
        return std::nullopt;
    }

    void remove(const QString &account) override
    {
        m_file.remove(account);
        if (m_keychainFailed)
            return;
        auto *job = new QKeychain::DeletePasswordJob(QString::fromLatin1(ServiceName));
        job->setKey(account);
        const JobOutcome outcome = runJob(job);
        if (!outcome.ok && !outcome.notFound)
            m_keychainFailed = true;
    }

    QString description() const override
    {
        return m_usingKeychain ? QStringLiteral("Stored in the system keychain") : m_file.description();
    }

private:
    FileTokenStore m_file;
    bool m_usingKeychain = false;
    bool m_keychainFailed = false;
};

} // namespace
#endif

std::unique_ptr<TokenStore> TokenStore::createDefault(const QString &dataDir)
{
#ifdef RAPPORT_HAVE_KEYCHAIN
    // Headless machines have no secret service; asking it would only add a timeout.
    if (qEnvironmentVariableIsEmpty("RAPPORT_TOKEN_FILE_ONLY"))
        return std::make_unique<PreferKeychainTokenStore>(dataDir);
#endif
    return std::make_unique<FileTokenStore>(dataDir);
}

} // namespace rapport
