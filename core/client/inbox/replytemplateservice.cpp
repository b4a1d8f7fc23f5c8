#include "client/inbox/replytemplateservice.h"

#include "client/apiclient.h"
#include "domain/tr.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

namespace {

const QString templatesPath = u"/api/v1/inbox/templates"_s;
constexpr int pageSize = 200;

Error gone()
{
    return Error{u"no_session"_s, Tr::tr("Not signed in."), {}};
}

QString templatePath(qint64 id, const QString &action = {})
{
    QString path = templatesPath + u'/' + QString::number(id);
    if (!action.isEmpty())
        path += u'/' + action;
    return path;
}

QJsonObject textsOf(const QMap<QString, QString> &texts)
{
    QJsonObject object;
    for (auto it = texts.begin(); it != texts.end(); ++it)
        object.insert(it.key(), it.value().isEmpty() ? QJsonValue() : QJsonValue(it.value()));
    return object;
}

} // namespace

ReplyTemplateService::ReplyTemplateService(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

ReplyTemplateService::Answer ReplyTemplateService::asTemplate(TemplateDone done)
{
    QPointer<ReplyTemplateService> self(this);
    return [self, done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        done(inbox::ReplyTemplate::fromJson(answer.value()));
        if (self)
            emit self->templatesChanged();
    };
}

void ReplyTemplateService::send(const QByteArray &method, const QString &path,
                                const QJsonObject &body, Answer done)
{
    if (!m_api)
        return done(gone());
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QString key = m_keys.keyFor(method, path, bytes);
    QPointer<ReplyTemplateService> self(this);
    m_api->send(method, path, bytes, key, [self, method, path, bytes, done](const ApiReply &reply) {
        if (self)
            self->m_keys.answered(method, path, bytes, reply);
        if (!reply.isSuccess())
            return done(reply.error());
        done(reply.json());
    });
}

void ReplyTemplateService::list(bool archived, TemplatesDone done)
{
    collect(archived, {}, {}, std::move(done));
}

void ReplyTemplateService::collect(bool archived, const QString &after,
                                   QList<inbox::ReplyTemplate> found, TemplatesDone done)
{
    if (!m_api)
        return done(gone());
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(pageSize));
    if (archived)
        query.addQueryItem(u"archived"_s, u"true"_s);
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, after);
    QPointer<ReplyTemplateService> self(this);
    m_api->get(templatesPath, query, [self, archived, found, done](const ApiReply &reply) mutable {
        if (!reply.isSuccess())
            return done(reply.error());
        const QJsonObject page = reply.json();
        const QJsonArray items = page.value(u"items"_s).toArray();
        for (const QJsonValue &item : items) {
            auto parsed = inbox::ReplyTemplate::fromJson(item.toObject());
            if (!parsed)
                return done(parsed.error());
            found.append(parsed.value());
        }
        const QString next = page.value(u"next"_s).toString();
        if (next.isEmpty() || items.isEmpty() || !self)
            return done(found);
        self->collect(archived, next, std::move(found), std::move(done));
    });
}

void ReplyTemplateService::create(const QString &name, const QMap<QString, QString> &texts,
                                  TemplateDone done)
{
    send("POST", templatesPath, {{u"name"_s, name}, {u"texts"_s, textsOf(texts)}},
         asTemplate(std::move(done)));
}

void ReplyTemplateService::update(qint64 id, const std::optional<QString> &name,
                                  const QMap<QString, QString> &texts, TemplateDone done)
{
    QJsonObject body;
    if (name)
        body.insert(u"name"_s, *name);
    if (!texts.isEmpty())
        body.insert(u"texts"_s, textsOf(texts));
    send("PATCH", templatePath(id), body, asTemplate(std::move(done)));
}

void ReplyTemplateService::archive(qint64 id, TemplateDone done)
{
    send("DELETE", templatePath(id), {}, asTemplate(std::move(done)));
}

void ReplyTemplateService::fill(qint64 id, qint64 customerId, qint64 orderId, FillDone done)
{
    QJsonObject body{{u"customer_id"_s, customerId}};
    if (orderId > 0)
        body.insert(u"order_id"_s, orderId);
    send("POST", templatePath(id, u"fill"_s), body, [done](const Result<QJsonObject> &answer) {
        if (!answer)
            return done(answer.error());
        Filled filled;
        filled.text = answer->value(u"text"_s).toString();
        filled.language = answer->value(u"language"_s).toString();
        filled.customerLanguage = answer->value(u"customer_language"_s).toString();
        filled.fallback = answer->value(u"fallback"_s).toBool();
        for (const QJsonValue &name : answer->value(u"missing"_s).toArray())
            filled.missing.append(name.toString());
        done(filled);
    });
}

} // namespace shopdesk::client
