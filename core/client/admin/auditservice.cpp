#include "client/admin/auditservice.h"

#include "client/apiclient.h"
#include "client/jsoncalls.h"
#include "domain/tr.h"

#include <QSaveFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

const QString auditPath = u"/api/v1/audit"_s;
const QString csvPath = u"/api/v1/audit.csv"_s;

Error gone()
{
    return Error{u"no_session"_s, Tr::tr("Not signed in."), {}};
}

// One export in progress: the file and how far it got.
struct CsvExport
{
    QPointer<ApiClient> api;
    AuditQuery query;
    std::unique_ptr<QSaveFile> file;
    qint64 rows = 0;
    AuditService::ExportDone done;
};

void fetchCsvPage(const std::shared_ptr<CsvExport> &job, const QByteArray &after)
{
    if (!job->api)
        return job->done(gone());
    QUrlQuery query = job->query.urlQuery();
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, QString::fromLatin1(after));
    job->api->get(csvPath, query, [job, first = after.isEmpty()](const ApiReply &reply) {
        if (!reply.isSuccess())
            return job->done(reply.error());
        QByteArray body = reply.body;
        // Each page is a file of its own: the header row only once.
        if (!first)
            body.remove(0, body.indexOf('\n') + 1);
        if (job->file->write(body) != body.size()) {
            return job->done(Error{u"file_not_written"_s,
                                   Tr::tr("Could not write %1: %2")
                                       .arg(job->file->fileName(), job->file->errorString()),
                                   {}});
        }
        job->rows += body.count('\n') - (first ? 1 : 0);
        const QByteArray next = reply.header("x-next-after");
        if (!next.isEmpty())
            return fetchCsvPage(job, next);
        if (!job->file->commit()) {
            return job->done(Error{u"file_not_written"_s,
                                   Tr::tr("Could not write %1: %2")
                                       .arg(job->file->fileName(), job->file->errorString()),
                                   {}});
        }
        job->done(job->rows);
    });
}

} // namespace

AuditService::AuditService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_calls(api)
{}

void AuditService::page(const AuditQuery &query, qint64 after, int limit, PageDone done)
{
    QUrlQuery url = query.urlQuery();
    url.addQueryItem(u"limit"_s, QString::number(limit));
    if (after > 0)
        url.addQueryItem(u"after"_s, QString::number(after));
    m_calls.get(auditPath, url, [done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        auto entries = JsonCalls::itemsOf<AuditEntry>(answer.value());
        if (!entries)
            return done(entries.error());
        AuditPage page{entries.value(), 0};
        const QJsonValue next = answer.value().value(u"next"_s);
        if (next.isString())
            page.next = next.toString().toLongLong();
        done(page);
    });
}

void AuditService::exportCsv(const AuditQuery &query, const QString &path, ExportDone done)
{
    auto job = std::make_shared<CsvExport>();
    job->api = m_api;
    job->query = query;
    job->file = std::make_unique<QSaveFile>(path);
    job->done = std::move(done);
    if (!job->file->open(QIODevice::WriteOnly)) {
        return job->done(Error{u"file_not_written"_s,
                               Tr::tr("Could not write %1: %2").arg(path, job->file->errorString()),
                               {}});
    }
    fetchCsvPage(job, {});
}

} // namespace shopdesk::client
