#include "storage/contentstore.h"

#include "domain/htmlsanitiser.h"
#include "domain/jsontext.h"
#include "domain/tr.h"
#include "storage/placementstore.h"
#include "storage/storeclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

namespace {

const QStringList featuredSlots = {u"home"_s, u"category"_s};

Error invalid(const QString &field, const QString &message)
{
    return Error{u"invalid_field"_s, message, QJsonObject{{u"field"_s, field}}};
}

// A published page as lookups, made once per catalog: SKU → featured slot and SKU → place in
// the order (both from 1).
struct PlacedPage
{
    QHash<QString, int> featuredSlots;
    QHash<QString, int> positions;
    int orderSize = 0;
};

QHash<QString, PlacedPage> placedPages(const QHash<QString, QJsonObject> &pages)
{
    QHash<QString, PlacedPage> placed;
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        PlacedPage page;
        const QJsonArray featured = it->value(u"featured"_s).toArray();
        for (qsizetype slot = 0; slot < featured.size(); ++slot) {
            if (featured.at(slot).isString())
                page.featuredSlots.insert(featured.at(slot).toString(), int(slot + 1));
        }
        const QJsonArray order = it->value(u"order"_s).toArray();
        for (qsizetype place = 0; place < order.size(); ++place)
            page.positions.insert(order.at(place).toString(), int(place + 1));
        page.orderSize = int(order.size());
        placed.insert(it.key(), page);
    }
    return placed;
}

// A published placement decides a page: its featured slots replace the products' own
// "featured" markers for that page, and a category's order gives display_order (1, 2, …;
// products it does not list follow). Pages never published keep the products' own fields,
// as content saved before placements existed has them.
void applyPlacements(QList<QJsonObject> &items, const QHash<QString, QJsonObject> &pages)
{
    const QHash<QString, PlacedPage> placed = placedPages(pages);
    const auto home = placed.constFind(u"home"_s);
    for (QJsonObject &item : items) {
        const QString sku = item[u"sku"_s].toString();
        const QString category = item[u"category"_s].toString();
        const auto categoryPage =
            category.isEmpty() ? placed.cend() : placed.constFind(u"category:"_s + category);
        QStringList markers;
        for (const QJsonValue &marker : item[u"featured"_s].toArray())
            markers.append(marker.toString());
        QJsonObject positions;
        auto place = [&](const QString &marker, QHash<QString, PlacedPage>::const_iterator page) {
            if (page == placed.cend())
                return;
            markers.removeAll(marker);
            if (const int slot = page->featuredSlots.value(sku); slot > 0) {
                markers.append(marker);
                positions.insert(marker, slot);
            }
        };
        place(u"home"_s, home);
        place(u"category"_s, categoryPage);
        QJsonArray featured;
        for (const QString &marker : {u"home"_s, u"category"_s}) {
            if (markers.contains(marker))
                featured.append(marker);
        }
        item[u"featured"_s] = featured;
        item[u"featured_slots"_s] = positions;
        if (categoryPage != placed.cend()) {
            const int position = categoryPage->positions.value(sku);
            item[u"display_order"_s] = position > 0 ? position : categoryPage->orderSize + 1;
        }
    }
}

} // namespace

ContentStore::ContentStore(Database &db)
    : m_db(db)
{}

QList<MigrationStep> ContentStore::migrations()
{
    return {
        {u"content"_s,
         4,
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
         }}};
}

const QStringList &ContentStore::fieldNames()
{
    static const QStringList names = {u"title"_s,
                                      u"short_description"_s,
                                      u"long_description"_s,
                                      u"category"_s,
                                      u"tags"_s,
                                      u"attributes"_s,
                                      u"slug"_s,
                                      u"meta_description"_s,
                                      u"display_order"_s,
                                      u"featured"_s};
    return names;
}

std::optional<QString> ContentStore::categoryPath(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QString();
    QStringList path;
    for (const QString &part : text.split(u'/')) {
        if (part.trimmed().isEmpty())
            return std::nullopt;
        path.append(part.trimmed());
    }
    return path.join(u'/');
}

Result<QJsonObject> ContentStore::validate(const QJsonObject &fields)
{
    auto text = [&](const QString &name, int maxLength, bool required) -> Result<QString> {
        const QJsonValue value = fields.value(name);
        if (value.isUndefined() && !required)
            return QString();
        if (!value.isString())
            return invalid(name, Tr::tr("The field \"%1\" must be text.").arg(name));
        const QString s = value.toString();
        if (required && s.trimmed().isEmpty())
            return invalid(name, Tr::tr("The field \"%1\" must not be empty.").arg(name));
        if (s.size() > maxLength)
            return invalid(
                name,
                Tr::tr("The field \"%1\" is longer than %2 characters.").arg(name).arg(maxLength));
        return s;
    };
    QJsonObject out;
    auto title = text(u"title"_s, 200, true);
    if (!title)
        return title.error();
    out[u"title"_s] = title.value().trimmed();
    for (const auto &[name, limit] :
         {std::pair{u"short_description"_s, 2000}, std::pair{u"long_description"_s, 100000}}) {
        auto html = text(name, limit, false);
        if (!html)
            return html.error();
        out[name] = HtmlSanitiser::sanitise(html.value());
    }
    auto meta = text(u"meta_description"_s, 300, false);
    if (!meta)
        return meta.error();
    out[u"meta_description"_s] = meta.value().trimmed();

    auto slug = text(u"slug"_s, 100, true);
    if (!slug)
        return slug.error();
    static const QRegularExpression slugForm(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    if (!slugForm.match(slug.value()).hasMatch()) {
        return invalid(u"slug"_s, Tr::tr("A slug is lower-case letters, digits and single "
                                         "hyphens between them: \"%1\" is not.")
                                      .arg(slug.value().left(100)));
    }
    out[u"slug"_s] = slug.value();

    auto category = text(u"category"_s, 500, false);
    if (!category)
        return category.error();
    const std::optional<QString> path = categoryPath(category.value());
    if (!path) {
        return invalid(u"category"_s, Tr::tr("A category path is names separated by \"/\", such "
                                             "as \"Kitchen/Knives\", with no empty name."));
    }
    out[u"category"_s] = *path;

    const QJsonValue tags = fields.value(u"tags"_s);
    QJsonArray cleanTags;
    if (!tags.isUndefined()) {
        if (!tags.isArray() || tags.toArray().size() > 50)
            return invalid(u"tags"_s, Tr::tr("Tags are a list of at most 50 texts."));
        QSet<QString> seen;
        for (const QJsonValue &tag : tags.toArray()) {
            const QString t = tag.toString().trimmed();
            if (!tag.isString() || t.isEmpty() || t.size() > 50)
                return invalid(u"tags"_s, Tr::tr("Each tag is a text of 1 to 50 characters."));
            if (!seen.contains(t))
                cleanTags.append(t);
            seen.insert(t);
        }
    }
    out[u"tags"_s] = cleanTags;

    const QJsonValue attributes = fields.value(u"attributes"_s);
    QJsonObject cleanAttributes;
    if (!attributes.isUndefined()) {
        if (!attributes.isObject() || attributes.toObject().size() > 100)
            return invalid(u"attributes"_s,
                           Tr::tr("Attributes are an object of at most 100 names to texts."));
        const QJsonObject object = attributes.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().trimmed().isEmpty() || it.key().size() > 100 || !it.value().isString() ||
                it.value().toString().size() > 1000) {
                return invalid(u"attributes"_s,
                               Tr::tr("Each attribute has a name of 1 to 100 characters and a "
                                      "text value of at most 1000."));
            }
            cleanAttributes[it.key().trimmed()] = it.value().toString();
        }
    }
    out[u"attributes"_s] = cleanAttributes;

    const QJsonValue order = fields.value(u"display_order"_s);
    if (!order.isUndefined() && (!order.isDouble() || order.toDouble() != order.toInteger() ||
                                 qAbs(order.toInteger()) > 1000000000)) {
        return invalid(u"display_order"_s,
                       Tr::tr("The display order is a whole number (lower comes first)."));
    }
    out[u"display_order"_s] = order.toInteger();

    const QJsonValue featured = fields.value(u"featured"_s);
    QJsonArray cleanFeatured;
    if (!featured.isUndefined()) {
        if (!featured.isArray())
            return invalid(u"featured"_s, Tr::tr("Featured slots are a list."));
        for (const QJsonValue &place : featured.toArray()) {
            if (!featuredSlots.contains(place.toString()))
                return invalid(
                    u"featured"_s,
                    Tr::tr("A featured slot is one of: %1.").arg(featuredSlots.join(u", "_s)));
            if (!cleanFeatured.contains(place))
                cleanFeatured.append(place);
        }
    }
    out[u"featured"_s] = cleanFeatured;
    return out;
}

Result<void> ContentStore::requireProduct(const QString &sku, bool lock)
{
    // Locking the product row serialises content writes per product across servers, even
    // before its first content row exists; NO KEY keeps ledger inserts that reference it free.
    auto found = m_db.scalar(u"SELECT COUNT(*) FROM (SELECT sku FROM products WHERE sku = ?"_s +
                                 (lock ? m_db.dialect().forNoKeyUpdate() : QString()) + u") p"_s,
                             {sku}, 0);
    if (!found)
        return found.error();
    if (found.value().toLongLong() == 0)
        return Error{u"not_found"_s, Tr::tr("There is no product %1.").arg(sku), {}};
    return {};
}

Result<QJsonObject> ContentStore::draftRow(const QString &sku, bool lock)
{
    if (auto ok = requireProduct(sku, lock); !ok)
        return ok.error();
    auto q = m_db.fetch(u"SELECT c.version, c.state, c.publish_at, c.published_revision, "
                        "c.updated_at, c.updated_by, d.data FROM content c "
                        "JOIN content_drafts d ON d.sku = c.sku AND d.version = c.version "
                        "WHERE c.sku = ?"_s +
                            (lock ? m_db.dialect().forUpdate() : QString()),
                        {sku});
    if (!q)
        return q.error();
    if (!q.value().next()) {
        return QJsonObject{{u"sku"_s, sku},
                           {u"version"_s, 0},
                           {u"state"_s, u"draft"_s},
                           {u"publish_at"_s, QJsonValue::Null},
                           {u"published_revision"_s, 0},
                           {u"updated_at"_s, QJsonValue::Null},
                           {u"updated_by"_s, QJsonValue::Null},
                           {u"fields"_s, QJsonObject{}}};
    }
    SqlRows &r = q.value();
    return QJsonObject{{u"sku"_s, sku},
                       {u"version"_s, r.value(0).toLongLong()},
                       {u"state"_s, r.value(1).toString()},
                       {u"publish_at"_s, StoreClock::isoTimeOrNull(r.value(2))},
                       {u"published_revision"_s, r.value(3).toLongLong()},
                       {u"updated_at"_s, StoreClock::isoTimeOrNull(r.value(4))},
                       {u"updated_by"_s, r.value(5).toString()},
                       {u"fields"_s, jsonFromText(r.value(6).toString())}};
}

Result<QJsonObject> ContentStore::draftVersion(const QString &sku, qint64 version)
{
    auto q = m_db.fetch(u"SELECT data, saved_at, saved_by FROM content_drafts "
                        "WHERE sku = ? AND version = ?"_s,
                        {sku, version});
    if (!q)
        return q.error();
    if (!q.value().next())
        return QJsonObject{{u"version"_s, version}, {u"fields"_s, QJsonObject{}}};
    return QJsonObject{{u"version"_s, version},
                       {u"fields"_s, jsonFromText(q.value().value(0).toString())},
                       {u"saved_at"_s, StoreClock::isoTimeOrNull(q.value().value(1))},
                       {u"saved_by"_s, q.value().value(2).toString()}};
}

Result<QJsonObject> ContentStore::content(const QString &sku)
{
    return draftRow(sku, false);
}

Result<QJsonObject> ContentStore::list(const QString &state)
{
    auto q = m_db.fetch(u"SELECT c.sku, c.version, c.state, c.publish_at, c.published_revision, "
                        "c.updated_at, c.updated_by, d.data FROM content c "
                        "JOIN content_drafts d ON d.sku = c.sku AND d.version = c.version "
                        "WHERE ? = '' OR c.state = ? ORDER BY c.updated_at DESC, c.sku"_s,
                        {state, state});
    if (!q)
        return q.error();
    QJsonArray items;
    while (q.value().next()) {
        SqlRows &r = q.value();
        items.append(QJsonObject{{u"sku"_s, r.value(0).toString()},
                                 {u"version"_s, r.value(1).toLongLong()},
                                 {u"state"_s, r.value(2).toString()},
                                 {u"publish_at"_s, StoreClock::isoTimeOrNull(r.value(3))},
                                 {u"published_revision"_s, r.value(4).toLongLong()},
                                 {u"updated_at"_s, StoreClock::isoTimeOrNull(r.value(5))},
                                 {u"updated_by"_s, r.value(6).toString()},
                                 {u"title"_s, jsonFromText(r.value(7).toString())[u"title"_s]}});
    }
    return QJsonObject{{u"items"_s, items}};
}

Result<QJsonObject> ContentStore::save(const Actor &actor, const QString &sku, qint64 baseVersion,
                                       const QJsonObject &fields, qint64 now)
{
    auto clean = validate(fields);
    if (!clean)
        return clean.error();
    auto current = draftRow(sku, true);
    if (!current)
        return current.error();
    const qint64 version = current.value().value(u"version"_s).toInteger();
    if (baseVersion != version) {
        auto base = draftVersion(sku, baseVersion);
        if (!base)
            return base.error();
        QJsonObject theirs = current.value();
        return Error{u"edit_conflict"_s,
                     Tr::tr("Someone saved this content (version %1) after the version %2 this "
                            "edit started from.")
                         .arg(version)
                         .arg(baseVersion),
                     QJsonObject{{u"theirs"_s, theirs},
                                 {u"base"_s, base.value()},
                                 {u"mine"_s, clean.value()}}};
    }
    const QString slug = clean.value().value(u"slug"_s).toString();
    auto taken =
        m_db.scalar(u"SELECT COUNT(*) FROM content WHERE slug = ? AND sku <> ?"_s, {slug, sku}, 0);
    if (!taken)
        return taken.error();
    if (taken.value().toLongLong() > 0) {
        return Error{u"slug_exists"_s,
                     Tr::tr("Another product already uses the slug \"%1\".").arg(slug),
                     QJsonObject{{u"field"_s, u"slug"_s}}};
    }
    const qint64 next = version + 1;
    if (auto ok = m_db.exec(u"INSERT INTO content_drafts (sku, version, data, saved_at, saved_by) "
                            "VALUES (?, ?, ?, ?, ?)"_s,
                            {sku, next, jsonToText(clean.value()), now, actor.username});
        !ok)
        return ok.error();
    // An edit takes the content back to draft, out of review or a pending schedule.
    Result<void> ok =
        version == 0 ? m_db.exec(u"INSERT INTO content (sku, version, state, slug, publish_at, "
                                 "published_revision, updated_at, updated_by) "
                                 "VALUES (?, ?, 'draft', ?, NULL, 0, ?, ?)"_s,
                                 {sku, next, slug, now, actor.username})
                     : m_db.exec(u"UPDATE content SET version = ?, state = 'draft', slug = ?, "
                                 "publish_at = NULL, updated_at = ?, updated_by = ? "
                                 "WHERE sku = ?"_s,
                                 {next, slug, now, actor.username, sku});
    if (!ok)
        return ok.error();
    return draftRow(sku, false);
}

Result<QJsonObject> ContentStore::submit(const Actor &actor, const QString &sku, qint64 now)
{
    auto current = draftRow(sku, true);
    if (!current)
        return current.error();
    const QString state = current.value().value(u"state"_s).toString();
    if (current.value().value(u"version"_s).toInteger() == 0 || state != u"draft"_s) {
        return Error{u"invalid_status"_s,
                     Tr::tr("Only a saved draft can be sent for review; this content is %1.")
                         .arg(current.value().value(u"version"_s).toInteger() == 0
                                  ? u"not written yet"_s
                                  : state),
                     QJsonObject{{u"state"_s, state}}};
    }
    if (auto ok = m_db.exec(u"UPDATE content SET state = 'in_review', updated_at = ?, "
                            "updated_by = ? WHERE sku = ?"_s,
                            {now, actor.username, sku});
        !ok)
        return ok.error();
    return draftRow(sku, false);
}

Result<QJsonObject> ContentStore::reject(const Actor &actor, const QString &sku, qint64 now)
{
    auto current = draftRow(sku, true);
    if (!current)
        return current.error();
    const QString state = current.value().value(u"state"_s).toString();
    if (state != u"in_review"_s && state != u"scheduled"_s) {
        return Error{
            u"invalid_status"_s,
            Tr::tr("Only content in review or scheduled can be sent back; this is %1.").arg(state),
            QJsonObject{{u"state"_s, state}}};
    }
    if (auto ok = m_db.exec(u"UPDATE content SET state = 'draft', publish_at = NULL, "
                            "updated_at = ?, updated_by = ? WHERE sku = ?"_s,
                            {now, actor.username, sku});
        !ok)
        return ok.error();
    return draftRow(sku, false);
}

Result<QJsonObject> ContentStore::publishNow(const QString &sku, const QString &by,
                                             const QString &source, qint64 now)
{
    auto current = draftRow(sku, true);
    if (!current)
        return current.error();
    auto last =
        m_db.scalar(u"SELECT MAX(revision) FROM content_revisions WHERE sku = ?"_s, {sku}, 0);
    if (!last)
        return last.error();
    const qint64 revision = last.value().toLongLong() + 1;
    if (auto ok = m_db.exec(
            u"INSERT INTO content_revisions (sku, revision, data, published_at, "
            "published_by, source) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {sku, revision, jsonToText(current.value()[u"fields"_s].toObject()), now, by, source});
        !ok)
        return ok.error();
    if (auto ok = m_db.exec(u"UPDATE content SET state = 'published', publish_at = NULL, "
                            "published_revision = ?, updated_at = ?, updated_by = ? "
                            "WHERE sku = ?"_s,
                            {revision, now, by, sku});
        !ok)
        return ok.error();
    return draftRow(sku, false);
}

Result<QJsonObject> ContentStore::publish(const Actor &actor, const QString &sku, qint64 publishAt,
                                          qint64 now)
{
    auto current = draftRow(sku, true);
    if (!current)
        return current.error();
    const QString state = current.value().value(u"state"_s).toString();
    if (state != u"in_review"_s && state != u"scheduled"_s) {
        return Error{u"invalid_status"_s,
                     Tr::tr("Only content in review can be published; this is %1.").arg(state),
                     QJsonObject{{u"state"_s, state}}};
    }
    if (publishAt > now) {
        if (auto ok = m_db.exec(u"UPDATE content SET state = 'scheduled', publish_at = ?, "
                                "updated_at = ?, updated_by = ? WHERE sku = ?"_s,
                                {publishAt, now, actor.username, sku});
            !ok)
            return ok.error();
        return draftRow(sku, false);
    }
    return publishNow(sku, actor.username,
                      u"version %1"_s.arg(current.value()[u"version"_s].toInteger()), now);
}

Result<qint64> ContentStore::dueCount(qint64 now)
{
    auto due = m_db.scalar(
        u"SELECT COUNT(*) FROM content WHERE state = 'scheduled' AND publish_at <= ?"_s, {now}, 0);
    if (!due)
        return due.error();
    return due.value().toLongLong();
}

Result<QStringList> ContentStore::publishDue(qint64 now)
{
    auto q = m_db.fetch(u"SELECT sku, version, updated_by FROM content "
                        "WHERE state = 'scheduled' AND publish_at <= ? ORDER BY sku"_s,
                        {now});
    if (!q)
        return q.error();
    QList<std::tuple<QString, qint64, QString>> due;
    while (q.value().next()) {
        due.append({q.value().value(0).toString(), q.value().value(1).toLongLong(),
                    q.value().value(2).toString()});
    }
    QStringList published;
    for (const auto &[sku, version, by] : due) {
        // Another server sharing the database may have published it meanwhile: look again
        // under the row lock.
        auto current = draftRow(sku, true);
        if (!current)
            return current.error();
        if (current.value()[u"state"_s].toString() != u"scheduled"_s)
            continue;
        if (auto ok = publishNow(sku, by, u"version %1"_s.arg(version), now); !ok)
            return ok.error();
        published.append(sku);
    }
    return published;
}

Result<QJsonObject> ContentStore::revisions(const QString &sku)
{
    if (auto ok = requireProduct(sku); !ok)
        return ok.error();
    auto q = m_db.fetch(u"SELECT revision, published_at, published_by, source, data "
                        "FROM content_revisions WHERE sku = ? ORDER BY revision"_s,
                        {sku});
    if (!q)
        return q.error();
    QJsonArray items;
    while (q.value().next()) {
        SqlRows &r = q.value();
        items.append(QJsonObject{{u"revision"_s, r.value(0).toLongLong()},
                                 {u"published_at"_s, StoreClock::isoTimeOrNull(r.value(1))},
                                 {u"published_by"_s, r.value(2).toString()},
                                 {u"source"_s, r.value(3).toString()},
                                 {u"title"_s, jsonFromText(r.value(4).toString())[u"title"_s]}});
    }
    return QJsonObject{{u"sku"_s, sku}, {u"items"_s, items}};
}

Result<QJsonObject> ContentStore::revision(const QString &sku, qint64 number)
{
    if (auto ok = requireProduct(sku); !ok)
        return ok.error();
    auto q = m_db.fetch(u"SELECT published_at, published_by, source, data "
                        "FROM content_revisions WHERE sku = ? AND revision = ?"_s,
                        {sku, number});
    if (!q)
        return q.error();
    if (!q.value().next()) {
        return Error{u"not_found"_s,
                     Tr::tr("Product %1 has no published revision %2.").arg(sku).arg(number),
                     {}};
    }
    SqlRows &r = q.value();
    return QJsonObject{{u"sku"_s, sku},
                       {u"revision"_s, number},
                       {u"published_at"_s, StoreClock::isoTimeOrNull(r.value(0))},
                       {u"published_by"_s, r.value(1).toString()},
                       {u"source"_s, r.value(2).toString()},
                       {u"fields"_s, jsonFromText(r.value(3).toString())}};
}

Result<QJsonObject> ContentStore::diff(const QString &sku, qint64 from, qint64 to)
{
    auto older = revision(sku, from);
    if (!older)
        return older.error();
    auto newer = to > 0 ? revision(sku, to) : content(sku);
    if (!newer)
        return newer.error();
    const QJsonObject a = older.value()[u"fields"_s].toObject();
    const QJsonObject b = newer.value()[u"fields"_s].toObject();
    QJsonArray changes;
    QJsonArray unchanged;
    for (const QString &field : fieldNames()) {
        if (a.value(field) == b.value(field)) {
            unchanged.append(field);
            continue;
        }
        changes.append(QJsonObject{
            {u"field"_s, field}, {u"from"_s, a.value(field)}, {u"to"_s, b.value(field)}});
    }
    return QJsonObject{{u"sku"_s, sku},
                       {u"from"_s, from},
                       {u"to"_s, to > 0 ? QJsonValue(to) : QJsonValue(u"draft"_s)},
                       {u"changes"_s, changes},
                       {u"unchanged"_s, unchanged}};
}

Result<QJsonObject> ContentStore::rollback(const Actor &actor, const QString &sku, qint64 number,
                                           qint64 now)
{
    auto old = revision(sku, number);
    if (!old)
        return old.error();
    auto current = draftRow(sku, true);
    if (!current)
        return current.error();
    // The old text becomes the newest draft too, so the next edit starts from what is live.
    const QJsonObject fields = old.value()[u"fields"_s].toObject();
    const QString slug = fields.value(u"slug"_s).toString();
    auto taken =
        m_db.scalar(u"SELECT COUNT(*) FROM content WHERE slug = ? AND sku <> ?"_s, {slug, sku}, 0);
    if (!taken)
        return taken.error();
    if (taken.value().toLongLong() > 0) {
        return Error{u"slug_exists"_s,
                     Tr::tr("Another product now uses the slug \"%1\" of revision %2.")
                         .arg(slug)
                         .arg(number),
                     QJsonObject{{u"field"_s, u"slug"_s}}};
    }
    const qint64 next = current.value()[u"version"_s].toInteger() + 1;
    if (auto ok = m_db.exec(u"INSERT INTO content_drafts (sku, version, data, saved_at, saved_by) "
                            "VALUES (?, ?, ?, ?, ?)"_s,
                            {sku, next, jsonToText(fields), now, actor.username});
        !ok)
        return ok.error();
    if (auto ok = m_db.exec(u"UPDATE content SET version = ?, slug = ? WHERE sku = ?"_s,
                            {next, slug, sku});
        !ok)
        return ok.error();
    return publishNow(sku, actor.username, u"rollback to revision %1"_s.arg(number), now);
}

Result<QHash<QString, QJsonArray>> ContentStore::imageLists(const QString &sku)
{
    // One product's images, or (sku empty) those of every product with published content.
    auto q = m_db.fetch(u"SELECT i.sku, i.hash, d.mime, d.width, d.height, d.size "
                        "FROM content_images i JOIN content_image_data d ON d.hash = i.hash "
                        "WHERE (? <> '' AND i.sku = ?) OR (? = '' AND i.sku IN "
                        "(SELECT sku FROM content WHERE published_revision > 0)) "
                        "ORDER BY i.sku, i.position, i.hash"_s,
                        {sku, sku, sku});
    if (!q)
        return q.error();
    QHash<QString, QJsonArray> lists;
    while (q.value().next()) {
        SqlRows &r = q.value();
        const QString hash = r.value(1).toString();
        QJsonArray &items = lists[r.value(0).toString()];
        items.append(QJsonObject{{u"hash"_s, hash},
                                 {u"url"_s, u"/api/v1/images/"_s + hash},
                                 {u"mime"_s, r.value(2).toString()},
                                 {u"width"_s, r.value(3).toInt()},
                                 {u"height"_s, r.value(4).toInt()},
                                 {u"size"_s, r.value(5).toLongLong()},
                                 {u"main"_s, items.isEmpty()}});
    }
    return lists;
}

Result<QJsonObject> ContentStore::images(const QString &sku)
{
    if (auto ok = requireProduct(sku); !ok)
        return ok.error();
    auto lists = imageLists(sku);
    if (!lists)
        return lists.error();
    return QJsonObject{{u"sku"_s, sku}, {u"items"_s, lists.value().value(sku)}};
}

Result<QJsonObject> ContentStore::addImage(const QString &sku, const QString &hash,
                                           const QString &mime, int width, int height,
                                           const QByteArray &bytes, qint64 now)
{
    if (auto ok = requireProduct(sku); !ok)
        return ok.error();
    auto stored =
        m_db.scalar(u"SELECT COUNT(*) FROM content_image_data WHERE hash = ?"_s, {hash}, 0);
    if (!stored)
        return stored.error();
    if (stored.value().toLongLong() == 0) {
        if (auto ok = m_db.exec(u"INSERT INTO content_image_data (hash, mime, width, height, "
                                "size, data) VALUES (?, ?, ?, ?, ?, ?)"_s,
                                {hash, mime, width, height, qint64(bytes.size()),
                                 QString::fromLatin1(bytes.toBase64())});
            !ok)
            return ok.error();
    }
    auto linked = m_db.scalar(u"SELECT COUNT(*) FROM content_images WHERE sku = ? AND hash = ?"_s,
                              {sku, hash}, 0);
    if (!linked)
        return linked.error();
    if (linked.value().toLongLong() == 0) {
        auto last =
            m_db.scalar(u"SELECT MAX(position) FROM content_images WHERE sku = ?"_s, {sku}, -1);
        if (!last)
            return last.error();
        const int position = last.value().isNull() ? 0 : last.value().toInt() + 1;
        if (auto ok = m_db.exec(u"INSERT INTO content_images (sku, hash, position, added_at) "
                                "VALUES (?, ?, ?, ?)"_s,
                                {sku, hash, position, now});
            !ok)
            return ok.error();
    }
    return images(sku);
}

Result<QJsonObject> ContentStore::orderImages(const QString &sku, const QStringList &hashes)
{
    auto current = images(sku);
    if (!current)
        return current.error();
    QStringList have;
    for (const QJsonValue &item : current.value()[u"items"_s].toArray())
        have.append(item[u"hash"_s].toString());
    QStringList sortedHave = have;
    QStringList sortedWant = hashes;
    sortedHave.sort();
    sortedWant.sort();
    if (sortedHave != sortedWant) {
        return Error{
            u"invalid_field"_s,
            Tr::tr("The order must name each of the product's images exactly once."),
            QJsonObject{{u"field"_s, u"order"_s}, {u"images"_s, QJsonArray::fromStringList(have)}}};
    }
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        if (auto ok =
                m_db.exec(u"UPDATE content_images SET position = ? WHERE sku = ? AND hash = ?"_s,
                          {int(i), sku, hashes[i]});
            !ok)
            return ok.error();
    }
    return images(sku);
}

Result<QJsonObject> ContentStore::removeImage(const QString &sku, const QString &hash)
{
    if (auto ok = requireProduct(sku); !ok)
        return ok.error();
    auto q = m_db.run(u"DELETE FROM content_images WHERE sku = ? AND hash = ?"_s, {sku, hash});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() == 0) {
        return Error{u"not_found"_s, Tr::tr("Product %1 has no image %2.").arg(sku, hash), {}};
    }
    return images(sku);
}

Result<ContentStore::ImageData> ContentStore::imageData(const QString &hash)
{
    auto q = m_db.fetch(u"SELECT mime, data FROM content_image_data WHERE hash = ?"_s, {hash});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"not_found"_s, Tr::tr("There is no image %1.").arg(hash), {}};
    return ImageData{q.value().value(0).toString(),
                     QByteArray::fromBase64(q.value().value(1).toString().toLatin1())};
}

Result<QJsonObject> ContentStore::catalog()
{
    auto q = m_db.fetch(u"SELECT c.sku, c.published_revision, r.published_at, r.data, "
                        "p.price_minor, p.currency, s.on_hand, s.reserved "
                        "FROM content c "
                        "JOIN content_revisions r ON r.sku = c.sku AND r.revision = "
                        "c.published_revision "
                        "JOIN products p ON p.sku = c.sku "
                        "LEFT JOIN stock s ON s.sku = c.sku "
                        "WHERE c.published_revision > 0 ORDER BY c.sku"_s);
    if (!q)
        return q.error();
    QList<QJsonObject> items;
    while (q.value().next()) {
        SqlRows &r = q.value();
        QJsonObject item = jsonFromText(r.value(3).toString());
        const qint64 available =
            r.value(6).isNull() ? 0 : r.value(6).toLongLong() - r.value(7).toLongLong();
        item[u"sku"_s] = r.value(0).toString();
        item[u"revision"_s] = r.value(1).toLongLong();
        item[u"published_at"_s] = StoreClock::isoTimeOrNull(r.value(2));
        item[u"price_minor"_s] = r.value(4).toLongLong();
        item[u"currency"_s] = r.value(5).toString();
        item[u"available"_s] = available;
        item[u"in_stock"_s] = available > 0;
        items.append(item);
    }
    auto placed = PlacementStore(m_db).published();
    if (!placed)
        return placed.error();
    applyPlacements(items, placed.value());
    QJsonArray out;
    std::stable_sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a[u"display_order"_s].toInteger() < b[u"display_order"_s].toInteger();
    });
    auto images = imageLists(QString());
    if (!images)
        return images.error();
    for (QJsonObject &item : items) {
        item[u"images"_s] = images.value().value(item[u"sku"_s].toString());
        out.append(item);
    }
    return QJsonObject{{u"items"_s, out}};
}

} // namespace shopdesk::storage
