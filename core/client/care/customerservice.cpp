#include "client/care/customerservice.h"

#include "client/apiclient.h"
#include "client/apireply.h"
#include "client/errortext.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/logging.h"
#include "domain/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

QString customerPath(qint64 id, const QString &tail = {})
{
    return u"/api/v1/customers/%1"_s.arg(id) + tail;
}

// The file name the server offers in Content-Disposition is not passed on by ApiReply; the
// screen proposes its own.
QString exportFileName(qint64 id, const QString &format)
{
    return u"customer-%1.%2"_s.arg(id).arg(format);
}

} // namespace

CustomerService::CustomerService(ApiClient *api, LocalCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    if (cache) {
        connect(cache, &LocalCache::customersChanged, this, [this](const QList<qint64> &ids) {
            for (qint64 id : ids)
                emit customerChanged(id);
        });
        connect(cache, &LocalCache::orderChanged, this, [this, cache](qint64 localId) {
            if (const auto local = cache->queries()->order(localId))
                emit customerOrdersChanged(local->order.customerId.value());
        });
    }
}

bool CustomerService::reportFailure(Action action, qint64 customerId, const ApiReply &reply)
{
    if (reply.isSuccess())
        return false;
    if (reply.isNetworkFailure()) {
        emit failed(action, customerId,
                    Tr::tr("The server cannot be reached; nothing was changed. Try again when "
                           "the connection is back."));
        return true;
    }
    const Error refusal = reply.error();
    qCInfo(lcSync) << "customer" << customerId << action << "refused:" << reply.status
                   << refusal.code;
    emit failed(action, customerId, ErrorText::describe(refusal));
    return true;
}

void CustomerService::load(qint64 customerId)
{
    QPointer<CustomerService> self(this);
    m_api->get(customerPath(customerId), {}, [self, customerId](const ApiReply &reply) {
        if (!self || self->reportFailure(Action::Load, customerId, reply))
            return;
        auto profile = care::CustomerProfile::fromJson(reply.json());
        if (!profile) {
            emit self->failed(Action::Load, customerId, profile.error().message);
            return;
        }
        emit self->profileLoaded(profile.value());
    });
}

void CustomerService::save(const care::CustomerProfile &profile)
{
    if (auto valid = profile.validate(); !valid) {
        emit failed(Action::Save, profile.id, valid.error().message);
        return;
    }
    const qint64 id = profile.id;
    QPointer<CustomerService> self(this);
    mutate(Action::Save, id, "PATCH", customerPath(id), profile.toPatch(),
           [self, id](const ApiReply &reply) {
               auto saved = care::CustomerProfile::fromJson(reply.json());
               if (!saved) {
                   emit self->failed(Action::Save, id, saved.error().message);
                   return;
               }
               emit self->saved(saved.value());
           });
}

void CustomerService::loadSummary(qint64 customerId)
{
    QPointer<CustomerService> self(this);
    m_api->get(customerPath(customerId, u"/summary"_s), {},
               [self, customerId](const ApiReply &reply) {
                   if (!self || self->reportFailure(Action::Summary, customerId, reply))
                       return;
                   auto summary = care::CustomerSummary::fromJson(reply.json());
                   if (!summary) {
                       emit self->failed(Action::Summary, customerId, summary.error().message);
                       return;
                   }
                   emit self->summaryLoaded(summary.value());
               });
}

void CustomerService::loadTimeline(qint64 customerId, const QString &before, int limit)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!before.isEmpty())
        query.addQueryItem(u"before"_s, before);
    QPointer<CustomerService> self(this);
    m_api->get(customerPath(customerId, u"/timeline"_s), query,
               [self, customerId, before](const ApiReply &reply) {
                   if (!self || self->reportFailure(Action::Timeline, customerId, reply))
                       return;
                   const QJsonObject page = reply.json();
                   QList<care::TimelineEntry> entries;
                   for (const QJsonValue &item : page.value(u"items"_s).toArray()) {
                       auto entry = care::TimelineEntry::fromJson(item.toObject());
                       if (!entry) {
                           emit self->failed(Action::Timeline, customerId, entry.error().message);
                           return;
                       }
                       entries.append(std::move(entry).value());
                   }
                   emit self->timelineLoaded(customerId, before, entries,
                                             page.value(u"next"_s).toString());
               });
}

void CustomerService::addNote(qint64 customerId, const QString &text)
{
    const QString note = text.trimmed();
    if (note.isEmpty() || note.size() > care::CustomerProfile::maxNotes) {
        emit failed(Action::AddNote, customerId,
                    Tr::tr("Write the note first (up to 10,000 characters)."));
        return;
    }
    QPointer<CustomerService> self(this);
    mutate(Action::AddNote, customerId, "POST", customerPath(customerId, u"/notes"_s),
           {{u"text"_s, note}},
           [self, customerId](const ApiReply &) { emit self->noteAdded(customerId); });
}

void CustomerService::merge(qint64 survivorId, qint64 duplicateId)
{
    if (survivorId == duplicateId) {
        emit failed(Action::Merge, survivorId,
                    Tr::tr("A customer cannot be merged with itself. Pick the duplicate."));
        return;
    }
    QPointer<CustomerService> self(this);
    mutate(Action::Merge, survivorId, "POST", customerPath(survivorId, u"/merge"_s),
           {{u"duplicate_id"_s, duplicateId}}, [self, survivorId, duplicateId](const ApiReply &) {
               emit self->merged(survivorId, duplicateId);
           });
}

void CustomerService::exportData(qint64 customerId, const QString &format)
{
    QUrlQuery query;
    query.addQueryItem(u"format"_s, format);
    QPointer<CustomerService> self(this);
    m_api->get(customerPath(customerId, u"/export"_s), query,
               [self, customerId, format](const ApiReply &reply) {
                   if (!self || self->reportFailure(Action::Export, customerId, reply))
                       return;
                   emit self->exported(customerId, reply.body, exportFileName(customerId, format));
               });
}

void CustomerService::erase(qint64 customerId)
{
    QPointer<CustomerService> self(this);
    mutate(Action::Erase, customerId, "POST", customerPath(customerId, u"/erase"_s), {},
           [self, customerId](const ApiReply &) { emit self->erased(customerId); });
}

void CustomerService::mutate(Action action, qint64 customerId, const QByteArray &method,
                             const QString &path, const QJsonObject &body, Done done)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString key = m_keys.keyFor(method, path, bytes);
    QPointer<CustomerService> self(this);
    m_api->send(method, path, bytes, key,
                [self, action, customerId, method, path, bytes, done](const ApiReply &reply) {
                    if (!self)
                        return;
                    self->m_keys.answered(method, path, bytes, reply);
                    if (self->reportFailure(action, customerId, reply))
                        return;
                    done(reply);
                });
}

} // namespace shopdesk::client
