#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopdesk::inbox {

// One language's text of a reply template, as last saved.
struct ReplyTemplateText
{
    QString language; // one of ReplyTemplate::languages()
    QString body;
    int version = 1; // counts the saves of this language's text
    QDateTime updatedAt;
    QString updatedBy;
};

// A frequent answer: one name with a text per language of the shop. Archived templates are
// kept (replies name them) but no longer offered.
struct ReplyTemplate
{
    qint64 id = 0;
    QString name;
    bool archived = false;
    QList<ReplyTemplateText> texts; // ordered by language code

    // The shop's languages: those its texts and mails are translated into.
    static const QStringList &languages();
    // The language a customer is written in when a template has no text in theirs.
    static QString defaultLanguage();

    // The text in exactly this language, or nullptr.
    const ReplyTemplateText *text(const QString &language) const;
    QStringList textLanguages() const;

    // The API's template object; `id` and `name` are required.
    static Result<ReplyTemplate> fromJson(const QJsonObject &object);
};

} // namespace shopdesk::inbox
