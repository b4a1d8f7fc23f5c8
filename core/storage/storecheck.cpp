#include "storage/storecheck.h"

#include "domain/tr.h"
#include "storage/migrations.h"

#include <QFileInfo>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

// One read-only connection and the few queries the check asks, each row as text.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString &path)
    {
        // immutable=0: a live store's WAL is read too; mode=ro never writes the file.
        const QByteArray name = QFileInfo(path).absoluteFilePath().toUtf8();
        m_status = sqlite3_open_v2(name.constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        if (m_status == SQLITE_OK)
            sqlite3_busy_timeout(m_db, 5000);
    }
    ~ReadOnlyFile() { sqlite3_close(m_db); }
    ReadOnlyFile(const ReadOnlyFile &) = delete;
    ReadOnlyFile &operator=(const ReadOnlyFile &) = delete;

    bool isOpen() const { return m_status == SQLITE_OK; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    // Every row of sql, its columns as text; false (and error()) when it cannot run.
    bool rows(const char *sql, QList<QStringList> &out)
    {
        out.clear();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return false;
        int status = SQLITE_ROW;
        while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
            QStringList row;
            for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                const auto *text =
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
                row.append(text ? QString::fromUtf8(text) : QString());
            }
            out.append(row);
        }
        sqlite3_finalize(statement);
        return status == SQLITE_DONE;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_status = SQLITE_ERROR;
};

class Findings
{
public:
    explicit Findings(QStringList &list)
        : m_list(list)
    {}
    void add(const QString &finding)
    {
        if (m_list.size() < StoreCheck::maxFindings)
            m_list.append(finding);
        else if (m_list.size() == StoreCheck::maxFindings)
            m_list.append(Tr::tr("More problems were found; only the first %1 are listed.")
                              .arg(StoreCheck::maxFindings));
    }
    bool any() const { return !m_list.isEmpty(); }

private:
    QStringList &m_list;
};

void checkIntegrity(ReadOnlyFile &file, Findings &findings)
{
    QList<QStringList> rows;
    if (!file.rows("PRAGMA integrity_check", rows)) {
        findings.add(Tr::tr("SQLite cannot read the file: %1").arg(file.error()));
        return;
    }
    for (const QStringList &row : std::as_const(rows)) {
        if (row.value(0) != u"ok"_s)
            findings.add(Tr::tr("SQLite integrity check: %1").arg(row.value(0)));
    }
}

void checkSchema(ReadOnlyFile &file, Findings &findings, StoreCheck::Report &report)
{
    QList<QStringList> rows;
    if (!file.rows("SELECT MAX(version) FROM schema_version", rows)) {
        findings.add(Tr::tr("The file is not a Shopdesk store: %1").arg(file.error()));
        return;
    }
    report.schemaVersion = rows.value(0).value(0).toInt();
    if (report.schemaVersion > Migrations::latestVersion()) {
        findings.add(Tr::tr("The store has schema version %1; this program knows only up to %2. "
                            "Use a newer Shopdesk.")
                         .arg(report.schemaVersion)
                         .arg(Migrations::latestVersion()));
    }
}

void checkStock(ReadOnlyFile &file, Findings &findings)
{
    QList<QStringList> rows;
    // on_hand is the sum of the ledger, per product and per location.
    if (!file.rows("SELECT s.sku, s.on_hand, COALESCE((SELECT SUM(m.quantity) FROM movements m "
                   "WHERE m.sku = s.sku), 0) AS ledger FROM stock s "
                   "WHERE s.on_hand <> COALESCE((SELECT SUM(m.quantity) FROM movements m "
                   "WHERE m.sku = s.sku), 0) ORDER BY s.sku",
                   rows)) {
        findings.add(Tr::tr("The stock totals cannot be read: %1").arg(file.error()));
        return;
    }
    for (const QStringList &row : std::as_const(rows)) {
        findings.add(Tr::tr("Product %1 has %2 units on hand, but its ledger movements sum to %3.")
                         .arg(row.value(0), row.value(1), row.value(2)));
    }
    if (!file.rows("SELECT l.sku, l.location, l.on_hand, COALESCE((SELECT SUM(m.quantity) "
                   "FROM movements m WHERE m.sku = l.sku AND m.location = l.location), 0) "
                   "FROM stock_locations l WHERE l.on_hand <> COALESCE((SELECT SUM(m.quantity) "
                   "FROM movements m WHERE m.sku = l.sku AND m.location = l.location), 0) "
                   "ORDER BY l.sku, l.location",
                   rows)) {
        findings.add(Tr::tr("The stock per location cannot be read: %1").arg(file.error()));
        return;
    }
    for (const QStringList &row : std::as_const(rows)) {
        findings.add(Tr::tr("Product %1 has %2 units at %3, but its movements there sum to %4.")
                         .arg(row.value(0), row.value(2), row.value(1), row.value(3)));
    }
    // reserved is what the open orders (reserved or paid) hold.
    if (!file.rows("SELECT s.sku, s.reserved, COALESCE((SELECT SUM(ol.quantity) FROM order_lines "
                   "ol JOIN orders o ON o.id = ol.order_id WHERE ol.sku = s.sku AND o.status IN "
                   "('reserved', 'paid')), 0) FROM stock s WHERE s.reserved <> COALESCE((SELECT "
                   "SUM(ol.quantity) FROM order_lines ol JOIN orders o ON o.id = ol.order_id "
                   "WHERE ol.sku = s.sku AND o.status IN ('reserved', 'paid')), 0) ORDER BY s.sku",
                   rows)) {
        findings.add(Tr::tr("The reservations cannot be read: %1").arg(file.error()));
        return;
    }
    for (const QStringList &row : std::as_const(rows)) {
        findings.add(Tr::tr("Product %1 has %2 units reserved, but its open orders hold %3.")
                         .arg(row.value(0), row.value(1), row.value(2)));
    }
}

void checkChangeLog(ReadOnlyFile &file, Findings &findings, StoreCheck::Report &report)
{
    QList<QStringList> rows;
    if (!file.rows("SELECT (SELECT last_seq FROM change_counter WHERE id = 1), "
                   "(SELECT MIN(seq) FROM changes), (SELECT MAX(seq) FROM changes), "
                   "(SELECT COUNT(*) FROM changes)",
                   rows)) {
        findings.add(Tr::tr("The change log cannot be read: %1").arg(file.error()));
        return;
    }
    const QStringList row = rows.value(0);
    report.lastSeq = row.value(0).toLongLong();
    if (row.value(3).toLongLong() == 0) {
        if (report.lastSeq != 0)
            findings.add(Tr::tr("The change log is empty, but its counter stands at %1.")
                             .arg(report.lastSeq));
        return;
    }
    const qint64 first = row.value(1).toLongLong();
    const qint64 last = row.value(2).toLongLong();
    const qint64 count = row.value(3).toLongLong();
    if (last != report.lastSeq) {
        findings.add(Tr::tr("The change log ends at %1, but its counter stands at %2.")
                         .arg(last)
                         .arg(report.lastSeq));
    }
    if (count != last - first + 1) {
        findings.add(Tr::tr("The change log from %1 to %2 misses %3 records.")
                         .arg(first)
                         .arg(last)
                         .arg(last - first + 1 - count));
    }
}

} // namespace

Result<StoreCheck::Report> StoreCheck::run(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        return Result<Report>::failure(u"no_such_store"_s,
                                       Tr::tr("There is no store file %1.").arg(path));
    }
    Report report;
    Findings findings(report.findings);
    ReadOnlyFile file(path);
    if (!file.isOpen()) {
        findings.add(Tr::tr("SQLite cannot open the file: %1").arg(file.error()));
        return report;
    }
    checkIntegrity(file, findings);
    if (findings.any())
        return report; // the tables below cannot be trusted
    checkSchema(file, findings, report);
    if (findings.any())
        return report;
    checkStock(file, findings);
    checkChangeLog(file, findings, report);
    QList<QStringList> rows;
    if (file.rows("SELECT COUNT(*) FROM orders", rows))
        report.orders = rows.value(0).value(0).toLongLong();
    return report;
}

} // namespace shopdesk::storage
