#include "storage/migrations.h"

#include "domain/tr.h"
#include "storage/warehousestore.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

// Step N brings the schema from version N-1 to N. Append new steps; never edit old ones.
const QList<QStringList> &steps()
{
    static const QList<QStringList> list = {
        {
            u"CREATE TABLE users (id %ID%, username TEXT NOT NULL UNIQUE, "
            "password_hash TEXT NOT NULL, role TEXT NOT NULL, created_at BIGINT NOT NULL)"_s,
            u"CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, "
            "user_id BIGINT NOT NULL REFERENCES users(id), created_at BIGINT NOT NULL, "
            "expires_at BIGINT NOT NULL)"_s,
            u"CREATE INDEX sessions_expiry ON sessions(expires_at)"_s,
            u"CREATE TABLE products (sku TEXT PRIMARY KEY, name TEXT NOT NULL, "
            "price_minor BIGINT NOT NULL, currency TEXT NOT NULL, category TEXT NOT NULL, "
            "barcode TEXT NOT NULL, description TEXT NOT NULL, created_at BIGINT NOT NULL, "
            "updated_at BIGINT NOT NULL)"_s,
            u"CREATE INDEX products_name ON products(name)"_s,
            // Totals per SKU, kept in step with the ledger in the same transaction; the checks
            // make an oversell impossible even if a code path forgot to look.
            u"CREATE TABLE stock (sku TEXT PRIMARY KEY REFERENCES products(sku), "
            "on_hand BIGINT NOT NULL, reserved BIGINT NOT NULL, "
            "CHECK (reserved >= 0), CHECK (on_hand - reserved >= 0))"_s,
            u"CREATE TABLE stock_locations (sku TEXT NOT NULL REFERENCES products(sku), "
            "location TEXT NOT NULL, on_hand BIGINT NOT NULL, PRIMARY KEY (sku, location), "
            "CHECK (on_hand >= 0))"_s,
            u"CREATE TABLE movements (id %ID%, sku TEXT NOT NULL REFERENCES products(sku), "
            "kind TEXT NOT NULL, quantity BIGINT NOT NULL, location TEXT NOT NULL, "
            "reason TEXT NOT NULL, order_id BIGINT, user_name TEXT NOT NULL, "
            "at BIGINT NOT NULL)"_s,
            u"CREATE INDEX movements_sku ON movements(sku, id)"_s,
            u"CREATE INDEX movements_at ON movements(at)"_s,
            u"CREATE TABLE customers (id %ID%, name TEXT NOT NULL, email TEXT NOT NULL, "
            "phone TEXT NOT NULL, address TEXT NOT NULL, created_at BIGINT NOT NULL, "
            "updated_at BIGINT NOT NULL)"_s,
            u"CREATE INDEX customers_email ON customers(email)"_s,
            u"CREATE TABLE orders (id %ID%, customer_id BIGINT NOT NULL REFERENCES customers(id), "
            "channel TEXT NOT NULL, payment_method TEXT NOT NULL, status TEXT NOT NULL, "
            "total_minor BIGINT NOT NULL, currency TEXT NOT NULL, "
            "reservation_expires_at BIGINT, notes TEXT NOT NULL, "
            "payment_reference TEXT NOT NULL, carrier TEXT NOT NULL, tracking TEXT NOT NULL, "
            "created_by TEXT NOT NULL, created_by_id BIGINT NOT NULL, "
            "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"_s,
            u"CREATE INDEX orders_status_expiry ON orders(status, reservation_expires_at)"_s,
            u"CREATE INDEX orders_updated ON orders(updated_at)"_s,
            u"CREATE INDEX orders_customer ON orders(customer_id)"_s,
            u"CREATE TABLE order_lines (order_id BIGINT NOT NULL REFERENCES orders(id), "
            "line_no INTEGER NOT NULL, sku TEXT NOT NULL, name TEXT NOT NULL, "
            "quantity BIGINT NOT NULL, unit_price_minor BIGINT NOT NULL, "
            "PRIMARY KEY (order_id, line_no))"_s,
            u"CREATE INDEX order_lines_sku ON order_lines(sku)"_s,
            u"CREATE TABLE order_history (id %ID%, order_id BIGINT NOT NULL REFERENCES orders(id), "
            "status TEXT NOT NULL, at BIGINT NOT NULL, user_name TEXT NOT NULL)"_s,
            u"CREATE INDEX order_history_order ON order_history(order_id, id)"_s,
            u"CREATE TABLE changes (seq BIGINT PRIMARY KEY, entity TEXT NOT NULL, "
            "entity_id TEXT NOT NULL, op TEXT NOT NULL, data TEXT NOT NULL, "
            "at BIGINT NOT NULL, user_name TEXT NOT NULL)"_s,
            // One row, updated by every writing transaction: its row lock is held to commit,
            // so sequence numbers are handed out in commit order even across servers.
            u"CREATE TABLE change_counter (id INTEGER PRIMARY KEY, last_seq BIGINT NOT NULL)"_s,
            u"INSERT INTO change_counter (id, last_seq) VALUES (1, 0)"_s,
            u"CREATE TABLE idempotency (user_id BIGINT NOT NULL, idem_key TEXT NOT NULL, "
            "fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL, "
            "created_at BIGINT NOT NULL, PRIMARY KEY (user_id, idem_key))"_s,
            u"CREATE INDEX idempotency_created ON idempotency(created_at)"_s,
        },
        {
            // The language a customer is written to in (BCP 47 code such as "de" or "pt-BR").
            u"ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT 'en'"_s,
            // The likely-duplicate check of a new customer: same e-mail in any case, same
            // phone number however it is spaced (the expression of ShopStore's check).
            u"CREATE INDEX customers_email_lower ON customers (lower(email))"_s,
            u"CREATE INDEX customers_phone_digits ON customers ((replace(replace(replace("
            "replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), "
            "'/', '')))"_s,
            // The mail outbox (MailOutbox), made here under the migration lock so that
            // servers starting together on one database do not race to create it.
            u"CREATE TABLE IF NOT EXISTS mail_outbox (id %ID%, kind VARCHAR(64) NOT NULL, "
            "reference VARCHAR(200) NOT NULL, message_id VARCHAR(255) NOT NULL, "
            "envelope_from VARCHAR(320) NOT NULL, recipients TEXT NOT NULL, "
            "subject TEXT NOT NULL, message TEXT NOT NULL, status VARCHAR(16) NOT NULL, "
            "attempts INTEGER NOT NULL, last_error TEXT NOT NULL, created_at BIGINT NOT NULL, "
            "next_attempt_at BIGINT NOT NULL, sent_at BIGINT)"_s,
            u"CREATE INDEX IF NOT EXISTS mail_outbox_due ON mail_outbox (status, "
            "next_attempt_at)"_s,
            u"CREATE INDEX IF NOT EXISTS mail_outbox_reference ON mail_outbox (kind, reference)"_s,
        },
        WarehouseStore::schemaStep(),
        {
            // Product content: the working draft (every saved version kept, for conflict
            // views), its workflow state, the published revisions, and images by hash.
            u"CREATE TABLE content (sku TEXT PRIMARY KEY REFERENCES products(sku), "
            "version BIGINT NOT NULL, state TEXT NOT NULL, slug TEXT NOT NULL UNIQUE, "
            "publish_at BIGINT, published_revision BIGINT NOT NULL, "
            "updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL)"_s,
            u"CREATE INDEX content_schedule ON content(state, publish_at)"_s,
            u"CREATE TABLE content_drafts (sku TEXT NOT NULL REFERENCES products(sku), "
            "version BIGINT NOT NULL, data TEXT NOT NULL, saved_at BIGINT NOT NULL, "
            "saved_by TEXT NOT NULL, PRIMARY KEY (sku, version))"_s,
            u"CREATE TABLE content_revisions (sku TEXT NOT NULL REFERENCES products(sku), "
            "revision BIGINT NOT NULL, data TEXT NOT NULL, published_at BIGINT NOT NULL, "
            "published_by TEXT NOT NULL, source TEXT NOT NULL, PRIMARY KEY (sku, revision))"_s,
            u"CREATE TABLE content_image_data (hash TEXT PRIMARY KEY, mime TEXT NOT NULL, "
            "width INTEGER NOT NULL, height INTEGER NOT NULL, size BIGINT NOT NULL, "
            "data TEXT NOT NULL)"_s,
            u"CREATE TABLE content_images (sku TEXT NOT NULL REFERENCES products(sku), "
            "hash TEXT NOT NULL REFERENCES content_image_data(hash), position INTEGER NOT NULL, "
            "added_at BIGINT NOT NULL, PRIMARY KEY (sku, hash))"_s,
        },
        {
            // Placement per page ("home" or "category:<path>"): the saved draft of its
            // featured slots and product order, and what a manager last published of it.
            u"CREATE TABLE content_placements (page TEXT PRIMARY KEY, version BIGINT NOT NULL, "
            "data TEXT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL, "
            "published_version BIGINT NOT NULL, published_revision BIGINT NOT NULL, "
            "published_data TEXT, published_at BIGINT, published_by TEXT)"_s,
        },
    };
    return list;
}

} // namespace

int Migrations::latestVersion()
{
    return int(steps().size());
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
        for (const QString &statement : steps().at(version - 1)) {
            if (auto ok = db.exec(dialect.schema(statement)); !ok)
                return fail(ok.error());
        }
        if (auto ok = db.exec(u"INSERT INTO schema_version (version) VALUES (?)"_s, {version});
            !ok) {
            return fail(ok.error());
        }
    }
    if (auto ok = db.exec(u"COMMIT"_s); !ok)
        return fail(ok.error());
    return latestVersion();
}

} // namespace shopdesk::storage
