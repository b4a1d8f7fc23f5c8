#pragma once

#include "client/admin/auditentry.h"
#include "client/admin/auditquery.h"
#include "client/jsoncalls.h"
#include "domain/result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace shopdesk::client {

class ApiClient;

// One page of the audit trail, newest first; next is the cursor of the page after it
// (0: none).
struct AuditPage
{
    QList<AuditEntry> entries;
    qint64 next = 0;
};

// The audit trail's calls to the server (docs/api.md, "Audit"): a page of change records
// with the filters, and the filtered list exported as the server's CSV into a file, page
// by page so a long trail never sits in memory whole.
class AuditService : public QObject
{
    Q_OBJECT
public:
    using PageDone = std::function<void(const Result<AuditPage> &)>;
    // The rows written.
    using ExportDone = std::function<void(const Result<qint64> &)>;

    explicit AuditService(ApiClient *api, QObject *parent = nullptr);

    void page(const AuditQuery &query, qint64 after, int limit, PageDone done);
    // Writes every record the query finds to path (replaced only when all went well).
    void exportCsv(const AuditQuery &query, const QString &path, ExportDone done);

private:
    QPointer<ApiClient> m_api;
    JsonCalls m_calls;
};

} // namespace shopdesk::client
