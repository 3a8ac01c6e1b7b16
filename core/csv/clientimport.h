#pragma once

#include "csvreader.h"
#include "notebook.h"

#include <QCoreApplication>

#include <functional>

namespace rapport::csv {

/** What a column of an imported file holds. */
enum class ImportField {
    Ignore,
    GivenName,
    FamilyName,
    FullName, // "Ada Lovelace": the last word is the family name
    Phone,
    Email,
    PreferredChannel,
    ContactConsent,
    MarketingConsent,
    Sizes,
    Brands,
    Interests,
    Tags,
    Birthday,
    KeepInTouchDays,
};

/** Every field a column can be mapped to, in the order a picker lists them. */
QList<ImportField> importFields();
/** The stable name of a field ("given_name"…, "ignore"), as the command line and QML use it. */
QString fieldKey(ImportField field);
std::optional<ImportField> fieldFromKey(const QString &key);
/** The field's name for people ("First name"). */
QString fieldLabel(ImportField field);
/** The field a column header most likely names (English, French, German and Dutch words); Ignore when none. */
ImportField guessField(const QString &header);
/** One guess per column; a field already taken by an earlier column is not guessed twice. */
QList<ImportField> guessMapping(const QStringList &header);

/** What importing one row will do. */
struct PlannedRow
{
    enum class Action { Create, Update, Unchanged, Refuse };
    int row = 0; // spreadsheet row number (the header is row 1)
    Action action = Action::Refuse;
    QString clientId; // the client updated (Update, Unchanged)
    QString name; // the client's name as it will read
    QString reason; // why it is refused, or how it matched ("same phone")
    QStringList changedFields; // fieldLabel()s an update changes
    ClientChanges changes;
};

/** The dry run: every row of the file, in row order, and the counts. */
struct ImportPlan
{
    QList<PlannedRow> rows;
    int creates = 0;
    int updates = 0;
    int unchanged = 0;
    int refused = 0;
};

/** What an import wrote. */
struct ImportOutcome
{
    ImportPlan plan; // as applied
    QStringList createdIds;
    QStringList updatedIds;
};

/**
 * Imports clients from a read CSV table into the notebook. A row creates a client, or
 * updates the live client with the same phone digits or the same email (case ignored);
 * empty cells never clear anything. A row is refused, with its number and the reason, when
 * it has no name, an email or phone that is not one, a date that is not YYYY-MM-DD, an
 * unknown consent or channel word, a phone or email two clients have, or the same phone or
 * email as an earlier row of the file.
 */
class ClientImport
{
    Q_DECLARE_TR_FUNCTIONS(ClientImport)
public:
    explicit ClientImport(Notebook &notebook);

    /** The dry run: reads the notebook, changes nothing. `mapping` has one field per column. */
    [[nodiscard]] Result<ImportPlan> plan(const Table &table, const QList<ImportField> &mapping) const;

    /**
     * Plans again against the notebook as it is now and writes every create and update in one
     * transaction through the notebook's own edit calls (so each is recorded for sync): either
     * all of them are saved or, on any failure, none. Refused rows are left out and reported.
     * `progress(done, total)` is called as rows are written.
     */
    [[nodiscard]] Result<ImportOutcome> run(const Table &table, const QList<ImportField> &mapping,
                                            const std::function<void(int, int)> &progress = {});

private:
    Notebook &m_notebook;
};

/** "Imported 12 clients: 10 new, 2 updated; 2 rows refused." for the activity trail. */
QString importSummary(const ImportPlan &plan, const QString &fileName);

} // namespace rapport::csv
