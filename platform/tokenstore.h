#pragma once

#include <QString>

#include <memory>
#include <optional>

namespace rapport {

/**
 * Keeps the device token between runs. Implementations: the system keychain
 * (QtKeychain) and a file only the user can read. The app shows description()
 * so people know where their token lives.
 */
class TokenStore
{
public:
    virtual ~TokenStore() = default;

    /** Saves the token for `account`; false with a reason in lastError() if that failed. */
    [[nodiscard]] virtual bool save(const QString &account, const QString &token) = 0;
    /** The saved token, or nullopt when none is stored. */
    virtual std::optional<QString> load(const QString &account) = 0;
    /** Forgets the token (sign-out, revoked device). */
    virtual void remove(const QString &account) = 0;
    /** Where the token is kept, in words for the sync page. */
    virtual QString description() const = 0;
    virtual QString lastError() const { return m_lastError; }

    /**
     * The system keychain when one answers, otherwise a file in `dataDir`.
     * The choice is made on first save/load, so a machine without a secret
     * service (headless, containers) still keeps the user signed in.
     */
    static std::unique_ptr<TokenStore> createDefault(const QString &dataDir);

protected:
    QString m_lastError;
};

/** A token in `<dir>/token` with permissions 0600 (owner read/write only). */
class FileTokenStore : public TokenStore
{
public:
    explicit FileTokenStore(QString dir);
    [[nodiscard]] bool save(const QString &account, const QString &token) override;
    std::optional<QString> load(const QString &account) override;
    void remove(const QString &account) override;
    QString description() const override;
    QString filePath(const QString &account) const;

private:
    QString m_dir;
};

} // namespace rapport
