#include "server/reportroutes.h"

#include "reports/reportschema.h"
#include "reports/reportservice.h"

#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::server {

ReportRoutes::ReportRoutes(storage::ShopStore &reader)
    : m_reader(reader)
{}

ReportRoutes::~ReportRoutes() = default;

QList<Route> ReportRoutes::routes()
{
    return {
        Route("GET", u"reports/{word}"_s, Capability::ReadReports,
              [this](const CallPtr &call) { report(call); })
            .refusedWith([] { return Tr::tr("Reports are for managers and admins."); }),
    };
}

void ReportRoutes::report(const CallPtr &call)
{
    // The report tables are made on the first report asked for; the service brings them up
    // to date with the change log before every answer.
    if (!m_reports) {
        if (auto ok = reports::ReportSchema::ensure(m_reader.database()); !ok)
            return call->fail(ok.error());
        m_reports =
            std::make_unique<reports::ReportService>(m_reader.database(), m_reader.currency());
    }
    const Result<QJsonObject> result =
        m_reports->run(call->params.value(0), call->request.query, call->actor.role);
    if (!result) {
        return call->answer(HttpResponse::json(reports::ReportService::httpStatus(result.error()),
                                               Call::errorJson(result.error())));
    }
    call->answer(HttpResponse::json(200, result.value()));
}

} // namespace shopdesk::server
