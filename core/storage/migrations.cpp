#include "storage/migrations.h"

#include "domain/tr.h"
#include "storage/audittrail.h"
#include "storage/backuplog.h"
#include "storage/care/followupstore.h"
#include "storage/care/ticketclocks.h"
#include "storage/care/ticketstore.h"
#include "storage/changelog.h"
#include "storage/contentstore.h"
#include "storage/customerstore.h"
#include "storage/idempotencystore.h"
#include "storage/inbox/inboxstore.h"
#include "storage/inbox/mailboxstate.h"
#include "storage/inbox/replytemplatestore.h"
#include "storage/loginattempts.h"
#include "storage/mailoutboxtable.h"
#include "storage/orderstore.h"
#include "storage/placementstore.h"
#include "storage/productstore.h"
#include "storage/reportindexes.h"
#include "storage/returns/paymentledger.h"
#include "storage/returns/paymentreminders.h"
#include "storage/returns/returnstore.h"
#include "storage/settingsstore.h"
#include "storage/stockledger.h"
#include "storage/userstore.h"
#include "storage/warehousestore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

// A module's steps are never edited once released: a change is a new step at a new version.
// Versions count for the whole schema (stores made by earlier builds carry them), so a new
// step takes latestVersion() + 1.
const QList<MigrationStep> &Migrations::steps()
{
    static const QList<MigrationStep> all = [] {
        QList<MigrationStep> list;
        for (const auto &module : {
                 UserStore::migrations,        ProductStore::migrations,
                 StockLedger::migrations,      CustomerStore::migrations,
                 OrderStore::migrations,       ChangeLog::migrations,
                 IdempotencyStore::migrations, MailOutboxTable::migrations,
                 WarehouseStore::migrations,   ContentStore::migrations,
                 PlacementStore::migrations,   TicketStore::migrations,
                 TicketClocks::migrations,     FollowUpStore::migrations,
                 PaymentReminders::migrations, PaymentLedger::migrations,
                 ReturnStore::migrations,      ReplyTemplateStore::migrations,
                 MailboxState::migrations,     ReportIndexes::migrations,
                 InboxStore::migrations,       LoginAttempts::migrations,
                 BackupLog::migrations,        SettingsStore::migrations,
                 AuditTrail::migrations,
             }) {
            list.append(module());
        }
        // Stable: within a version, modules keep their order above.
        std::stable_sort(
            list.begin(), list.end(),
            [](const MigrationStep &a, const MigrationStep &b) { return a.version < b.version; });
        return list;
    }();
    return all;
}

int Migrations::latestVersion()
{
    return steps().isEmpty() ? 0 : steps().last().version;
}

Result<void> Migrations::applyVersion(Database &db, int version)
{
    for (const MigrationStep &step : steps()) {
        if (step.version != version)
            continue;
        for (const QString &statement : step.statements) {
            if (auto ok = db.exec(db.dialect().schema(statement)); !ok)
                return ok;
        }
    }
    return db.exec(u"INSERT INTO schema_version (version) VALUES (?)"_s, {version});
}

Result<int> Migrations::apply(Database &db)
{
    const SqlDialect &dialect = db.dialect();
    if (auto ok =
            db.exec(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"_s);
        !ok) {
        return ok.error();
    }
    if (auto ok = db.exec(dialect.beginWrite()); !ok)
        return ok.error();
    auto fail = [&db](const Error &error) -> Result<int> {
        (void)db.exec(u"ROLLBACK"_s);
        return error;
    };
    if (!dialect.migrationLock().isEmpty()) {
        if (auto ok = db.exec(dialect.migrationLock()); !ok)
            return fail(ok.error());
    }
    auto current = db.scalar(u"SELECT MAX(version) FROM schema_version"_s, {}, 0);
    if (!current)
        return fail(current.error());
    const int from = current.value().toInt();
    if (from > latestVersion()) {
        return fail(Error{u"schema_too_new"_s,
                          Tr::tr("The database has schema version %1; this server knows %2. "
                                 "Use a newer server.")
                              .arg(from)
                              .arg(latestVersion()),
                          {}});
    }
    for (int version = from + 1; version <= latestVersion(); ++version) {
        if (auto ok = applyVersion(db, version); !ok)
            return fail(ok.error());
    }
    if (auto ok = db.exec(u"COMMIT"_s); !ok)
        return fail(ok.error());
    return latestVersion();
}

} // namespace shopdesk::storage
