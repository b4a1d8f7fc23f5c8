#include "domain/contentrevision.h"

#include "domain/jsonfieldreader.h"
#include "domain/jsonfields.h"

using namespace Qt::StringLiterals;

namespace shopdesk {

Result<ContentRevision> ContentRevision::fromJson(const QJsonObject &json)
{
    JsonFieldReader read(u"revisions"_s);
    ContentRevision revision;
    revision.revision = read.count(json, u"revision"_s);
    revision.publishedAt = read.timeOrNull(json, u"published_at"_s);
    revision.publishedBy = read.optionalText(json, u"published_by"_s);
    revision.source = read.text(json, u"source"_s);
    revision.title = read.optionalText(json, u"title"_s);
    if (!read.ok())
        return read.error();
    return revision;
}

QJsonObject ContentRevision::toJson() const
{
    return QJsonObject{{u"revision"_s, revision},
                       {u"published_at"_s, isoTimeOrNull(publishedAt)},
                       {u"published_by"_s, publishedBy},
                       {u"source"_s, source},
                       {u"title"_s, title}};
}

} // namespace shopdesk
