#pragma once

#include <QJsonObject>
#include <QString>

namespace shopdesk {

// A JSON object kept as compact text: in a database column or the client's cache.
QString jsonToText(const QJsonObject &object);
// The object back; an empty one if the text is not a JSON object.
QJsonObject jsonFromText(const QString &text);

} // namespace shopdesk
