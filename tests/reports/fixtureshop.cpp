#include "fixtureshop.h"

#include "reports/reportstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

namespace {

QJsonObject eur(qint64 minor)
{
    return QJsonObject{{u"amount_minor"_s, minor}, {u"currency"_s, u"EUR"_s}};
}

QString iso(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

} // namespace

FixtureShop::FixtureShop(storage::Database &db)
    : m_db(db)
{
    auto seq = m_db.scalar(u"SELECT COALESCE(MAX(seq), 0) FROM changes"_s);
    m_seq = seq ? seq.value().toLongLong() : 0;
}

QDateTime FixtureShop::at(const QString &isoUtc)
{
    QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODate);
    when.setTimeSpec(Qt::UTC);
    return when;
}

void FixtureShop::exec(const QString &sql, const QVariantList &values)
{
    if (auto ok = m_db.exec(sql, values); !ok)
        qFatal("fixture statement failed: %s", qPrintable(ok.error().message));
}

void FixtureShop::change(const QString &entity, const QString &id, const QString &op,
                         const QJsonObject &data, const QDateTime &when, const QString &user)
{
    exec(u"INSERT INTO changes (seq, entity, entity_id, op, data, at, user_name) "
         "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
         {++m_seq, entity, id, op,
          QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
          when.toMSecsSinceEpoch(), user});
    exec(u"UPDATE change_counter SET last_seq = ? WHERE id = 1"_s, {m_seq});
}

void FixtureShop::product(const QString &sku, const QString &name, qint64 priceMinor,
                          const QString &category, const QDateTime &when)
{
    const qint64 t = when.toMSecsSinceEpoch();
    exec(u"INSERT INTO products (sku, name, price_minor, currency, category, barcode, "
         "description, created_at, updated_at) VALUES (?, ?, ?, 'EUR', ?, '', '', ?, ?)"_s,
         {sku, name, priceMinor, category, t, t});
    exec(u"INSERT INTO stock (sku, on_hand, reserved) VALUES (?, 0, 0)"_s, {sku});
    m_products.insert(sku, {name, priceMinor});
    change(u"product"_s, sku, u"create"_s,
           QJsonObject{{u"sku"_s, sku},
                       {u"name"_s, name},
                       {u"price"_s, eur(priceMinor)},
                       {u"category"_s, category}},
           when, u"admin"_s);
}

void FixtureShop::customer(qint64 id, const QString &name, const QDateTime &when)
{
    const qint64 t = when.toMSecsSinceEpoch();
    exec(u"INSERT INTO customers (id, name, email, phone, address, created_at, updated_at) "
         "VALUES (?, ?, '', '', '', ?, ?)"_s,
         {id, name, t, t});
    change(u"customer"_s, QString::number(id), u"create"_s,
           QJsonObject{{u"id"_s, id}, {u"name"_s, name}}, when, u"admin"_s);
}

void FixtureShop::order(qint64 id, qint64 customerId, const QString &channel, const QString &agent,
                        const QDateTime &when, const QList<Line> &lines,
                        const QString &paymentMethod)
{
    const qint64 t = when.toMSecsSinceEpoch();
    for (const Line &line : lines) {
        if (m_products.contains(line.sku))
            continue;
        auto p = m_db.run(u"SELECT name, price_minor FROM products WHERE sku = ?"_s, {line.sku});
        if (!p || !p.value().next())
            qFatal("fixture: no product %s", qPrintable(line.sku));
        m_products.insert(line.sku,
                          {p.value().value(0).toString(), p.value().value(1).toLongLong()});
    }
    qint64 total = 0;
    QJsonArray lineArray;
    for (const Line &line : lines) {
        const auto [name, price] = m_products.value(line.sku);
        total += price * line.quantity;
        lineArray.append(QJsonObject{{u"sku"_s, line.sku},
                                     {u"name"_s, name},
                                     {u"quantity"_s, line.quantity},
                                     {u"unit_price"_s, eur(price)},
                                     {u"line_total"_s, eur(price * line.quantity)}});
    }
    exec(u"INSERT INTO orders (id, customer_id, channel, payment_method, status, total_minor, "
         "currency, reservation_expires_at, notes, payment_reference, carrier, tracking, "
         "created_by, created_by_id, created_at, updated_at) "
         "VALUES (?, ?, ?, ?, 'reserved', ?, 'EUR', ?, '', '', '', '', ?, 1, ?, ?)"_s,
         {id, customerId, channel, paymentMethod, total, t + 1800000, agent, t, t});
    int lineNo = 0;
    for (const Line &line : lines) {
        exec(u"INSERT INTO order_lines (order_id, line_no, sku, name, quantity, "
             "unit_price_minor) VALUES (?, ?, ?, ?, ?, ?)"_s,
             {id, ++lineNo, line.sku, m_products.value(line.sku).first, line.quantity,
              m_products.value(line.sku).second});
    }
    exec(u"INSERT INTO order_history (order_id, status, at, user_name) "
         "VALUES (?, 'reserved', ?, ?)"_s,
         {id, t, agent});
    const QJsonObject order{
        {u"id"_s, id},
        {u"customer_id"_s, customerId},
        {u"channel"_s, channel},
        {u"payment_method"_s, paymentMethod},
        {u"status"_s, u"reserved"_s},
        {u"total"_s, eur(total)},
        {u"created_by"_s, agent},
        {u"created_at"_s, iso(when)},
        {u"updated_at"_s, iso(when)},
        {u"lines"_s, lineArray},
        {u"status_history"_s,
         QJsonArray{
             QJsonObject{{u"status"_s, u"reserved"_s}, {u"at"_s, iso(when)}, {u"user"_s, agent}}}}};
    m_orders.insert(id, order);
    change(u"order"_s, QString::number(id), u"create"_s, order, when, agent);
}

void FixtureShop::status(qint64 id, const QString &status, const QDateTime &when)
{
    const qint64 t = when.toMSecsSinceEpoch();
    QJsonObject order = m_orders.value(id);
    const QString user = order.value(u"created_by"_s).toString();
    exec(u"UPDATE orders SET status = ?, updated_at = ? WHERE id = ?"_s, {status, t, id});
    exec(u"INSERT INTO order_history (order_id, status, at, user_name) VALUES (?, ?, ?, ?)"_s,
         {id, status, t, user});
    order.insert(u"status"_s, status);
    order.insert(u"updated_at"_s, iso(when));
    QJsonArray history = order.value(u"status_history"_s).toArray();
    history.append(QJsonObject{{u"status"_s, status}, {u"at"_s, iso(when)}, {u"user"_s, user}});
    order.insert(u"status_history"_s, history);
    m_orders.insert(id, order);
    change(u"order"_s, QString::number(id), u"update"_s, order, when, user);
}

void FixtureShop::stock(const QString &sku, qint64 available, const QDateTime &when)
{
    exec(u"UPDATE stock SET on_hand = ?, reserved = 0 WHERE sku = ?"_s, {available, sku});
    change(u"stock"_s, sku, u"update"_s,
           QJsonObject{{u"sku"_s, sku},
                       {u"on_hand"_s, available},
                       {u"reserved"_s, 0},
                       {u"available"_s, available},
                       {u"locations"_s, QJsonArray()}},
           when, u"warehouse"_s);
}

void FixtureShop::lostDemand(const QString &sku, qint64 requested, qint64 available,
                             const QDateTime &when)
{
    reports::ReportStore store(m_db);
    const reports::ReportStore::LostDemand lost{
        sku, requested, available, u"web"_s, 1, u"alice"_s, when.toMSecsSinceEpoch()};
    if (auto ok = store.recordLostDemand(lost); !ok)
        qFatal("lost demand failed: %s", qPrintable(ok.error().message));
}

void FixtureShop::writeStandard()
{
    const QDateTime opening = at(u"2025-01-01T00:00:00"_s);
    product(u"A"_s, u"Alpine tent"_s, 10000, u"Outdoor"_s, opening);
    product(u"B"_s, u"Base layer"_s, 2500, u"Clothing"_s, opening);
    product(u"C"_s, u"Camp stove"_s, 4000, u"Outdoor"_s, opening);
    product(u"D"_s, u"Down jacket"_s, 15000, u"Clothing"_s, opening);
    for (qint64 id = 1; id <= 4; ++id)
        customer(id, u"Customer %1"_s.arg(id), opening);

    // 2025-Q2: A x1 = 100.00
    order(1, 1, u"web"_s, u"alice"_s, at(u"2025-05-10T10:00:00"_s), {{u"A"_s, 1}});
    status(1, u"paid"_s, at(u"2025-05-10T10:05:00"_s));
    status(1, u"shipped"_s, at(u"2025-05-11T09:00:00"_s));
    status(1, u"delivered"_s, at(u"2025-05-13T09:00:00"_s));

    // 2026-Q1: order 2 = 2 A + 1 B = 225.00, order 3 = 1 C = 40.00, order 4 cancelled.
    order(2, 1, u"web"_s, u"alice"_s, at(u"2026-01-15T09:00:00"_s), {{u"A"_s, 2}, {u"B"_s, 1}});
    status(2, u"paid"_s, at(u"2026-01-15T09:30:00"_s));
    status(2, u"shipped"_s, at(u"2026-01-16T09:00:00"_s));
    status(2, u"delivered"_s, at(u"2026-01-18T09:00:00"_s));
    order(3, 2, u"phone"_s, u"bob"_s, at(u"2026-02-03T12:00:00"_s), {{u"C"_s, 1}});
    status(3, u"paid"_s, at(u"2026-02-03T13:00:00"_s));
    status(3, u"shipped"_s, at(u"2026-02-04T13:00:00"_s));
    order(4, 3, u"chat"_s, u"alice"_s, at(u"2026-03-20T16:00:00"_s), {{u"D"_s, 1}});
    status(4, u"cancelled"_s, at(u"2026-03-20T17:00:00"_s));

    // B is out from 30 March to 2 April: one day of it falls in Q2. A refused order for B
    // on 31 March belongs to Q1.
    stock(u"B"_s, 0, at(u"2026-03-30T00:00:00"_s));
    lostDemand(u"B"_s, 3, 0, at(u"2026-03-31T10:00:00"_s));
    stock(u"B"_s, 10, at(u"2026-04-02T00:00:00"_s));
    stock(u"D"_s, 3, at(u"2026-04-01T00:00:00"_s));

    // 2026-Q2: order 5 = 1 A + 2 C = 180.00 (web), order 6 = 4 B = 100.00 (email),
    // order 7 paid then cancelled (no sale), order 8 only reserved (no sale),
    // order 9 = 1 C cash on delivery, shipped unpaid = 40.00 (web).
    order(5, 1, u"web"_s, u"alice"_s, at(u"2026-04-02T10:00:00"_s), {{u"A"_s, 1}, {u"C"_s, 2}});
    status(5, u"paid"_s, at(u"2026-04-02T10:20:00"_s));
    status(5, u"shipped"_s, at(u"2026-04-03T10:00:00"_s));
    order(6, 2, u"email"_s, u"bob"_s, at(u"2026-04-10T11:00:00"_s), {{u"B"_s, 4}});
    status(6, u"paid"_s, at(u"2026-04-10T12:00:00"_s));
    order(7, 4, u"phone"_s, u"bob"_s, at(u"2026-05-05T08:00:00"_s), {{u"D"_s, 2}});
    stock(u"D"_s, 1, at(u"2026-05-05T08:00:00"_s));
    status(7, u"paid"_s, at(u"2026-05-05T08:10:00"_s));
    status(7, u"cancelled"_s, at(u"2026-05-06T08:00:00"_s));
    // D: out 10 May 00:00 to 13 May 06:00 (78 h), out again from 29 June, still out.
    stock(u"D"_s, 0, at(u"2026-05-10T00:00:00"_s));
    lostDemand(u"D"_s, 2, 0, at(u"2026-05-11T09:00:00"_s));
    lostDemand(u"D"_s, 1, 0, at(u"2026-05-12T09:00:00"_s));
    stock(u"D"_s, 5, at(u"2026-05-13T06:00:00"_s));
    order(9, 3, u"web"_s, u"carol"_s, at(u"2026-06-12T14:00:00"_s), {{u"C"_s, 1}},
          u"cash_on_delivery"_s);
    status(9, u"shipped"_s, at(u"2026-06-13T14:00:00"_s));
    stock(u"D"_s, 0, at(u"2026-06-29T00:00:00"_s));
    order(8, 4, u"chat"_s, u"carol"_s, at(u"2026-06-30T23:30:00"_s), {{u"B"_s, 2}});
}

} // namespace shopdesk::test
