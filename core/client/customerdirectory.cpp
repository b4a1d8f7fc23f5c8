#include "client/customerdirectory.h"

#include "client/apiclient.h"
#include "client/localcache.h"
#include "client/localcachequeries.h"
#include "client/logging.h"
#include "domain/ids.h"
#include "domain/tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

CustomerDirectory::CustomerDirectory(LocalCache *cache, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
{}

QList<CustomerRecord> CustomerDirectory::searchLocal(const QString &text, int limit) const
{
    return m_cache->queries()->findCustomers(text, limit);
}

QList<care::CustomerMatch> CustomerDirectory::matchesLocal(const QString &text, int limit) const
{
    QList<care::CustomerMatch> matches;
    for (CustomerRecord &customer : searchLocal(text, limit))
        matches.append({std::move(customer), QString(), std::nullopt});
    return matches;
}

void CustomerDirectory::mergeInto(QList<CustomerRecord> *into, const QList<CustomerRecord> &more)
{
    for (const CustomerRecord &c : more) {
        const bool known = std::any_of(into->cbegin(), into->cend(),
                                       [&](const CustomerRecord &k) { return k.id == c.id; });
        if (!known)
            into->append(c);
    }
}

void CustomerDirectory::search(const QString &text)
{
    const quint64 generation = ++m_searchGeneration;
    const QString needle = text.trimmed();
    if (needle.isEmpty()) {
        emit searchFinished(text, {});
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"query"_s, needle);
    query.addQueryItem(u"limit"_s, u"50"_s);
    QPointer<CustomerDirectory> self(this);
    m_api->get(u"/api/v1/customers"_s, query, [self, generation, text, needle](const ApiReply &r) {
        if (!self || generation != self->m_searchGeneration)
            return;
        if (!r.isSuccess()) {
            // Offline the cache's answer is the whole answer.
            qCDebug(lcSync) << "customer search on the server failed:" << r.error().message;
            emit self->searchFinished(text, self->matchesLocal(needle));
            return;
        }
        QList<care::CustomerMatch> remote;
        const QJsonArray items = r.json().value(u"items"_s).toArray();
        for (const QJsonValue &item : items) {
            if (auto match = care::CustomerMatch::fromJson(item.toObject()))
                remote.append(std::move(match).value());
            else
                qCWarning(lcSync) << "customer search row unreadable:" << match.error().message;
        }
        emit self->searchFinished(text, remote);
    });
}

QString CustomerDirectory::phoneDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

bool CustomerDirectory::isLikelyDuplicate(const CustomerRecord &existing,
                                          const CustomerDraft &draft)
{
    const QString email = draft.email.trimmed();
    if (!email.isEmpty() && existing.email.compare(email, Qt::CaseInsensitive) == 0)
        return true;
    const QString phone = phoneDigits(draft.phone);
    return phone.size() >= 5 && phoneDigits(existing.phone) == phone;
}

Result<void> CustomerDirectory::validate(const CustomerDraft &draft)
{
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        return Result<void>::failure(u"missing_name"_s, Tr::tr("Enter the customer's name."));
    if (name.size() > 200 || draft.email.size() > 200 || draft.phone.size() > 200)
        return Result<void>::failure(u"too_long"_s,
                                     Tr::tr("Name, e-mail and phone are up to 200 characters."));
    if (draft.address.size() > 10000)
        return Result<void>::failure(u"too_long"_s,
                                     Tr::tr("The address is up to 10,000 characters."));
    static const QRegularExpression emailShape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!draft.email.trimmed().isEmpty() && !emailShape.match(draft.email.trimmed()).hasMatch())
        return Result<void>::failure(u"invalid_email"_s,
                                     Tr::tr("\"%1\" is not an e-mail address.").arg(draft.email));
    if (draft.email.trimmed().isEmpty() && phoneDigits(draft.phone).isEmpty())
        return Result<void>::failure(u"missing_contact"_s,
                                     Tr::tr("Enter an e-mail address or a phone number."));
    return {};
}

void CustomerDirectory::create(const CustomerDraft &draft, bool force)
{
    if (auto valid = validate(draft); !valid) {
        emit createFailed(valid.error().message);
        return;
    }
    if (force) {
        post(draft, true);
        return;
    }
    QList<CustomerRecord> local;
    for (const QString &key : {draft.email.trimmed(), phoneDigits(draft.phone)}) {
        if (key.size() < 3)
            continue;
        for (const CustomerRecord &c : m_cache->queries()->findCustomers(key, 20)) {
            if (isLikelyDuplicate(c, draft))
                mergeInto(&local, {c});
        }
    }
    if (!local.isEmpty()) {
        emit duplicatesFound(local);
        return;
    }
    // The cache may not hold a customer made a moment ago on another desk: the server checks
    // again and answers 409 likely_duplicate.
    post(draft, false);
}

void CustomerDirectory::post(const CustomerDraft &draft, bool allowDuplicate)
{
    QString key;
    for (const auto &[d, k] : std::as_const(m_keys)) {
        if (d.first == draft && d.second == allowDuplicate)
            key = k;
    }
    if (key.isEmpty()) {
        key = IdempotencyKey::generate().toString();
        m_keys.append({{draft, allowDuplicate}, key});
    }
    QJsonObject body{{u"name"_s, draft.name.trimmed()}};
    if (!allowDuplicate)
        body.insert(u"check_duplicates"_s, true);
    for (const auto &[field, value] :
         {std::pair{u"email"_s, draft.email}, std::pair{u"phone"_s, draft.phone},
          std::pair{u"address"_s, draft.address}, std::pair{u"language"_s, draft.language}}) {
        if (!value.trimmed().isEmpty())
            body.insert(field, value.trimmed());
    }
    QPointer<CustomerDirectory> self(this);
    m_api->send("POST", u"/api/v1/customers"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
                key, [self, draft, allowDuplicate](const ApiReply &r) {
                    if (!self)
                        return;
                    if (r.isNetworkFailure()) {
                        emit self->createFailed(
                            Tr::tr("The server cannot be reached, so the customer was not "
                                   "created. Try again when the connection is back."));
                        return;
                    }
                    self->m_keys.removeIf([&](const auto &entry) {
                        return entry.first.first == draft && entry.first.second == allowDuplicate;
                    });
                    const Error error = r.error();
                    if (r.status == 409 && error.code == u"likely_duplicate"_s) {
                        const auto existing =
                            CustomerRecord::fromJson(error.details.value(u"customer"_s).toObject());
                        if (existing) {
                            emit self->duplicatesFound({existing.value()});
                            return;
                        }
                    }
                    if (!r.isSuccess()) {
                        emit self->createFailed(error.message);
                        return;
                    }
                    const auto created = CustomerRecord::fromJson(r.json());
                    if (!created) {
                        emit self->createFailed(created.error().message);
                        return;
                    }
                    emit self->created(created.value());
                });
}

} // namespace shopdesk::client
