#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace shopdesk::client {

// One server setting as the admin's screen shows it (docs/api.md, "Settings"): its value
// (text, a whole number or a list of texts), or for a secret only whether it is set; where the
// value comes from; and whether a change applies at once or at the server's next start.
struct ServerSetting
{
    enum class Source { Default, Stored, Operator };

    QString key;
    QVariant value; // QString, qint64 or QStringList; empty for a secret
    bool secret = false;
    bool isSet = false; // a secret has a value
    Source source = Source::Default;
    bool live = false;

    // The operator set it on the server's command line: the admin cannot change it.
    bool isEditable() const { return source != Source::Operator; }

    static Result<ServerSetting> fromJson(const QJsonObject &json);
};

} // namespace shopdesk::client
