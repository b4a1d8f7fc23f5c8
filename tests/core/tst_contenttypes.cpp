// The Content module's answers as domain types: each reads the JSON docs/api.md shows and
// writes the same JSON back; a field of the wrong type is refused with its name.

#include "domain/contentcategory.h"
#include "domain/contentconflict.h"
#include "domain/contentdiff.h"
#include "domain/contentfields.h"
#include "domain/contentlistitem.h"
#include "domain/contentrevision.h"
#include "domain/pageplacement.h"
#include "domain/productcontent.h"
#include "domain/productimage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace shopdesk;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

const char *fieldsJson = R"({"title": "Chef knife", "short_description": "<p>Sharp</p>",
    "long_description": "<h2>Steel</h2>", "category": "Kitchen/Knives", "tags": ["steel", "gift"],
    "attributes": {"Blade": "20 cm", "Weight": "210 g"}, "slug": "chef-knife",
    "meta_description": "A knife", "display_order": 2, "featured": ["home"]})";

QJsonObject with(QJsonObject json, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        json.remove(key);
    else
        json.insert(key, value);
    return json;
}

// Reads the JSON as the type named and writes it back.
Result<QJsonObject> roundTrip(const QString &type, const QJsonObject &json)
{
    auto back = [](const auto &typed) -> Result<QJsonObject> {
        if (!typed)
            return typed.error();
        return typed->toJson();
    };
    if (type == u"fields"_s)
        return back(ContentFields::fromJson(json));
    if (type == u"content"_s)
        return back(ProductContent::fromJson(json));
    if (type == u"list item"_s)
        return back(ContentListItem::fromJson(json));
    if (type == u"revision"_s)
        return back(ContentRevision::fromJson(json));
    if (type == u"diff"_s)
        return back(ContentDiff::fromJson(json));
    if (type == u"image"_s)
        return back(ProductImage::fromJson(json));
    if (type == u"placement"_s)
        return back(PagePlacement::fromJson(json));
    if (type == u"category"_s)
        return back(ContentCategory::fromJson(json));
    return back(ContentConflict::fromJson(json));
}

QJsonObject content()
{
    QJsonObject json = parse(R"({"sku": "KN-1", "version": 3, "state": "in_review",
        "publish_at": null, "published_revision": 1, "updated_at": "2026-11-23T01:50:00Z",
        "updated_by": "erik"})");
    json.insert(u"fields"_s, parse(fieldsJson));
    return json;
}

QJsonObject placement()
{
    return parse(R"({"page": "category:Kitchen/Knives", "slots": 3, "version": 2,
        "state": "draft", "featured": ["KN-3", null, "KN-1"], "order": ["KN-4", "KN-2"],
        "updated_at": "2026-11-23T01:50:00Z", "updated_by": "erik", "published_version": 1,
        "published_revision": 1, "published": {"featured": ["KN-3", null, null],
        "order": ["KN-2", "KN-4"]}, "published_at": "2026-11-22T10:15:00Z",
        "published_by": "mia", "products": [{"sku": "KN-1", "title": "Chef knife",
        "category": "Kitchen/Knives", "published": true}]})");
}

QJsonObject conflict()
{
    QJsonObject mine = parse(fieldsJson);
    mine.insert(u"title"_s, u"Big chef knife"_s);
    return QJsonObject{{u"theirs"_s, content()},
                       {u"base"_s, QJsonObject{{u"version"_s, 1},
                                               {u"fields"_s, parse(fieldsJson)},
                                               {u"saved_at"_s, u"2026-11-20T09:00:00Z"_s},
                                               {u"saved_by"_s, u"erik"_s}}},
                       {u"mine"_s, mine}};
}

QJsonObject diff()
{
    return parse(R"({"sku": "KN-1", "from": 1, "to": "draft", "changes": [
        {"field": "title", "from": "Knife", "to": "Chef knife"},
        {"field": "tags", "from": ["steel"], "to": ["steel", "gift"]},
        {"field": "attributes", "from": {}, "to": {"Blade": "20 cm"}},
        {"field": "display_order", "from": 0, "to": 2}],
        "unchanged": ["short_description", "long_description"]})");
}

} // namespace

class TestContentTypes : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("json");
        QTest::addRow("fields") << u"fields"_s << parse(fieldsJson);
        QTest::addRow("content") << u"content"_s << content();
        QTest::addRow("content scheduled")
            << u"content"_s << with(content(), u"publish_at"_s, u"2026-12-01T08:00:00Z"_s);
        QTest::addRow("list item")
            << u"list item"_s << parse(R"({"sku": "KN-1", "version": 3, "state": "in_review",
            "publish_at": null, "published_revision": 0, "updated_at": "2026-11-23T01:50:00Z",
            "updated_by": "erik", "title": "Chef knife"})");
        QTest::addRow("revision") << u"revision"_s
                                  << parse(
                                         R"({"revision": 2, "published_at": "2026-11-23T02:00:00Z",
            "published_by": "mia", "source": "version 3", "title": "Chef knife"})");
        QTest::addRow("diff with the draft") << u"diff"_s << diff();
        QTest::addRow("diff of revisions")
            << u"diff"_s
            << parse(
                   R"({"sku": "KN-1", "from": 1, "to": 2, "changes": [], "unchanged": ["title"]})");
        QTest::addRow("image") << u"image"_s
                               << parse(R"({"hash": "ab12", "url": "/api/v1/images/ab12",
            "mime": "image/png", "width": 480, "height": 320, "size": 2048, "main": true})");
        QTest::addRow("placement") << u"placement"_s << placement();
        QTest::addRow("placement never saved")
            << u"placement"_s
            << parse(R"({"page": "home", "slots": 4, "version": 0, "state": "draft",
            "featured": [null, null, null, null], "order": [], "updated_at": null,
            "updated_by": null, "published_version": 0, "published_revision": 0,
            "published": null, "published_at": null, "published_by": null})");
        QTest::addRow("category") << u"category"_s
                                  << parse(R"({"path": "Kitchen/Knives", "products": 4})");
        QTest::addRow("conflict") << u"conflict"_s << conflict();
    }

    void roundTrip()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, json);
        const auto back = ::roundTrip(type, json);
        QVERIFY2(back, qPrintable(back.error().message));
        QCOMPARE(back.value(), json);
    }

    void badFields_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("field");
        const QJsonValue gone(QJsonValue::Undefined);
        QTest::addRow("title a number")
            << u"fields"_s << with(parse(fieldsJson), u"title"_s, 3) << u"title"_s;
        QTest::addRow("tags not strings")
            << u"fields"_s << with(parse(fieldsJson), u"tags"_s, QJsonArray{1, 2}) << u"tags"_s;
        QTest::addRow("attributes a list")
            << u"fields"_s << with(parse(fieldsJson), u"attributes"_s, QJsonArray())
            << u"attributes"_s;
        QTest::addRow("display order text")
            << u"fields"_s << with(parse(fieldsJson), u"display_order"_s, u"2"_s)
            << u"display_order"_s;
        QTest::addRow("content without version")
            << u"content"_s << with(content(), u"version"_s, gone) << u"version"_s;
        QTest::addRow("content bad time")
            << u"content"_s << with(content(), u"updated_at"_s, u"yesterday"_s) << u"updated_at"_s;
        QTest::addRow("content fields a list")
            << u"content"_s << with(content(), u"fields"_s, QJsonArray()) << u"fields"_s;
        QTest::addRow("diff to neither number nor draft")
            << u"diff"_s << with(diff(), u"to"_s, u"latest"_s) << u"to"_s;
        QTest::addRow("diff changes not objects")
            << u"diff"_s << with(diff(), u"changes"_s, QJsonArray{u"title"_s}) << u"changes"_s;
        QTest::addRow("image without main")
            << u"image"_s
            << with(parse(R"({"hash": "ab", "url": "u", "mime": "image/png",
               "width": 1, "height": 1, "size": 1})"),
                    u"main"_s, gone)
            << u"main"_s;
        QTest::addRow("placement slot a number")
            << u"placement"_s << with(placement(), u"featured"_s, QJsonArray{7}) << u"featured"_s;
        QTest::addRow("placement without page")
            << u"placement"_s << with(placement(), u"page"_s, gone) << u"page"_s;
        QTest::addRow("category without path")
            << u"category"_s << parse(R"({"products": 4})") << u"path"_s;
        QTest::addRow("conflict without theirs")
            << u"conflict"_s << with(conflict(), u"theirs"_s, gone) << u"theirs"_s;
    }

    void badFields()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, json);
        QFETCH(QString, field);
        const auto back = ::roundTrip(type, json);
        QVERIFY(!back);
        QCOMPARE(back.error().code, u"invalid_answer"_s);
        QCOMPARE(back.error().details.value(u"field"_s).toString(), field);
    }

    void emptyContentHasEmptyFields()
    {
        // A product without content: version 0, nobody, no fields.
        const auto typed = ProductContent::fromJson(
            parse(R"({"sku": "KN-9", "version": 0, "state": "draft", "publish_at": null,
            "published_revision": 0, "updated_at": null, "updated_by": null, "fields": {}})"));
        QVERIFY2(typed, qPrintable(typed.error().message));
        QCOMPARE(typed->version, 0);
        QVERIFY(typed->updatedBy.isEmpty());
        QVERIFY(!typed->updatedAt.isValid());
        QCOMPARE(typed->fields, ContentFields());
        QCOMPARE(typed->fields.toJson().keys().size(), ContentFields::names().size());
    }

    void fieldsByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariant>("value");
        QTest::addRow("title") << u"title"_s << QVariant(u"Knife"_s);
        QTest::addRow("tags") << u"tags"_s << QVariant(QStringList{u"a"_s, u"b"_s});
        QTest::addRow("attributes")
            << u"attributes"_s << QVariant(QVariantMap{{u"Blade"_s, u"20 cm"_s}});
        QTest::addRow("display_order") << u"display_order"_s << QVariant(qint64(4));
        QTest::addRow("featured") << u"featured"_s << QVariant(QStringList{u"home"_s});
    }

    void fieldsByName()
    {
        QFETCH(QString, name);
        QFETCH(QVariant, value);
        ContentFields fields;
        QCOMPARE(fields.value(name), ContentFields::emptyValue(name));
        QVERIFY(fields.setValue(name, value));
        QCOMPARE(fields.value(name), value);
        // And the same through JSON, as a diff carries it.
        QCOMPARE(ContentFields::valueFromJson(name, fields.toJson().value(name)), value);
        QVERIFY(!fields.setValue(u"colour"_s, value));
        QVERIFY(!fields.value(u"colour"_s).isValid());
    }

    void refusals()
    {
        const Error invalid{u"invalid_field"_s, u"bad slug"_s, {{u"field"_s, u"slug"_s}}};
        QCOMPARE(ContentFields::refusedField(invalid), u"slug"_s);
        QVERIFY(ContentFields::refusedField(Error{u"x"_s, {}, {}}).isEmpty());
        const Error conflict{u"edit_conflict"_s, {}, {{u"theirs"_s, placement()}}};
        const auto theirs = PagePlacement::theirsOf(conflict);
        QVERIFY(theirs);
        QCOMPARE(theirs->version, 2);
        QCOMPARE(theirs->layout.featured, (QStringList{u"KN-3"_s, QString(), u"KN-1"_s}));
        QVERIFY(!PagePlacement::theirsOf(invalid));
    }
};

QTEST_GUILESS_MAIN(TestContentTypes)
#include "tst_contenttypes.moc"
