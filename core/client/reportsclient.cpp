#include "client/reportsclient.h"

#include "client/apiclient.h"
#include "client/logging.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

ReportsClient::ReportsClient(client::ApiClient *api, QObject *parent)
    : ReportSource(parent)
    , m_api(api)
{}

quint64 ReportsClient::request(const QString &report, const QUrlQuery &query)
{
    const quint64 id = nextId();
    if (!m_api) {
        // Answers always come later, as the screens expect, also when the session is gone.
        QTimer::singleShot(0, this, [this, id, report] {
            emit reportFailed(id, report, client::ApiReply().error());
        });
        return id;
    }
    m_api->get(u"/api/v1/reports/"_s + report, query,
               [self = QPointer<ReportsClient>(this), id, report](const client::ApiReply &reply) {
                   if (!self)
                       return;
                   if (reply.isSuccess()) {
                       emit self->reportReady(id, report, reply.json());
                       return;
                   }
                   const Error error = reply.error();
                   qCWarning(lcSync) << "report" << report << "failed:" << error.code;
                   emit self->reportFailed(id, report, error);
               });
    return id;
}

} // namespace shopdesk::reports
