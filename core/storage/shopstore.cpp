#include "storage/shopstore.h"

#include "domain/tr.h"
#include "storage/warehousestore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

QJsonObject money(qint64 amount, const QString &currency)
{
    return QJsonObject{{u"amount_minor"_s, amount}, {u"currency"_s, currency}};
}

QString likePattern(const QString &query)
{
    QString escaped = query.toLower();
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

Error notFound(const QString &what)
{
    return Error{u"not_found"_s, what, {}};
}

Error insufficient(const QString &sku, qint64 requested, qint64 available)
{
    return Error{
        u"insufficient_stock"_s,
        Tr::tr("Only %1 of %2 available; %3 asked for.").arg(available).arg(sku).arg(requested),
        QJsonObject{{u"sku"_s, sku}, {u"requested"_s, requested}, {u"available"_s, available}}};
}

QJsonObject page(const QJsonArray &items, const QJsonValue &next)
{
    return QJsonObject{{u"items"_s, items}, {u"next"_s, next}};
}

} // namespace

ShopStore::ShopStore(Database &db, QString currency)
    : m_db(db)
    , m_currency(std::move(currency))
{}

QJsonValue ShopStore::isoTimeOrNull(const QVariant &msecs)
{
    if (msecs.isNull())
        return QJsonValue(QJsonValue::Null);
    return isoTime(msecs.toLongLong());
}

QString ShopStore::isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

qint64 ShopStore::nowMsecs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// ---------------------------------------------------------------- users and sessions

Result<qint64> ShopStore::userCount()
{
    auto count = m_db.scalar(u"SELECT COUNT(*) FROM users"_s, {}, 0);
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

Result<ShopStore::UserRecord> ShopStore::userByName(const QString &username)
{
    auto q = m_db.fetch(u"SELECT id, username, password_hash, role FROM users WHERE username = ?"_s,
                        {username});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(Tr::tr("There is no user %1.").arg(username));
    return UserRecord{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                      q.value().value(2).toString(), q.value().value(3).toString()};
}

Result<Actor> ShopStore::actorForToken(const QString &tokenHash, qint64 now, qint64 *expiresAt)
{
    auto q =
        m_db.fetch(u"SELECT u.id, u.username, u.role, s.expires_at FROM sessions s "
                   "JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?"_s,
                   {tokenHash, now});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(Tr::tr("The session does not exist or has expired."));
    if (expiresAt)
        *expiresAt = q.value().value(3).toLongLong();
    return Actor{q.value().value(0).toLongLong(), q.value().value(1).toString(),
                 q.value().value(2).toString()};
}

Result<QJsonObject> ShopStore::createUser(const Actor &actor, const QString &username,
                                          const QString &passwordHash, const QString &role)
{
    auto exists = m_db.scalar(u"SELECT COUNT(*) FROM users WHERE username = ?"_s, {username}, 0);
    if (!exists)
        return exists.error();
    if (exists.value().toLongLong() > 0) {
        return Error{u"username_exists"_s, Tr::tr("The user name %1 is taken.").arg(username),
                     QJsonObject{{u"username"_s, username}}};
    }
    const qint64 now = this->now();
    auto id = m_db.scalar(u"INSERT INTO users (username, password_hash, role, created_at) "
                          "VALUES (?, ?, ?, ?) RETURNING id"_s,
                          {username, passwordHash, role, now});
    if (!id)
        return id.error();
    const QJsonObject user{{u"id"_s, id.value().toLongLong()},
                           {u"username"_s, username},
                           {u"role"_s, role},
                           {u"created_at"_s, isoTime(now)}};
    if (auto ok = appendChange(actor, u"user"_s, id.value().toString(), u"create"_s, user); !ok)
        return ok.error();
    return user;
}

Result<QJsonArray> ShopStore::listUsers()
{
    auto q = m_db.fetch(u"SELECT id, username, role, created_at FROM users ORDER BY id"_s);
    if (!q)
        return q.error();
    QJsonArray users;
    while (q.value().next()) {
        users.append(QJsonObject{{u"id"_s, q.value().value(0).toLongLong()},
                                 {u"username"_s, q.value().value(1).toString()},
                                 {u"role"_s, q.value().value(2).toString()},
                                 {u"created_at"_s, isoTime(q.value().value(3).toLongLong())}});
    }
    return users;
}

Result<void> ShopStore::createSession(const QString &tokenHash, qint64 userId, qint64 now,
                                      qint64 expiresAt)
{
    return m_db.exec(u"INSERT INTO sessions (token_hash, user_id, created_at, expires_at) "
                     "VALUES (?, ?, ?, ?)"_s,
                     {tokenHash, userId, now, expiresAt});
}

Result<void> ShopStore::deleteSession(const QString &tokenHash)
{
    return m_db.exec(u"DELETE FROM sessions WHERE token_hash = ?"_s, {tokenHash});
}

// ---------------------------------------------------------------- products and stock

Result<QJsonObject> ShopStore::stock(const QString &sku)
{
    auto q = m_db.fetch(u"SELECT on_hand, reserved FROM stock WHERE sku = ?"_s, {sku});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(Tr::tr("There is no product %1.").arg(sku));
    const qint64 onHand = q.value().value(0).toLongLong();
    const qint64 reserved = q.value().value(1).toLongLong();
    auto l = m_db.fetch(u"SELECT location, on_hand FROM stock_locations WHERE sku = ? "
                        "AND on_hand <> 0 ORDER BY location"_s,
                        {sku});
    if (!l)
        return l.error();
    QJsonArray locations;
    while (l.value().next()) {
        locations.append(QJsonObject{{u"location"_s, l.value().value(0).toString()},
                                     {u"on_hand"_s, l.value().value(1).toLongLong()}});
    }
    return QJsonObject{{u"sku"_s, sku},
                       {u"on_hand"_s, onHand},
                       {u"reserved"_s, reserved},
                       {u"available"_s, onHand - reserved},
                       {u"locations"_s, locations}};
}

Result<QJsonObject> ShopStore::stockLocked(const QString &sku)
{
    auto q = m_db.fetch(
        u"SELECT on_hand, reserved FROM stock WHERE sku = ?"_s + m_db.dialect().forUpdate(), {sku});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(sku);
    const qint64 onHand = q.value().value(0).toLongLong();
    const qint64 reserved = q.value().value(1).toLongLong();
    return QJsonObject{
        {u"on_hand"_s, onHand}, {u"reserved"_s, reserved}, {u"available"_s, onHand - reserved}};
}

static QJsonObject productFromRow(const SqlRows &q, const QJsonObject &stock)
{
    return QJsonObject{{u"sku"_s, q.value(0).toString()},
                       {u"name"_s, q.value(1).toString()},
                       {u"price"_s, money(q.value(2).toLongLong(), q.value(3).toString())},
                       {u"category"_s, q.value(4).toString()},
                       {u"barcode"_s, q.value(5).toString()},
                       {u"description"_s, q.value(6).toString()},
                       {u"created_at"_s, ShopStore::isoTime(q.value(7).toLongLong())},
                       {u"updated_at"_s, ShopStore::isoTime(q.value(8).toLongLong())},
                       {u"stock"_s, stock}};
}

Result<QJsonObject> ShopStore::product(const QString &sku)
{
    auto q = m_db.fetch(u"SELECT sku, name, price_minor, currency, category, barcode, description, "
                        "created_at, updated_at FROM products WHERE sku = ?"_s,
                        {sku});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(Tr::tr("There is no product %1.").arg(sku));
    auto s = stock(sku);
    if (!s)
        return s.error();
    return productFromRow(q.value(), s.value());
}

Result<QJsonObject> ShopStore::listProducts(const QString &query, int limit, const QString &after)
{
    QString sql = u"SELECT p.sku, p.name, p.price_minor, p.currency, p.category, p.barcode, "
                  "p.description, p.created_at, p.updated_at, s.on_hand, s.reserved "
                  "FROM products p JOIN stock s ON s.sku = p.sku WHERE p.sku > ?"_s;
    QVariantList values{after};
    if (!query.isEmpty()) {
        sql += u" AND (lower(p.sku) LIKE ? ESCAPE '\\' OR lower(p.name) LIKE ? ESCAPE '\\' "
               "OR p.barcode = ?)"_s;
        const QString pattern = likePattern(query);
        values << pattern << pattern << query;
    }
    sql += u" ORDER BY p.sku LIMIT ?"_s;
    values << limit + 1;
    auto q = m_db.fetch(sql, values);
    if (!q)
        return q.error();
    QJsonArray items;
    QJsonValue next(QJsonValue::Null);
    while (q.value().next()) {
        if (items.size() == limit) {
            next = items.last().toObject().value(u"sku"_s);
            break;
        }
        const QString sku = q.value().value(0).toString();
        const qint64 onHand = q.value().value(9).toLongLong();
        const qint64 reserved = q.value().value(10).toLongLong();
        items.append(productFromRow(q.value(), QJsonObject{{u"sku"_s, sku},
                                                           {u"on_hand"_s, onHand},
                                                           {u"reserved"_s, reserved},
                                                           {u"available"_s, onHand - reserved}}));
    }
    return page(items, next);
}

Result<QJsonObject> ShopStore::createProduct(const Actor &actor, const QJsonObject &fields)
{
    const QString sku = fields.value(u"sku"_s).toString();
    auto exists = m_db.scalar(u"SELECT COUNT(*) FROM products WHERE sku = ?"_s, {sku}, 0);
    if (!exists)
        return exists.error();
    if (exists.value().toLongLong() > 0) {
        return Error{u"sku_exists"_s, Tr::tr("A product with SKU %1 exists already.").arg(sku),
                     QJsonObject{{u"sku"_s, sku}}};
    }
    const QJsonObject price = fields.value(u"price"_s).toObject();
    const qint64 now = this->now();
    if (auto ok = m_db.exec(
            u"INSERT INTO products (sku, name, price_minor, currency, category, barcode, "
            "description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {sku, fields.value(u"name"_s).toString(),
             qint64(price.value(u"amount_minor"_s).toDouble()),
             price.value(u"currency"_s).toString(), fields.value(u"category"_s).toString(),
             fields.value(u"barcode"_s).toString(), fields.value(u"description"_s).toString(), now,
             now});
        !ok) {
        return ok.error();
    }
    if (auto ok =
            m_db.exec(u"INSERT INTO stock (sku, on_hand, reserved) VALUES (?, 0, 0)"_s, {sku});
        !ok) {
        return ok.error();
    }
    auto created = product(sku);
    if (!created)
        return created;
    if (auto ok = appendChange(actor, u"product"_s, sku, u"create"_s, created.value()); !ok)
        return ok.error();
    return created;
}

Result<QJsonObject> ShopStore::updateProduct(const Actor &actor, const QString &sku,
                                             const QJsonObject &fields)
{
    auto current = product(sku);
    if (!current)
        return current;
    QJsonObject merged = current.value();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    const QJsonObject price = merged.value(u"price"_s).toObject();
    const qint64 now = this->now();
    if (auto ok = m_db.exec(
            u"UPDATE products SET name = ?, price_minor = ?, currency = ?, "
            "category = ?, barcode = ?, description = ?, updated_at = ? "
            "WHERE sku = ?"_s,
            {merged.value(u"name"_s).toString(), qint64(price.value(u"amount_minor"_s).toDouble()),
             price.value(u"currency"_s).toString(), merged.value(u"category"_s).toString(),
             merged.value(u"barcode"_s).toString(), merged.value(u"description"_s).toString(), now,
             sku});
        !ok) {
        return ok.error();
    }
    auto updated = product(sku);
    if (!updated)
        return updated;
    if (auto ok = appendChange(actor, u"product"_s, sku, u"update"_s, updated.value()); !ok)
        return ok.error();
    return updated;
}

Result<void> ShopStore::changeStock(const QString &sku, const QString &location, qint64 onHandDelta,
                                    qint64 reservedDelta)
{
    if (auto ok = m_db.exec(u"UPDATE stock SET on_hand = on_hand + ?, reserved = reserved + ? "
                            "WHERE sku = ?"_s,
                            {onHandDelta, reservedDelta, sku});
        !ok) {
        return ok;
    }
    if (onHandDelta == 0)
        return {};
    if (onHandDelta < 0) {
        // Taking units out of a location that holds them (the caller checked): an update,
        // since a negative insert row would trip the CHECK before any conflict handling.
        auto q = m_db.fetch(u"UPDATE stock_locations SET on_hand = on_hand + ? "
                            "WHERE sku = ? AND location = ?"_s,
                            {onHandDelta, sku, location});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() != 1) {
            return Error{u"insufficient_stock"_s,
                         Tr::tr("Location %1 holds no %2.").arg(location, sku),
                         QJsonObject{{u"sku"_s, sku}, {u"location"_s, location}}};
        }
        return {};
    }
    return m_db.exec(u"INSERT INTO stock_locations (sku, location, on_hand) VALUES (?, ?, ?) "
                     "ON CONFLICT (sku, location) DO UPDATE SET "
                     "on_hand = stock_locations.on_hand + excluded.on_hand"_s,
                     {sku, location, onHandDelta});
}

// ---------------------------------------------------------------- ledger

Result<qint64> ShopStore::insertMovement(const Actor &actor, const QString &sku,
                                         const QString &kind, qint64 quantity,
                                         const QString &location, const QString &reason,
                                         qint64 orderId, qint64 at)
{
    auto id =
        m_db.scalar(u"INSERT INTO movements (sku, kind, quantity, location, reason, "
                    "order_id, user_name, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {sku, kind, quantity, location, reason,
                     orderId > 0 ? QVariant(orderId) : QVariant(QMetaType(QMetaType::LongLong)),
                     actor.username, at});
    if (!id)
        return id.error();
    if (auto ok = changeStock(sku, location, quantity, 0); !ok)
        return ok.error();
    auto row = movement(id.value().toLongLong());
    if (!row)
        return row.error();
    if (auto ok =
            appendChange(actor, u"movement"_s, id.value().toString(), u"create"_s, row.value());
        !ok) {
        return ok.error();
    }
    return id.value().toLongLong();
}

static QJsonObject movementFromRow(const SqlRows &q)
{
    const QVariant orderId = q.value(6);
    return QJsonObject{{u"id"_s, q.value(0).toLongLong()},
                       {u"sku"_s, q.value(1).toString()},
                       {u"kind"_s, q.value(2).toString()},
                       {u"quantity"_s, q.value(3).toLongLong()},
                       {u"location"_s, q.value(4).toString()},
                       {u"reason"_s, q.value(5).toString()},
                       {u"order_id"_s, orderId.isNull() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(orderId.toLongLong())},
                       {u"user"_s, q.value(7).toString()},
                       {u"at"_s, ShopStore::isoTime(q.value(8).toLongLong())}};
}

Result<QJsonObject> ShopStore::movement(qint64 id)
{
    auto q =
        m_db.fetch(u"SELECT id, sku, kind, quantity, location, reason, order_id, user_name, at "
                   "FROM movements WHERE id = ?"_s,
                   {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(Tr::tr("There is no movement %1.").arg(id));
    return movementFromRow(q.value());
}

Result<QJsonObject> ShopStore::addMovement(const Actor &actor, const MovementInput &input)
{
    auto current = stockLocked(input.sku);
    if (!current) {
        if (current.error().code == u"not_found"_s) {
            return Error{u"unknown_sku"_s, Tr::tr("There is no product %1.").arg(input.sku),
                         QJsonObject{{u"sku"_s, input.sku}}};
        }
        return current.error();
    }
    const qint64 available = current.value().value(u"available"_s).toInteger();
    const qint64 now = this->now();
    auto locationOnHand = [&](const QString &location) -> Result<qint64> {
        auto v =
            m_db.scalar(u"SELECT on_hand FROM stock_locations WHERE sku = ? AND location = ?"_s,
                        {input.sku, location}, 0);
        if (!v)
            return v.error();
        return v.value().toLongLong();
    };
    QJsonArray rows;
    if (input.kind == u"transfer"_s) {
        auto from = locationOnHand(input.fromLocation);
        if (!from)
            return from.error();
        if (from.value() < input.quantity) {
            Error e = insufficient(input.sku, input.quantity, from.value());
            e.details.insert(u"location"_s, input.fromLocation);
            return e;
        }
        const QString reason = input.reason;
        auto out = insertMovement(actor, input.sku, u"transfer"_s, -input.quantity,
                                  input.fromLocation, reason, 0, now);
        if (!out)
            return out.error();
        auto in = insertMovement(actor, input.sku, u"transfer"_s, input.quantity, input.toLocation,
                                 reason, 0, now);
        if (!in)
            return in.error();
        for (qint64 id : {out.value(), in.value()}) {
            auto row = movement(id);
            if (!row)
                return row.error();
            rows.append(row.value());
        }
    } else {
        if (input.quantity < 0) {
            if (available + input.quantity < 0)
                return insufficient(input.sku, -input.quantity, available);
            auto at = locationOnHand(input.location);
            if (!at)
                return at.error();
            if (at.value() + input.quantity < 0) {
                Error e = insufficient(input.sku, -input.quantity, at.value());
                e.details.insert(u"location"_s, input.location);
                return e;
            }
        }
        auto id = insertMovement(actor, input.sku, input.kind, input.quantity, input.location,
                                 input.reason, 0, now);
        if (!id)
            return id.error();
        auto row = movement(id.value());
        if (!row)
            return row.error();
        rows.append(row.value());
    }
    auto after = stock(input.sku);
    if (!after)
        return after.error();
    if (auto ok = appendChange(actor, u"stock"_s, input.sku, u"update"_s, after.value()); !ok)
        return ok.error();
    return QJsonObject{
        {u"movement"_s, rows.first()}, {u"movements"_s, rows}, {u"stock"_s, after.value()}};
}

Result<QJsonObject> ShopStore::listMovements(const QString &sku, qint64 since, int limit,
                                             qint64 after)
{
    QString sql = u"SELECT id, sku, kind, quantity, location, reason, order_id, user_name, at "
                  "FROM movements WHERE id > ? AND at >= ?"_s;
    QVariantList values{after, since};
    if (!sku.isEmpty()) {
        sql += u" AND sku = ?"_s;
        values << sku;
    }
    sql += u" ORDER BY id LIMIT ?"_s;
    values << limit + 1;
    auto q = m_db.fetch(sql, values);
    if (!q)
        return q.error();
    QJsonArray items;
    QJsonValue next(QJsonValue::Null);
    while (q.value().next()) {
        if (items.size() == limit) {
            next = QString::number(items.last().toObject().value(u"id"_s).toInteger());
            break;
        }
        items.append(movementFromRow(q.value()));
    }
    return page(items, next);
}

// ---------------------------------------------------------------- customers

static const QString customerColumns =
    u"id, name, email, phone, address, created_at, updated_at, language"_s;

static QJsonObject customerFromRow(const SqlRows &q)
{
    return QJsonObject{{u"id"_s, q.value(0).toLongLong()},
                       {u"name"_s, q.value(1).toString()},
                       {u"email"_s, q.value(2).toString()},
                       {u"phone"_s, q.value(3).toString()},
                       {u"address"_s, q.value(4).toString()},
                       {u"language"_s, q.value(7).toString()},
                       {u"created_at"_s, ShopStore::isoTime(q.value(5).toLongLong())},
                       {u"updated_at"_s, ShopStore::isoTime(q.value(6).toLongLong())}};
}

// Phone numbers are compared by their digits and a leading +, so "+49 30 1234-5" and
// "+4930 12345" are the same number.
static QString phoneDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits.append(c);
    }
    return digits;
}

static const QString phoneDigitsSql =
    u"replace(replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), "
    "')', ''), '.', ''), '/', '')"_s;

Result<QJsonObject> ShopStore::customer(qint64 id)
{
    auto q = m_db.fetch(u"SELECT "_s + customerColumns + u" FROM customers WHERE id = ?"_s, {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(Tr::tr("There is no customer %1.").arg(id));
    return customerFromRow(q.value());
}

Result<QJsonObject> ShopStore::listCustomers(const QString &query, int limit, qint64 after)
{
    QString sql = u"SELECT "_s + customerColumns + u" FROM customers WHERE id > ?"_s;
    QVariantList values{after};
    if (!query.isEmpty()) {
        sql += u" AND (lower(name) LIKE ? ESCAPE '\\' OR lower(email) LIKE ? ESCAPE '\\' "
               "OR phone LIKE ? ESCAPE '\\'"_s;
        const QString pattern = likePattern(query);
        values << pattern << pattern << pattern;
        // An order number ("1042" or "#1042") finds the customer of that order.
        QString number = query.trimmed();
        if (number.startsWith(u'#'))
            number = number.mid(1);
        bool isNumber = false;
        const qint64 orderId = number.toLongLong(&isNumber);
        if (isNumber && orderId > 0) {
            sql += u" OR id IN (SELECT customer_id FROM orders WHERE id = ?)"_s;
            values << orderId;
        }
        // A phone number written another way ("030 1234-5" for "030 12345").
        const QString digits = phoneDigits(query);
        if (digits.size() >= 4 && digits.size() * 2 >= query.trimmed().size()) {
            sql += u" OR "_s + phoneDigitsSql + u" LIKE ? ESCAPE '\\'"_s;
            values << likePattern(digits);
        }
        sql += u")"_s;
    }
    sql += u" ORDER BY id LIMIT ?"_s;
    values << limit + 1;
    auto q = m_db.fetch(sql, values);
    if (!q)
        return q.error();
    QJsonArray items;
    QJsonValue next(QJsonValue::Null);
    while (q.value().next()) {
        if (items.size() == limit) {
            next = QString::number(items.last().toObject().value(u"id"_s).toInteger());
            break;
        }
        items.append(customerFromRow(q.value()));
    }
    return page(items, next);
}

Result<std::optional<QJsonObject>> ShopStore::likelyDuplicate(const QString &email,
                                                              const QString &phone, qint64 exceptId)
{
    const QString digits = phoneDigits(phone);
    if (email.trimmed().isEmpty() && digits.size() < 4)
        return std::optional<QJsonObject>();
    QString sql = u"SELECT "_s + customerColumns + u" FROM customers WHERE id <> ? AND ("_s;
    QVariantList values{exceptId};
    QStringList tests;
    if (!email.trimmed().isEmpty()) {
        tests << u"lower(email) = ?"_s;
        values << email.trimmed().toLower();
    }
    if (digits.size() >= 4) {
        tests << phoneDigitsSql + u" = ?"_s;
        values << digits;
    }
    sql += tests.join(u" OR "_s) + u") ORDER BY id LIMIT 1"_s;
    auto q = m_db.fetch(sql, values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(customerFromRow(q.value()));
}

Result<QJsonObject> ShopStore::createCustomer(const Actor &actor, const QJsonObject &fields,
                                              bool allowDuplicate)
{
    if (!allowDuplicate) {
        auto duplicate = likelyDuplicate(fields.value(u"email"_s).toString(),
                                         fields.value(u"phone"_s).toString(), 0);
        if (!duplicate)
            return duplicate.error();
        if (duplicate.value()) {
            const QJsonObject existing = *duplicate.value();
            return Error{u"likely_duplicate"_s,
                         Tr::tr("%1 already has this e-mail address or phone number (customer "
                                "%2). Use that record, or create a second one on purpose.")
                             .arg(existing.value(u"name"_s).toString())
                             .arg(existing.value(u"id"_s).toInteger()),
                         QJsonObject{{u"customer"_s, existing}}};
        }
    }
    const qint64 now = this->now();
    const QString language = fields.value(u"language"_s).toString();
    auto id =
        m_db.scalar(u"INSERT INTO customers (name, email, phone, address, language, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {fields.value(u"name"_s).toString(), fields.value(u"email"_s).toString(),
                     fields.value(u"phone"_s).toString(), fields.value(u"address"_s).toString(),
                     language.isEmpty() ? u"en"_s : language, now, now});
    if (!id)
        return id.error();
    auto created = customer(id.value().toLongLong());
    if (!created)
        return created;
    if (auto ok =
            appendChange(actor, u"customer"_s, id.value().toString(), u"create"_s, created.value());
        !ok) {
        return ok.error();
    }
    return created;
}

Result<QJsonObject> ShopStore::updateCustomer(const Actor &actor, qint64 id,
                                              const QJsonObject &fields)
{
    auto current = customer(id);
    if (!current)
        return current;
    QJsonObject merged = current.value();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    if (auto ok = m_db.exec(
            u"UPDATE customers SET name = ?, email = ?, phone = ?, address = ?, language = ?, "
            "updated_at = ? WHERE id = ?"_s,
            {merged.value(u"name"_s).toString(), merged.value(u"email"_s).toString(),
             merged.value(u"phone"_s).toString(), merged.value(u"address"_s).toString(),
             merged.value(u"language"_s).toString(), now(), id});
        !ok) {
        return ok.error();
    }
    auto updated = customer(id);
    if (!updated)
        return updated;
    if (auto ok =
            appendChange(actor, u"customer"_s, QString::number(id), u"update"_s, updated.value());
        !ok) {
        return ok.error();
    }
    return updated;
}

// ---------------------------------------------------------------- orders

Result<QJsonObject> ShopStore::orderRow(qint64 id, bool lock)
{
    auto q = m_db.fetch(u"SELECT id, customer_id, channel, payment_method, status, total_minor, "
                        "currency, reservation_expires_at, notes, payment_reference, carrier, "
                        "tracking, created_by, created_at, updated_at FROM orders WHERE id = ?"_s +
                            (lock ? m_db.dialect().forUpdate() : QString()),
                        {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return notFound(Tr::tr("There is no order %1.").arg(id));
    const SqlRows &r = q.value();
    return QJsonObject{{u"id"_s, r.value(0).toLongLong()},
                       {u"customer_id"_s, r.value(1).toLongLong()},
                       {u"channel"_s, r.value(2).toString()},
                       {u"payment_method"_s, r.value(3).toString()},
                       {u"status"_s, r.value(4).toString()},
                       {u"total"_s, money(r.value(5).toLongLong(), r.value(6).toString())},
                       {u"reservation_expires_at"_s, isoTimeOrNull(r.value(7))},
                       {u"notes"_s, r.value(8).toString()},
                       {u"payment_reference"_s, r.value(9).toString()},
                       {u"carrier"_s, r.value(10).toString()},
                       {u"tracking"_s, r.value(11).toString()},
                       {u"created_by"_s, r.value(12).toString()},
                       {u"created_at"_s, isoTime(r.value(13).toLongLong())},
                       {u"updated_at"_s, isoTime(r.value(14).toLongLong())}};
}

Result<QJsonObject> ShopStore::order(qint64 id)
{
    auto row = orderRow(id, false);
    if (!row)
        return row;
    QJsonObject order = row.value();
    const QString currency = order.value(u"total"_s).toObject().value(u"currency"_s).toString();
    auto lines = m_db.fetch(u"SELECT sku, name, quantity, unit_price_minor FROM order_lines "
                            "WHERE order_id = ? ORDER BY line_no"_s,
                            {id});
    if (!lines)
        return lines.error();
    QJsonArray lineArray;
    while (lines.value().next()) {
        const qint64 quantity = lines.value().value(2).toLongLong();
        const qint64 unit = lines.value().value(3).toLongLong();
        lineArray.append(QJsonObject{{u"sku"_s, lines.value().value(0).toString()},
                                     {u"name"_s, lines.value().value(1).toString()},
                                     {u"quantity"_s, quantity},
                                     {u"unit_price"_s, money(unit, currency)},
                                     {u"line_total"_s, money(unit * quantity, currency)}});
    }
    order.insert(u"lines"_s, lineArray);
    auto history = m_db.fetch(u"SELECT status, at, user_name FROM order_history WHERE order_id = ? "
                              "ORDER BY id"_s,
                              {id});
    if (!history)
        return history.error();
    QJsonArray historyArray;
    while (history.value().next()) {
        historyArray.append(QJsonObject{{u"status"_s, history.value().value(0).toString()},
                                        {u"at"_s, isoTime(history.value().value(1).toLongLong())},
                                        {u"user"_s, history.value().value(2).toString()}});
    }
    order.insert(u"status_history"_s, historyArray);
    m_links.decorate(order);
    if (auto ok = WarehouseStore::addRiskFlag(m_db, order); !ok)
        return ok.error();
    return order;
}

Result<qint64> ShopStore::orderCreator(qint64 id)
{
    auto v = m_db.scalar(u"SELECT created_by_id FROM orders WHERE id = ?"_s, {id}, -1);
    if (!v)
        return v.error();
    if (v.value().toLongLong() < 0)
        return notFound(Tr::tr("There is no order %1.").arg(id));
    return v.value().toLongLong();
}

Result<QJsonObject> ShopStore::listOrders(const QString &status, qint64 since, int limit,
                                          qint64 after, qint64 onlyCreatedBy)
{
    QString sql = u"SELECT id FROM orders WHERE id > ? AND updated_at >= ?"_s;
    QVariantList values{after, since};
    if (!status.isEmpty()) {
        sql += u" AND status = ?"_s;
        values << status;
    }
    if (onlyCreatedBy > 0) {
        sql += u" AND created_by_id = ?"_s;
        values << onlyCreatedBy;
    }
    sql += u" ORDER BY id LIMIT ?"_s;
    values << limit + 1;
    auto q = m_db.fetch(sql, values);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    QJsonArray items;
    QJsonValue next(QJsonValue::Null);
    for (qint64 id : ids) {
        if (items.size() == limit) {
            next = QString::number(items.last().toObject().value(u"id"_s).toInteger());
            break;
        }
        auto o = order(id);
        if (!o)
            return o.error();
        items.append(o.value());
    }
    return page(items, next);
}

Result<QJsonObject> ShopStore::createOrder(const Actor &actor, const OrderInput &input,
                                           qint64 reservationMsecs)
{
    auto customerExists =
        m_db.scalar(u"SELECT COUNT(*) FROM customers WHERE id = ?"_s, {input.customerId}, 0);
    if (!customerExists)
        return customerExists.error();
    if (customerExists.value().toLongLong() == 0) {
        return Error{u"unknown_customer"_s,
                     Tr::tr("There is no customer %1.").arg(input.customerId),
                     QJsonObject{{u"customer_id"_s, input.customerId}}};
    }
    // Lines of one SKU count together; lock rows in SKU order so two servers on one
    // PostgreSQL database never deadlock.
    std::map<QString, qint64> wanted;
    for (const auto &line : input.lines)
        wanted[line.sku] += line.quantity;
    struct Price
    {
        QString name;
        qint64 unit = 0;
    };
    QHash<QString, Price> prices;
    for (const auto &[sku, quantity] : wanted) {
        auto p =
            m_db.fetch(u"SELECT name, price_minor, currency FROM products WHERE sku = ?"_s, {sku});
        if (!p)
            return p.error();
        if (!p.value().next()) {
            return Error{u"unknown_sku"_s, Tr::tr("There is no product %1.").arg(sku),
                         QJsonObject{{u"sku"_s, sku}}};
        }
        if (p.value().value(2).toString() != m_currency) {
            return Error{u"currency_mismatch"_s,
                         Tr::tr("Product %1 is priced in %2, the shop sells in %3.")
                             .arg(sku, p.value().value(2).toString(), m_currency),
                         QJsonObject{{u"sku"_s, sku}}};
        }
        prices.insert(sku, Price{p.value().value(0).toString(), p.value().value(1).toLongLong()});
    }
    for (const auto &[sku, quantity] : wanted) {
        auto s = stockLocked(sku);
        if (!s)
            return s.error();
        const qint64 available = s.value().value(u"available"_s).toInteger();
        if (available < quantity)
            return insufficient(sku, quantity, available);
    }
    qint64 total = 0;
    for (const auto &line : input.lines) {
        const qint64 unit = prices.value(line.sku).unit;
        if (unit != 0 && (line.quantity > std::numeric_limits<qint64>::max() / qAbs(unit) ||
                          total > std::numeric_limits<qint64>::max() - unit * line.quantity)) {
            return Error{u"amount_too_large"_s, Tr::tr("The order total is too large."), {}};
        }
        total += unit * line.quantity;
    }
    const qint64 now = this->now();
    auto id = m_db.scalar(
        u"INSERT INTO orders (customer_id, channel, payment_method, status, total_minor, "
        "currency, reservation_expires_at, notes, payment_reference, carrier, tracking, "
        "created_by, created_by_id, created_at, updated_at) "
        "VALUES (?, ?, ?, 'reserved', ?, ?, ?, ?, '', '', '', ?, ?, ?, ?) RETURNING id"_s,
        {input.customerId, input.channel, input.paymentMethod, total, m_currency,
         // Cash on delivery is not awaiting payment before shipment: its hold does not lapse.
         input.paymentMethod == u"cash_on_delivery"_s ? QVariant(QMetaType(QMetaType::LongLong))
                                                      : QVariant(now + reservationMsecs),
         input.notes, actor.username, actor.userId, now, now});
    if (!id)
        return id.error();
    const qint64 orderId = id.value().toLongLong();
    int lineNo = 0;
    for (const auto &line : input.lines) {
        const Price price = prices.value(line.sku);
        if (auto ok =
                m_db.exec(u"INSERT INTO order_lines (order_id, line_no, sku, name, "
                          "quantity, unit_price_minor) VALUES (?, ?, ?, ?, ?, ?)"_s,
                          {orderId, ++lineNo, line.sku, price.name, line.quantity, price.unit});
            !ok) {
            return ok.error();
        }
    }
    if (auto ok = m_db.exec(u"INSERT INTO order_history (order_id, status, at, user_name) "
                            "VALUES (?, 'reserved', ?, ?)"_s,
                            {orderId, now, actor.username});
        !ok) {
        return ok.error();
    }
    for (const auto &[sku, quantity] : wanted) {
        if (auto ok = changeStock(sku, QString(), 0, quantity); !ok)
            return ok.error();
        auto s = stock(sku);
        if (!s)
            return s.error();
        if (auto ok = appendChange(actor, u"stock"_s, sku, u"update"_s, s.value()); !ok)
            return ok.error();
    }
    auto created = order(orderId);
    if (!created)
        return created;
    if (auto ok =
            appendChange(actor, u"order"_s, QString::number(orderId), u"create"_s, created.value());
        !ok) {
        return ok.error();
    }
    return created;
}

Result<QJsonObject> ShopStore::setOrderStatus(const Actor &actor, qint64 id, const QString &status,
                                              qint64 at)
{
    if (auto ok = m_db.exec(u"UPDATE orders SET status = ?, updated_at = ? WHERE id = ?"_s,
                            {status, at, id});
        !ok) {
        return ok.error();
    }
    if (auto ok = m_db.exec(u"INSERT INTO order_history (order_id, status, at, user_name) "
                            "VALUES (?, ?, ?, ?)"_s,
                            {id, status, at, actor.username});
        !ok) {
        return ok.error();
    }
    auto updated = order(id);
    if (!updated)
        return updated;
    if (auto ok =
            appendChange(actor, u"order"_s, QString::number(id), u"update"_s, updated.value());
        !ok) {
        return ok.error();
    }
    return updated;
}

Result<QJsonObject> ShopStore::releaseReservation(const Actor &actor, qint64 orderId)
{
    auto lines = m_db.fetch(u"SELECT sku, SUM(quantity) FROM order_lines WHERE order_id = ? "
                            "GROUP BY sku ORDER BY sku"_s,
                            {orderId});
    if (!lines)
        return lines.error();
    QList<std::pair<QString, qint64>> held;
    while (lines.value().next())
        held.append({lines.value().value(0).toString(), lines.value().value(1).toLongLong()});
    for (const auto &[sku, quantity] : held) {
        if (auto ok = changeStock(sku, QString(), 0, -quantity); !ok)
            return ok.error();
        auto s = stock(sku);
        if (!s)
            return s.error();
        if (auto ok = appendChange(actor, u"stock"_s, sku, u"update"_s, s.value()); !ok)
            return ok.error();
    }
    if (auto ok =
            m_db.exec(u"UPDATE orders SET reservation_expires_at = NULL WHERE id = ?"_s, {orderId});
        !ok) {
        return ok.error();
    }
    return QJsonObject{};
}

static Error wrongStatus(qint64 id, const QString &status, const QString &action)
{
    return Error{u"invalid_status"_s,
                 Tr::tr("Order %1 is %2 and cannot be %3.").arg(id).arg(status, action),
                 QJsonObject{{u"status"_s, status}}};
}

Result<QJsonObject> ShopStore::cancelOrder(const Actor &actor, qint64 id)
{
    auto row = orderRow(id, true);
    if (!row)
        return row;
    const QString status = row.value().value(u"status"_s).toString();
    if (status != u"reserved"_s && status != u"paid"_s)
        return wrongStatus(id, status, Tr::tr("cancelled"));
    if (auto ok = releaseReservation(actor, id); !ok)
        return ok;
    return setOrderStatus(actor, id, u"cancelled"_s, now());
}

Result<QJsonObject> ShopStore::payOrder(const Actor &actor, qint64 id, const QString &reference)
{
    auto row = orderRow(id, true);
    if (!row)
        return row;
    const QString status = row.value().value(u"status"_s).toString();
    if (status != u"reserved"_s)
        return wrongStatus(id, status, Tr::tr("paid"));
    // A paid order keeps its reservation until shipment: it no longer expires.
    if (auto ok = m_db.exec(u"UPDATE orders SET payment_reference = ?, "
                            "reservation_expires_at = NULL WHERE id = ?"_s,
                            {reference, id});
        !ok) {
        return ok.error();
    }
    return setOrderStatus(actor, id, u"paid"_s, now());
}

Result<QJsonObject> ShopStore::shipOrder(const Actor &actor, qint64 id, const QString &carrier,
                                         const QString &tracking)
{
    auto row = orderRow(id, true);
    if (!row)
        return row;
    const QString status = row.value().value(u"status"_s).toString();
    const bool cashOnDelivery =
        row.value().value(u"payment_method"_s).toString() == u"cash_on_delivery"_s;
    // Cash on delivery is paid at the door, so it ships straight from "reserved".
    if (status != u"paid"_s && !(status == u"reserved"_s && cashOnDelivery))
        return wrongStatus(id, status, Tr::tr("shipped"));
    auto lines = m_db.fetch(u"SELECT sku, SUM(quantity) FROM order_lines WHERE order_id = ? "
                            "GROUP BY sku ORDER BY sku"_s,
                            {id});
    if (!lines)
        return lines.error();
    QList<std::pair<QString, qint64>> held;
    while (lines.value().next())
        held.append({lines.value().value(0).toString(), lines.value().value(1).toLongLong()});
    const qint64 now = this->now();
    const QString reason = Tr::tr("shipment of order %1").arg(id);
    for (const auto &[sku, quantity] : held) {
        // The reservation becomes a sale: on-hand leaves the locations that hold it
        // (main first), reserved drops by the same count.
        if (auto ok = changeStock(sku, QString(), 0, -quantity); !ok)
            return ok.error();
        auto where = m_db.fetch(u"SELECT location, on_hand FROM stock_locations WHERE sku = ? "
                                "AND on_hand > 0 ORDER BY CASE WHEN location = 'main' THEN 0 "
                                "ELSE 1 END, location"_s,
                                {sku});
        if (!where)
            return where.error();
        QList<std::pair<QString, qint64>> sources;
        while (where.value().next())
            sources.append(
                {where.value().value(0).toString(), where.value().value(1).toLongLong()});
        qint64 left = quantity;
        for (const auto &[location, onHand] : sources) {
            if (left == 0)
                break;
            const qint64 take = qMin(left, onHand);
            auto m = insertMovement(actor, sku, u"sale"_s, -take, location, reason, id, now);
            if (!m)
                return m.error();
            left -= take;
        }
        if (left > 0) // the ledger and the totals disagree: refuse rather than go negative
            return Error{u"ledger_mismatch"_s, Tr::tr("The stock of %1 does not add up.").arg(sku),
                         QJsonObject{{u"sku"_s, sku}}};
        auto s = stock(sku);
        if (!s)
            return s.error();
        if (auto ok = appendChange(actor, u"stock"_s, sku, u"update"_s, s.value()); !ok)
            return ok.error();
    }
    if (auto ok = m_db.exec(u"UPDATE orders SET carrier = ?, tracking = ?, "
                            "reservation_expires_at = NULL WHERE id = ?"_s,
                            {carrier, tracking, id});
        !ok) {
        return ok.error();
    }
    return setOrderStatus(actor, id, u"shipped"_s, now);
}

Result<QJsonObject> ShopStore::deliverOrder(const Actor &actor, qint64 id)
{
    auto row = orderRow(id, true);
    if (!row)
        return row;
    const QString status = row.value().value(u"status"_s).toString();
    if (status != u"shipped"_s)
        return wrongStatus(id, status, Tr::tr("delivered"));
    return setOrderStatus(actor, id, u"delivered"_s, now());
}

Result<QJsonObject> ShopStore::returnOrder(const Actor &actor, qint64 id, const QString &reason,
                                           const QString &location)
{
    auto row = orderRow(id, true);
    if (!row)
        return row;
    const QString status = row.value().value(u"status"_s).toString();
    if (status != u"shipped"_s && status != u"delivered"_s)
        return wrongStatus(id, status, Tr::tr("returned"));
    auto lines = m_db.fetch(u"SELECT sku, SUM(quantity) FROM order_lines WHERE order_id = ? "
                            "GROUP BY sku ORDER BY sku"_s,
                            {id});
    if (!lines)
        return lines.error();
    QList<std::pair<QString, qint64>> back;
    while (lines.value().next())
        back.append({lines.value().value(0).toString(), lines.value().value(1).toLongLong()});
    const qint64 at = now();
    for (const auto &[sku, quantity] : back) {
        auto m = insertMovement(actor, sku, u"return"_s, quantity, location, reason, id, at);
        if (!m)
            return m.error();
        auto s = stock(sku);
        if (!s)
            return s.error();
        if (auto ok = appendChange(actor, u"stock"_s, sku, u"update"_s, s.value()); !ok)
            return ok.error();
    }
    return setOrderStatus(actor, id, u"returned"_s, at);
}

Result<int> ShopStore::expireReservations(qint64 now)
{
    auto due = m_db.fetch(u"SELECT id FROM orders WHERE status = 'reserved' AND "
                          "reservation_expires_at IS NOT NULL AND reservation_expires_at <= ? "
                          "ORDER BY id LIMIT 500"_s,
                          {now});
    if (!due)
        return due.error();
    QList<qint64> ids;
    while (due.value().next())
        ids.append(due.value().value(0).toLongLong());
    const Actor system{0, u"system"_s, u"system"_s};
    for (qint64 id : ids) {
        auto row = orderRow(id, true);
        if (!row)
            return row.error();
        if (row.value().value(u"status"_s).toString() != u"reserved"_s)
            continue; // paid or cancelled by another server meanwhile
        if (auto ok = releaseReservation(system, id); !ok)
            return ok.error();
        if (auto ok = setOrderStatus(system, id, u"expired"_s, now); !ok)
            return ok.error();
    }
    return int(ids.size());
}

// ---------------------------------------------------------------- change log

Result<void> ShopStore::appendChange(const Actor &actor, const QString &entity, const QString &id,
                                     const QString &op, const QJsonObject &data)
{
    ++m_seq;
    return m_db.exec(u"INSERT INTO changes (seq, entity, entity_id, op, data, at, user_name) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {m_seq, entity, id, op,
                      QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)), now(),
                      actor.username});
}

Result<QJsonArray> ShopStore::changes(qint64 since, int limit)
{
    auto q = m_db.fetch(u"SELECT seq, entity, entity_id, op, data, at, user_name FROM changes "
                        "WHERE seq > ? ORDER BY seq LIMIT ?"_s,
                        {since, limit});
    if (!q)
        return q.error();
    QJsonArray list;
    while (q.value().next())
        list.append(changeFromRow(q.value()));
    return list;
}

QJsonObject ShopStore::changeFromRow(const SqlRows &r)
{
    return QJsonObject{
        {u"seq"_s, r.value(0).toLongLong()},
        {u"entity"_s, r.value(1).toString()},
        {u"id"_s, r.value(2).toString()},
        {u"op"_s, r.value(3).toString()},
        {u"data"_s, QJsonDocument::fromJson(r.value(4).toString().toUtf8()).object()},
        {u"at"_s, isoTime(r.value(5).toLongLong())},
        {u"user"_s, r.value(6).toString()}};
}

Result<qint64> ShopStore::lastSeq()
{
    auto v = m_db.scalar(u"SELECT last_seq FROM change_counter WHERE id = 1"_s, {}, 0);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

// ---------------------------------------------------------------- idempotency

Result<std::optional<ShopStore::StoredResponse>> ShopStore::storedResponse(qint64 userId,
                                                                           const QString &key)
{
    auto q = m_db.fetch(u"SELECT fingerprint, status, body FROM idempotency "
                        "WHERE user_id = ? AND idem_key = ?"_s,
                        {userId, key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<StoredResponse>();
    return std::optional<StoredResponse>(StoredResponse{q.value().value(0).toString(),
                                                        q.value().value(1).toInt(),
                                                        q.value().value(2).toString().toUtf8()});
}

Result<void> ShopStore::storeResponse(qint64 userId, const QString &key, const QString &fingerprint,
                                      int status, const QByteArray &body)
{
    return m_db.exec(u"INSERT INTO idempotency (user_id, idem_key, fingerprint, status, body, "
                     "created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {userId, key, fingerprint, status, QString::fromUtf8(body), now()});
}

Result<void> ShopStore::purge(qint64 now, qint64 keepMsecs)
{
    if (auto ok = m_db.exec(u"DELETE FROM idempotency WHERE created_at < ?"_s, {now - keepMsecs});
        !ok) {
        return ok;
    }
    return m_db.exec(u"DELETE FROM sessions WHERE expires_at < ?"_s, {now});
}

// ---------------------------------------------------------------- batches

Result<void> ShopStore::beginBatch()
{
    if (auto ok = m_db.exec(m_db.dialect().beginWrite()); !ok)
        return ok;
    // Taking the counter row first serialises writers across servers until commit, which is
    // what keeps sequence numbers in commit order.
    auto seq = m_db.scalar(
        u"SELECT last_seq FROM change_counter WHERE id = 1"_s + m_db.dialect().forUpdate(), {}, 0);
    if (!seq) {
        rollbackBatch();
        return seq.error();
    }
    m_seq = m_seqAtBegin = seq.value().toLongLong();
    return {};
}

Result<qint64> ShopStore::endBatch()
{
    m_db.finishStatements();
    if (m_seq != m_seqAtBegin) {
        if (auto ok = m_db.exec(u"UPDATE change_counter SET last_seq = ? WHERE id = 1"_s, {m_seq});
            !ok) {
            rollbackBatch();
            return ok.error();
        }
        if (m_db.dialect().isPostgres()) {
            // Other servers on this database learn of the new records at our commit.
            if (auto ok = m_db.exec(u"SELECT pg_notify('shopdesk_changes', ?)"_s,
                                    {QString::number(m_seq)});
                !ok) {
                rollbackBatch();
                return ok.error();
            }
        }
    }
    if (auto ok = m_db.exec(u"COMMIT"_s); !ok) {
        rollbackBatch();
        return ok.error();
    }
    return m_seq;
}

void ShopStore::rollbackBatch()
{
    m_db.finishStatements();
    (void)m_db.exec(u"ROLLBACK"_s);
    m_seq = m_seqAtBegin;
}

} // namespace shopdesk::storage
