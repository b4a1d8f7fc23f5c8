#include "server/auditroutes.h"

#include "domain/permissions.h"
#include "domain/tr.h"
#include "server/auditcsv.h"
#include "server/jsonbody.h"
#include "server/queryparameters.h"
#include "server/requesttext.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

Error badFilter(const QString &code, const QString &message, const QString &parameter)
{
    return Error{code, message, QJsonObject{{u"parameter"_s, parameter}}};
}

} // namespace

QList<Route> AuditRoutes::routes()
{
    return {
        {"GET", u"audit"_s, Capability::ReadAudit,
         [this](const CallPtr &call) {
             const QString format = call->request.queryValue(u"format"_s);
             if (!format.isEmpty() && format != u"json"_s && format != u"csv"_s) {
                 return call->fail(badFilter(u"invalid_parameter"_s,
                                             Tr::tr("format must be json or csv."), u"format"_s));
             }
             list(call, format == u"csv"_s);
         }},
        {"GET", u"audit.csv"_s, Capability::ReadAudit,
         [this](const CallPtr &call) { list(call, true); }},
    };
}

bool AuditRoutes::readTime(const CallPtr &call, const QString &name, qint64 &msecs)
{
    msecs = 0;
    const QString text = call->request.queryValue(name);
    if (text.isEmpty())
        return true;
    // Milliseconds since the epoch, or an ISO 8601 time or date as other routes take it.
    if (RequestText::isNumber(text)) {
        bool ok = false;
        msecs = text.toLongLong(&ok);
        if (ok && msecs > 0)
            return true;
    } else {
        Error ignored;
        if (QueryParameters::time(call->request, name, msecs, ignored) && msecs > 0) {
            // "to" covers what it names: a date its whole day, a time its whole second, as
            // the entries show their times to the second.
            if (name == u"to"_s && !text.contains(u'.'))
                msecs += text.contains(u'T') ? 999 : 24 * 3600 * 1000 - 1;
            return true;
        }
    }
    call->fail(badFilter(u"invalid_time_filter"_s,
                         Tr::tr("%1 must be an ISO 8601 time such as 2026-11-22T10:15:00Z or "
                                "milliseconds since 1970.")
                             .arg(name),
                         name));
    return false;
}

bool AuditRoutes::readCount(const CallPtr &call, const QString &name, const QString &code,
                            qint64 fallback, qint64 max, qint64 &value)
{
    value = fallback;
    const QString text = call->request.queryValue(name);
    if (text.isEmpty())
        return true;
    bool ok = RequestText::isNumber(text);
    const qint64 number = ok ? text.toLongLong(&ok) : 0;
    if (!ok || number < 1) {
        call->fail(
            badFilter(code, Tr::tr("%1 must be a whole number of at least 1.").arg(name), name));
        return false;
    }
    value = std::min(number, max);
    return true;
}

bool AuditRoutes::readFilter(const CallPtr &call, storage::AuditFilter &filter) const
{
    const HttpRequest &request = call->request;
    filter.user = request.queryValue(u"user"_s);
    filter.entity = request.queryValue(u"entity"_s);
    filter.entityId = request.queryValue(u"entity_id"_s);
    for (const auto &[name, text] :
         {std::pair{u"user"_s, filter.user}, std::pair{u"entity_id"_s, filter.entityId}}) {
        if (text.size() > JsonBody::nameLength) {
            call->fail(badFilter(
                u"invalid_parameter"_s,
                Tr::tr("%1 may have at most %2 characters.").arg(name).arg(JsonBody::nameLength),
                name));
            return false;
        }
    }
    const QString &role = call->actor.role;
    if (!filter.entity.isEmpty()) {
        if (!Permissions::entities().contains(filter.entity)) {
            call->fail(Error{u"unknown_entity"_s,
                             Tr::tr("There is no entity %1 in the change log; it records: %2.")
                                 .arg(RequestText::printable(filter.entity).left(64),
                                      Permissions::entities().join(u", "_s)),
                             QJsonObject{{u"parameter"_s, u"entity"_s}}});
            return false;
        }
        if (!Permissions::mayRead(role, filter.entity)) {
            call->fail(Error{
                u"forbidden"_s,
                Tr::tr("The role %1 may not read the records of %2.").arg(role, filter.entity),
                QJsonObject{{u"role"_s, role}, {u"entity"_s, filter.entity}}});
            return false;
        }
    }
    if (!readTime(call, u"from"_s, filter.from) || !readTime(call, u"to"_s, filter.to))
        return false;
    if (filter.from > 0 && filter.to > 0 && filter.from > filter.to) {
        call->fail(Error{u"time_range_reversed"_s, Tr::tr("from must not be after to."),
                         QJsonObject{{u"parameter"_s, u"from"_s}}});
        return false;
    }
    // Admin matters (users, settings, backups) only for the roles that read them.
    const QStringList &all = Permissions::entities();
    for (const QString &entity : all) {
        if (Permissions::mayRead(role, entity))
            filter.readable.append(entity);
    }
    if (filter.readable.size() == all.size())
        filter.readable.clear();
    return true;
}

void AuditRoutes::list(const CallPtr &call, bool csv)
{
    if (!call->checkQuery({u"user"_s, u"entity"_s, u"entity_id"_s, u"from"_s, u"to"_s, u"limit"_s,
                           u"after"_s, u"format"_s})) {
        return;
    }
    storage::AuditFilter filter;
    if (!readFilter(call, filter))
        return;
    const qint64 pageMax = csv ? csvPage : QueryParameters::maxPage;
    const qint64 pageDefault = csv ? csvPage : QueryParameters::defaultPage;
    qint64 limit = 0;
    qint64 after = 0;
    if (!readCount(call, u"limit"_s, u"invalid_limit"_s, pageDefault, pageMax, limit))
        return;
    if (!call->request.queryValue(u"after"_s).isEmpty() &&
        !readCount(call, u"after"_s, u"invalid_parameter"_s, 0, std::numeric_limits<qint64>::max(),
                   after)) {
        return;
    }
    auto page = storage::AuditTrail(m_reader.database()).page(filter, int(limit), after);
    if (!page)
        return call->fail(u"storage_unavailable"_s, page.error().message);
    if (!csv)
        return call->answer(HttpResponse::json(200, page.value()));

    // One page of CSV, each a file of its own with a header row; the next page's cursor
    // travels in a header so a client can append pages without holding them all.
    HttpResponse response;
    response.body = AuditCsv::header() + AuditCsv::rows(page.value()[u"items"_s].toArray());
    response.headers.append({QByteArray("Content-Type"), "text/csv; charset=utf-8"});
    response.headers.append(
        {QByteArray("Content-Disposition"), "attachment; filename=\"audit.csv\""});
    const QJsonValue next = page.value()[u"next"_s];
    if (next.isString())
        response.headers.append({QByteArray("X-Next-After"), next.toString().toLatin1()});
    call->answer(response);
}

} // namespace shopdesk::server
