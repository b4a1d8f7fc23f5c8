#pragma once

#include "domain/jsonfields.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace shopdesk {

// Readers shared by the records' fromJson, on top of JsonFields.

// A required API word read into an enum through its parser; a wrong word is the field's error
// and gives the fallback.
template<typename Enum, typename Parse>
Enum readWord(JsonFields &fields, const QString &key, Parse parse, Enum fallback)
{
    const QString name = fields.text(key, JsonFields::Required);
    if (!fields.ok())
        return fallback;
    auto parsed = parse(name);
    if (!parsed) {
        fields.reject(key, parsed.error());
        return fallback;
    }
    return parsed.value();
}

// Each object of an array field, read by `read` with its own JsonFields, so an error names
// the element's field ("lines[2].quantity"); reading stops at the first error.
template<typename T, typename Read>
QList<T> readObjects(JsonFields &fields, const QString &key, Read read)
{
    using namespace Qt::StringLiterals;
    QList<T> items;
    const QJsonArray array = fields.array(key);
    for (qsizetype i = 0; i < array.size() && fields.ok(); ++i) {
        if (!array.at(i).isObject()) {
            fields.markInvalid(u"%1[%2]"_s.arg(key).arg(i));
            break;
        }
        JsonFields inner(array.at(i).toObject(), fields.pathOf(key, i));
        T item = read(inner);
        fields.adopt(inner);
        items.append(item);
    }
    return items;
}

} // namespace shopdesk
