#include "server/inbox/replytemplateroutes.h"

#include "domain/inbox/replytemplate.h"
#include "domain/inbox/replytemplatefill.h"
#include "domain/tr.h"
#include "server/jsonbody.h"
#include "server/queryparameters.h"

#include <QJsonArray>

#include <limits>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

constexpr qint64 maxId = std::numeric_limits<qint32>::max() * 1024LL;

// The values of one customer and, when given, one order of theirs.
inbox::ReplyValues valuesFor(const QJsonObject &customer, const QJsonObject &order,
                             const QString &shopName, const QString &agentName)
{
    inbox::ReplyValues values;
    values.customerName = customer.value(u"name"_s).toString();
    values.shopName = shopName;
    values.agentName = agentName;
    if (order.isEmpty())
        return values;
    values.orderNumber = QString::number(order.value(u"id"_s).toInteger());
    const QDateTime created =
        QDateTime::fromString(order.value(u"created_at"_s).toString(), Qt::ISODate);
    if (created.isValid())
        values.orderDate = created.toUTC().date();
    if (auto total = Money::fromJson(order.value(u"total"_s)); total)
        values.orderTotal = total.value();
    if (auto status = parseOrderStatus(order.value(u"status"_s).toString()); status)
        values.orderStatus = status.value();
    values.carrier = order.value(u"carrier"_s).toString();
    values.trackingNumber = order.value(u"tracking"_s).toString();
    return values;
}

} // namespace

QList<Route> ReplyTemplateRoutes::routes()
{
    auto to = [this](void (ReplyTemplateRoutes::*handler)(const CallPtr &)) {
        return memberHandler(this, handler);
    };
    const Capability manage = Capability::ManageReplyTemplates;
    return {
        {"GET", u"inbox/templates"_s, Capability::AnswerInbox, to(&ReplyTemplateRoutes::list)},
        {"POST", u"inbox/templates"_s, manage, to(&ReplyTemplateRoutes::create)},
        {"GET", u"inbox/templates/{id}"_s, Capability::AnswerInbox, to(&ReplyTemplateRoutes::get)},
        {"PATCH", u"inbox/templates/{id}"_s, manage, to(&ReplyTemplateRoutes::update)},
        {"DELETE", u"inbox/templates/{id}"_s, manage, to(&ReplyTemplateRoutes::archive)},
        {"POST", u"inbox/templates/{id}/fill"_s, Capability::AnswerInbox,
         to(&ReplyTemplateRoutes::fill)},
    };
}

void ReplyTemplateRoutes::list(const CallPtr &call)
{
    if (!call->checkQuery({u"archived"_s, u"language"_s, u"limit"_s, u"after"_s}))
        return;
    int limit = 0;
    qint64 after = 0;
    Error error;
    if (!QueryParameters::page(call->request, limit, error) ||
        !QueryParameters::id(call->request, u"after"_s, after, error)) {
        return call->fail(error);
    }
    const QString archived = call->request.queryValue(u"archived"_s);
    if (!archived.isEmpty() && archived != u"true"_s && archived != u"false"_s) {
        return call->fail(u"invalid_parameter"_s, Tr::tr("archived must be true or false."));
    }
    const QString language = call->request.queryValue(u"language"_s);
    if (!language.isEmpty() && !inbox::ReplyTemplate::languages().contains(language)) {
        return call->fail(u"invalid_parameter"_s,
                          Tr::tr("language must be one of: %1.")
                              .arg(inbox::ReplyTemplate::languages().join(u", "_s)));
    }
    call->reply(200, storage::ReplyTemplateStore(m_reader).list(archived == u"true"_s, language,
                                                                limit, after));
}

void ReplyTemplateRoutes::get(const CallPtr &call)
{
    if (!call->checkQuery({}))
        return;
    call->reply(200, storage::ReplyTemplateStore(m_reader).withHistory(call->idParam(0)));
}

std::optional<ReplyTemplateRoutes::Changes> ReplyTemplateRoutes::readChanges(const CallPtr &call,
                                                                             bool creating)
{
    QJsonObject object;
    if (!call->readBody(object))
        return std::nullopt;
    JsonBody body(object);
    body.allowOnly({u"name"_s, u"texts"_s});
    Changes changes;
    if (creating || body.has(u"name"_s))
        changes.name = body.string(u"name"_s, creating, JsonBody::nameLength).trimmed();
    const QJsonObject texts = body.object(u"texts"_s, creating);
    if (body.ok() && changes.name && changes.name->isEmpty())
        body.setError(422, u"empty_name"_s, Tr::tr("Give the template a name."), u"name"_s);
    if (body.ok() && creating && texts.isEmpty()) {
        body.setError(422, u"no_texts"_s,
                      Tr::tr("Write the template's text in one language at least."), u"texts"_s);
    }
    if (!body.ok()) {
        call->fail(body.error());
        return std::nullopt;
    }
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QString language = it.key();
        // null takes a language's text away; only an existing template has one to take.
        if (!it.value().isString() && !(it.value().isNull() && !creating)) {
            call->fail(u"invalid_type"_s,
                       Tr::tr("The text in \"%1\" must be a string%2.")
                           .arg(language.left(50), creating ? QString() : Tr::tr(" or null")),
                       {{u"field"_s, u"texts"_s}, {u"language"_s, language.left(50)}});
            return std::nullopt;
        }
        const QString text = it.value().toString();
        if (it.value().isNull()) {
            if (!inbox::ReplyTemplate::languages().contains(language)) {
                call->fail(inbox::ReplyTemplateFill::check(language, u"-"_s).error());
                return std::nullopt;
            }
        } else if (auto ok = inbox::ReplyTemplateFill::check(language, text); !ok) {
            call->fail(ok.error());
            return std::nullopt;
        }
        changes.texts.append({language, text});
    }
    return changes;
}

void ReplyTemplateRoutes::create(const CallPtr &call)
{
    const auto changes = readChanges(call, true);
    if (!changes)
        return;
    const storage::Actor actor = call->actor;
    call->write(201, [actor, changes](storage::ShopStore &store) {
        return storage::ReplyTemplateStore(store).create(actor, *changes->name, changes->texts);
    });
}

void ReplyTemplateRoutes::update(const CallPtr &call)
{
    const auto changes = readChanges(call, false);
    if (!changes)
        return;
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id, changes](storage::ShopStore &store) {
        return storage::ReplyTemplateStore(store).update(actor, id, changes->name, changes->texts);
    });
}

void ReplyTemplateRoutes::archive(const CallPtr &call)
{
    if (!call->readNoFields())
        return;
    const storage::Actor actor = call->actor;
    const qint64 id = call->idParam(0);
    call->write(200, [actor, id](storage::ShopStore &store) {
        return storage::ReplyTemplateStore(store).archive(actor, id);
    });
}

Result<std::pair<QJsonObject, QJsonObject>> ReplyTemplateRoutes::customerAndOrder(qint64 customerId,
                                                                                  qint64 orderId)
{
    using Found = Result<std::pair<QJsonObject, QJsonObject>>;
    auto customer = m_reader.customers().customer(customerId);
    if (!customer) {
        if (customer.error().code != u"not_found"_s)
            return customer.error();
        return Found::failure(u"unknown_customer"_s,
                              Tr::tr("There is no customer %1.").arg(customerId),
                              {{u"customer_id"_s, customerId}});
    }
    if (orderId <= 0)
        return std::pair(customer.value(), QJsonObject());
    auto order = m_reader.orders().order(orderId);
    if (!order) {
        if (order.error().code != u"not_found"_s)
            return order.error();
        return Found::failure(u"unknown_order"_s, Tr::tr("There is no order %1.").arg(orderId),
                              {{u"order_id"_s, orderId}});
    }
    if (order.value().value(u"customer_id"_s).toInteger() != customerId) {
        return Found::failure(u"other_customer"_s,
                              Tr::tr("Order %1 belongs to another customer.").arg(orderId),
                              {{u"order_id"_s, orderId}});
    }
    return std::pair(customer.value(), order.value());
}

void ReplyTemplateRoutes::fill(const CallPtr &call)
{
    QJsonObject object;
    if (!call->readBody(object))
        return;
    JsonBody body(object);
    body.allowOnly({u"customer_id"_s, u"order_id"_s});
    const qint64 customerId = body.integer(u"customer_id"_s, true, 1, maxId, u"unknown_customer"_s);
    const qint64 orderId = body.integer(u"order_id"_s, false, 1, maxId, u"unknown_order"_s);
    if (!body.ok())
        return call->fail(body.error());

    auto found = storage::ReplyTemplateStore(m_reader).replyTemplate(call->idParam(0));
    if (!found)
        return call->fail(found.error());
    auto parsed = inbox::ReplyTemplate::fromJson(found.value());
    if (!parsed)
        return call->fail(parsed.error());
    const inbox::ReplyTemplate &replyTemplate = parsed.value();
    if (replyTemplate.archived) {
        return call->fail(u"template_archived"_s,
                          Tr::tr("Template %1 is archived.").arg(replyTemplate.id));
    }
    auto people = customerAndOrder(customerId, orderId);
    if (!people)
        return call->fail(people.error());
    const auto &[customer, order] = people.value();

    const QString customerLanguage = customer.value(u"language"_s).toString();
    const QString language =
        inbox::ReplyTemplateFill::chooseLanguage(customerLanguage, replyTemplate.textLanguages());
    if (language.isEmpty()) {
        return call->fail(
            u"no_template_text"_s,
            Tr::tr("Template %1 has no text in %2 nor in %3.")
                .arg(replyTemplate.id)
                .arg(customerLanguage, inbox::ReplyTemplate::defaultLanguage()),
            {{u"languages"_s, QJsonArray::fromStringList(replyTemplate.textLanguages())}});
    }
    const inbox::FilledReply filled = inbox::ReplyTemplateFill::fill(
        replyTemplate.text(language)->body, language,
        valuesFor(customer, order, m_shopName, call->actor.username));
    call->answer(HttpResponse::json(
        200, QJsonObject{{u"template_id"_s, replyTemplate.id},
                         {u"customer_id"_s, customerId},
                         {u"order_id"_s, orderId > 0 ? QJsonValue(orderId) : QJsonValue()},
                         {u"language"_s, language},
                         {u"customer_language"_s, customerLanguage},
                         {u"fallback"_s, !customerLanguage.startsWith(language)},
                         {u"text"_s, filled.text},
                         {u"missing"_s, QJsonArray::fromStringList(filled.missing)}}));
}

} // namespace shopdesk::server
