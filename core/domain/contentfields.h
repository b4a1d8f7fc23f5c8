#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QVariant>

namespace shopdesk {

// The fields of a product page, as a draft or a revision holds them (docs/api.md, "The
// content document"). Editors change them field by field: value() and setValue() reach a
// field by its document name, with a QString, QStringList, QVariantMap (attributes) or
// qint64 (display_order) as the value.
struct ContentFields
{
    QString title;
    QString shortDescription; // sanitised HTML
    QString longDescription;  // sanitised HTML
    QString category;         // "Kitchen/Knives"; empty for none
    QStringList tags;
    QMap<QString, QString> attributes;
    QString slug;
    QString metaDescription;
    qint64 displayOrder = 0;
    QStringList featured; // "home", "category"

    // The field names in document order.
    static const QStringList &names();
    // An empty value of the field's kind; invalid for an unknown name.
    static QVariant emptyValue(const QString &name);
    // One field of the document as read from JSON (a diff's values); an empty value of the
    // field's kind when the JSON has another type.
    static QVariant valueFromJson(const QString &name, const QJsonValue &json);

    // The field a refused save names (details.field of invalid_field); empty when none.
    static QString refusedField(const Error &refusal);

    QVariant value(const QString &name) const;
    // False for an unknown name.
    bool setValue(const QString &name, const QVariant &value);

    // Absent fields are empty (a product without content has none); a field of the wrong
    // type fails.
    static Result<ContentFields> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const ContentFields &a, const ContentFields &b)
    {
        return a.toJson() == b.toJson();
    }
    friend bool operator!=(const ContentFields &a, const ContentFields &b) { return !(a == b); }
};

} // namespace shopdesk
