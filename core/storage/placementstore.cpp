#include "storage/placementstore.h"

#include "domain/ids.h"
#include "domain/jsontext.h"
#include "domain/tr.h"
#include "storage/contentstore.h"
#include "storage/storeclock.h"

#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

const QString categoryPrefix = u"category:"_s;

// The featured list always has one entry a slot, null where the slot is empty.
QJsonArray padded(QJsonArray featured, int slotCount)
{
    while (featured.size() < slotCount)
        featured.append(QJsonValue::Null);
    return featured;
}

Error invalid(const QString &field, const QString &message, QJsonObject details = {})
{
    details.insert(u"field"_s, field);
    return Error{u"invalid_field"_s, message, details};
}

} // namespace

PlacementStore::PlacementStore(Database &db)
    : m_db(db)
{}

QList<MigrationStep> PlacementStore::migrations()
{
    return {
        {u"placements"_s,
         5,
         {
             // Placement per page ("home" or "category:<path>"): the saved draft of its
             // featured slots and product order, and what a manager last published of it.
             u"CREATE TABLE content_placements (page TEXT PRIMARY KEY, version BIGINT NOT NULL, "
             "data TEXT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL, "
             "published_version BIGINT NOT NULL, published_revision BIGINT NOT NULL, "
             "published_data TEXT, published_at BIGINT, published_by TEXT)"_s,
         }}};
}

Result<QString> PlacementStore::normalisePage(const QString &page)
{
    if (page == u"home"_s)
        return page;
    auto bad = [] {
        return Error{u"invalid_parameter"_s,
                     Tr::tr("A page is \"home\" or \"category:\" and a category path, such as "
                            "\"category:Kitchen/Knives\"."),
                     QJsonObject{{u"parameter"_s, u"page"_s}}};
    };
    if (!page.startsWith(categoryPrefix) || page.size() > 500 + categoryPrefix.size())
        return bad();
    const std::optional<QString> path = ContentStore::categoryPath(page.mid(categoryPrefix.size()));
    if (!path || path->isEmpty())
        return bad();
    return categoryPrefix + *path;
}

int PlacementStore::slotsOf(const QString &page)
{
    return page == u"home"_s ? homeSlots : categorySlots;
}

QString PlacementStore::categoryOf(const QString &page)
{
    return page.startsWith(categoryPrefix) ? page.mid(categoryPrefix.size()) : QString();
}

Result<QJsonObject> PlacementStore::row(const QString &page, bool lock)
{
    auto q = m_db.fetch(u"SELECT version, data, updated_at, updated_by, published_version, "
                        "published_revision, published_data, published_at, published_by "
                        "FROM content_placements WHERE page = ?"_s +
                            (lock ? m_db.dialect().forUpdate() : QString()),
                        {page});
    if (!q)
        return q.error();
    const int slotCount = slotsOf(page);
    QJsonObject out{{u"page"_s, page}, {u"slots"_s, slotCount}};
    if (!q.value().next()) {
        out.insert(u"version"_s, 0);
        out.insert(u"state"_s, u"draft"_s);
        out.insert(u"featured"_s, padded({}, slotCount));
        out.insert(u"order"_s, QJsonArray());
        out.insert(u"updated_at"_s, QJsonValue::Null);
        out.insert(u"updated_by"_s, QJsonValue::Null);
        out.insert(u"published_version"_s, 0);
        out.insert(u"published_revision"_s, 0);
        out.insert(u"published"_s, QJsonValue::Null);
        out.insert(u"published_at"_s, QJsonValue::Null);
        out.insert(u"published_by"_s, QJsonValue::Null);
        return out;
    }
    SqlRows &r = q.value();
    const qint64 version = r.value(0).toLongLong();
    const qint64 publishedVersion = r.value(4).toLongLong();
    const QJsonObject data = jsonFromText(r.value(1).toString());
    out.insert(u"version"_s, version);
    out.insert(u"state"_s, version == publishedVersion ? u"published"_s : u"draft"_s);
    out.insert(u"featured"_s, padded(data.value(u"featured"_s).toArray(), slotCount));
    out.insert(u"order"_s, data.value(u"order"_s).toArray());
    out.insert(u"updated_at"_s, StoreClock::isoTimeOrNull(r.value(2)));
    out.insert(u"updated_by"_s, r.value(3).toString());
    out.insert(u"published_version"_s, publishedVersion);
    out.insert(u"published_revision"_s, r.value(5).toLongLong());
    if (r.value(6).isNull()) {
        out.insert(u"published"_s, QJsonValue::Null);
    } else {
        const QJsonObject published = jsonFromText(r.value(6).toString());
        out.insert(u"published"_s,
                   QJsonObject{
                       {u"featured"_s, padded(published.value(u"featured"_s).toArray(), slotCount)},
                       {u"order"_s, published.value(u"order"_s).toArray()}});
    }
    out.insert(u"published_at"_s, StoreClock::isoTimeOrNull(r.value(7)));
    out.insert(u"published_by"_s, r.value(8).isNull() ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(r.value(8).toString()));
    return out;
}

Result<QJsonArray> PlacementStore::products(const QString &page)
{
    // Content keeps its category inside the draft document, so the match is made here.
    auto q = m_db.fetch(u"SELECT c.sku, c.published_revision, d.data FROM content c "
                        "JOIN content_drafts d ON d.sku = c.sku AND d.version = c.version "
                        "ORDER BY c.sku"_s);
    if (!q)
        return q.error();
    const QString category = categoryOf(page);
    QJsonArray items;
    while (q.value().next()) {
        SqlRows &r = q.value();
        const QJsonObject fields = jsonFromText(r.value(2).toString());
        const QString itsCategory = fields.value(u"category"_s).toString();
        if (!category.isEmpty() && itsCategory != category)
            continue;
        items.append(QJsonObject{{u"sku"_s, r.value(0).toString()},
                                 {u"title"_s, fields.value(u"title"_s).toString()},
                                 {u"category"_s, itsCategory},
                                 {u"published"_s, r.value(1).toLongLong() > 0}});
    }
    return items;
}

Result<QJsonObject> PlacementStore::placement(const QString &page)
{
    auto current = row(page, false);
    if (!current)
        return current.error();
    auto items = products(page);
    if (!items)
        return items.error();
    QJsonObject out = current.value();
    out.insert(u"products"_s, items.value());
    return out;
}

Result<QJsonObject> PlacementStore::save(const Actor &actor, const QString &page,
                                         qint64 baseVersion, const QJsonArray &featured,
                                         const QJsonArray &order, qint64 now)
{
    const int slotCount = slotsOf(page);
    if (featured.size() > slotCount) {
        return invalid(u"featured"_s,
                       Tr::tr("This page has %n featured slot(s).", nullptr, slotCount),
                       QJsonObject{{u"slots"_s, slotCount}});
    }
    if (page == u"home"_s && !order.isEmpty()) {
        return invalid(u"order"_s,
                       Tr::tr("The home page has featured slots only; product order belongs to "
                              "category pages."));
    }
    if (order.size() > maxOrder)
        return invalid(u"order"_s, Tr::tr("A page orders at most %1 products.").arg(maxOrder));
    // Every SKU named once a list, and known.
    QStringList named;
    for (const auto &[field, list] :
         {std::pair{u"featured"_s, featured}, std::pair{u"order"_s, order}}) {
        QSet<QString> seen;
        for (const QJsonValue &entry : list) {
            if (field == u"featured"_s && entry.isNull())
                continue;
            if (!entry.isString()) {
                return invalid(field, field == u"featured"_s
                                          ? Tr::tr("A featured slot holds a SKU or null.")
                                          : Tr::tr("The order is a list of SKUs."));
            }
            const QString sku = entry.toString();
            if (seen.contains(sku)) {
                return Error{u"duplicate_sku"_s,
                             Tr::tr("%1 is named twice in \"%2\".").arg(sku.left(64), field),
                             QJsonObject{{u"field"_s, field}, {u"sku"_s, sku.left(64)}}};
            }
            seen.insert(sku);
            if (!Sku::isValid(sku)) {
                return Error{u"unknown_sku"_s, Tr::tr("There is no product %1.").arg(sku.left(64)),
                             QJsonObject{{u"field"_s, field}, {u"sku"_s, sku.left(64)}}};
            }
            named.append(sku);
        }
    }
    named.removeDuplicates();
    QSet<QString> known;
    for (qsizetype start = 0; start < named.size(); start += 500) {
        const QStringList chunk = named.mid(start, 500);
        QVariantList values;
        for (const QString &sku : chunk)
            values.append(sku);
        QStringList marks(chunk.size(), u"?"_s);
        auto q = m_db.fetch(
            u"SELECT sku FROM products WHERE sku IN ("_s + marks.join(u", "_s) + u")"_s, values);
        if (!q)
            return q.error();
        while (q.value().next())
            known.insert(q.value().value(0).toString());
    }
    for (const QString &sku : named) {
        if (!known.contains(sku)) {
            const QString field = featured.contains(QJsonValue(sku)) ? u"featured"_s : u"order"_s;
            return Error{u"unknown_sku"_s, Tr::tr("There is no product %1.").arg(sku),
                         QJsonObject{{u"field"_s, field}, {u"sku"_s, sku}}};
        }
    }

    auto current = row(page, true);
    if (!current)
        return current.error();
    const qint64 version = current.value().value(u"version"_s).toInteger();
    auto conflict = [&](const QJsonObject &theirs) {
        return Error{
            u"edit_conflict"_s,
            Tr::tr("Someone saved this page's placement since version %1.").arg(baseVersion),
            QJsonObject{{u"theirs"_s, theirs}}};
    };
    if (baseVersion != version)
        return conflict(current.value());
    const QString data =
        jsonToText(QJsonObject{{u"featured"_s, padded(featured, slotCount)}, {u"order"_s, order}});
    if (version == 0) {
        // Two servers may both see no row: the second insert finds the first and conflicts.
        auto q = m_db.run(u"INSERT INTO content_placements (page, version, data, updated_at, "
                          "updated_by, published_version, published_revision) "
                          "VALUES (?, 1, ?, ?, ?, 0, 0) ON CONFLICT (page) DO NOTHING"_s,
                          {page, data, now, actor.username});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0) {
            auto theirs = row(page, true);
            if (!theirs)
                return theirs.error();
            return conflict(theirs.value());
        }
    } else if (auto ok = m_db.exec(u"UPDATE content_placements SET version = ?, data = ?, "
                                   "updated_at = ?, updated_by = ? WHERE page = ?"_s,
                                   {version + 1, data, now, actor.username, page});
               !ok) {
        return ok.error();
    }
    return row(page, false);
}

Result<QJsonObject> PlacementStore::publish(const Actor &actor, const QString &page, qint64 version,
                                            qint64 now)
{
    auto current = row(page, true);
    if (!current)
        return current.error();
    const qint64 saved = current.value().value(u"version"_s).toInteger();
    if (saved == 0) {
        return Error{
            u"not_found"_s, Tr::tr("No placement has been saved for %1.").arg(page.left(200)), {}};
    }
    if (version > 0 && version != saved) {
        return Error{u"edit_conflict"_s,
                     Tr::tr("The placement was saved again (version %1) after the version %2 "
                            "you meant to publish.")
                         .arg(saved)
                         .arg(version),
                     QJsonObject{{u"theirs"_s, current.value()}}};
    }
    if (current.value().value(u"published_version"_s).toInteger() == saved) {
        return Error{u"invalid_status"_s,
                     Tr::tr("Version %1 of this placement is already published.").arg(saved),
                     QJsonObject{{u"state"_s, u"published"_s}}};
    }
    const QString data = jsonToText(QJsonObject{{u"featured"_s, current.value()[u"featured"_s]},
                                                {u"order"_s, current.value()[u"order"_s]}});
    if (auto ok = m_db.exec(u"UPDATE content_placements SET published_version = version, "
                            "published_revision = published_revision + 1, published_data = ?, "
                            "published_at = ?, published_by = ? WHERE page = ?"_s,
                            {data, now, actor.username, page});
        !ok)
        return ok.error();
    return row(page, false);
}

Result<QJsonObject> PlacementStore::categories()
{
    auto all = products(u"home"_s);
    if (!all)
        return all.error();
    QMap<QString, int> counts;
    for (const QJsonValue &item : all.value()) {
        const QString category = item[u"category"_s].toString();
        if (!category.isEmpty())
            ++counts[category];
    }
    // Pages placed once keep their category even when no product names it any more.
    auto q = m_db.fetch(u"SELECT page FROM content_placements ORDER BY page"_s);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString category = categoryOf(q.value().value(0).toString());
        if (!category.isEmpty() && !counts.contains(category))
            counts.insert(category, 0);
    }
    QJsonArray items;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        items.append(QJsonObject{{u"path"_s, it.key()}, {u"products"_s, it.value()}});
    return QJsonObject{{u"items"_s, items}};
}

Result<QHash<QString, QJsonObject>> PlacementStore::published()
{
    auto q = m_db.fetch(u"SELECT page, published_data FROM content_placements "
                        "WHERE published_data IS NOT NULL"_s);
    if (!q)
        return q.error();
    QHash<QString, QJsonObject> pages;
    while (q.value().next())
        pages.insert(q.value().value(0).toString(), jsonFromText(q.value().value(1).toString()));
    return pages;
}

} // namespace shopdesk::storage
