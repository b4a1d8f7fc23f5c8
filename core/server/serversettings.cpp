#include "server/serversettings.h"

#include "domain/tr.h"

#include <QMutexLocker>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

constexpr qint64 textLength = 10000;
constexpr qint64 nameLength = 200;
constexpr qint64 weekMinutes = 7 * 24 * 60;

Error invalid(const QString &key, const QString &message)
{
    return Error{u"invalid_setting"_s, message, QJsonObject{{u"key"_s, key}}};
}

// A mail server URL as it may be shown: without a password in it.
QString withoutPassword(const QString &url)
{
    if (url.isEmpty())
        return url;
    return QUrl(url).toString(QUrl::RemovePassword);
}

} // namespace

const QList<ServerSettings::Definition> &ServerSettings::definitions()
{
    static const QList<Definition> all = {
        {u"mail.relay_url"_s, Kind::Text, 0, 2000, true},
        {u"mail.relay_password"_s, Kind::Secret, 0, 1000, true},
        {u"mail.from"_s, Kind::Text, 0, nameLength, true},
        {u"shop.name"_s, Kind::Text, 1, nameLength, true},
        {u"shop.address"_s, Kind::Text, 0, 2000, true},
        {u"shop.phone"_s, Kind::Text, 0, nameLength, true},
        {u"shop.reply_to"_s, Kind::Text, 0, nameLength, true},
        {u"shop.bank_details"_s, Kind::Text, 0, 2000, true},
        {u"orders.reservation_minutes"_s, Kind::Integer, 1, weekMinutes, true},
        {u"orders.payment_reminder_minutes"_s, Kind::Integer, 0, weekMinutes, false},
        {u"orders.return_window_days"_s, Kind::Integer, 1, 3650, false},
        {u"orders.refund_approval_limit"_s, Kind::Integer, 0, 1'000'000'000'000LL, false},
        {u"orders.payment_urls"_s, Kind::TextList, 0, 2000, false},
        {u"orders.carrier_urls"_s, Kind::TextList, 0, 2000, false},
        {u"mailbox.imap_url"_s, Kind::Text, 0, 2000, false},
        {u"mailbox.imap_user"_s, Kind::Text, 0, nameLength, false},
        {u"mailbox.imap_password"_s, Kind::Secret, 0, 1000, false},
        {u"mailbox.poll_seconds"_s, Kind::Integer, 1, 24 * 60 * 60, false},
    };
    return all;
}

const ServerSettings::Definition *ServerSettings::definition(const QString &key)
{
    for (const Definition &definition : definitions()) {
        if (definition.key == key)
            return &definition;
    }
    return nullptr;
}

ServerSettings::ServerSettings(ServerOptions base)
    : m_base(std::move(base))
    , m_operatorKeys(
          QSet<QString>(m_base.operatorSettings.cbegin(), m_base.operatorSettings.cend()))
    , m_effective(m_base)
    , m_shop(m_base.shopDetails().valueOr(mail::ShopDetails{}))
{}

QJsonValue ServerSettings::valueOf(const ServerOptions &options, const Definition &definition)
{
    const QString &key = definition.key;
    if (key == u"mail.relay_url"_s)
        return withoutPassword(options.smtpUrl);
    if (key == u"mail.relay_password"_s)
        return options.smtpPassword;
    if (key == u"mail.from"_s)
        return options.mailFrom;
    if (key == u"shop.name"_s)
        return options.shopName;
    if (key == u"shop.address"_s)
        return options.shopAddress;
    if (key == u"shop.phone"_s)
        return options.shopPhone;
    if (key == u"shop.reply_to"_s)
        return options.shopReplyTo;
    if (key == u"shop.bank_details"_s)
        return options.shopBankDetails;
    if (key == u"orders.reservation_minutes"_s) // tests start with seconds: at least 1
        return std::max(1, options.reservationSeconds / 60);
    if (key == u"orders.payment_reminder_minutes"_s)
        return options.paymentReminderSeconds / 60;
    if (key == u"orders.return_window_days"_s)
        return options.returnWindowDays;
    if (key == u"orders.refund_approval_limit"_s)
        return options.refundApprovalLimit;
    if (key == u"orders.payment_urls"_s)
        return QJsonArray::fromStringList(options.paymentUrlTemplates);
    if (key == u"orders.carrier_urls"_s)
        return QJsonArray::fromStringList(options.carrierUrlTemplates);
    if (key == u"mailbox.imap_url"_s)
        return withoutPassword(options.imapUrl);
    if (key == u"mailbox.imap_user"_s)
        return options.imapUser;
    if (key == u"mailbox.imap_password"_s)
        return options.imapPassword;
    if (key == u"mailbox.poll_seconds"_s)
        return options.imapPollSeconds;
    return {};
}

void ServerSettings::assign(ServerOptions &options, const Definition &definition,
                            const QJsonValue &value)
{
    const QString &key = definition.key;
    const QString text = value.toString();
    const auto number = value.toInteger();
    QStringList list;
    for (const QJsonValue &entry : value.toArray())
        list.append(entry.toString());
    if (key == u"mail.relay_url"_s)
        options.smtpUrl = text;
    else if (key == u"mail.relay_password"_s)
        options.smtpPassword = text;
    else if (key == u"mail.from"_s)
        options.mailFrom = text;
    else if (key == u"shop.name"_s)
        options.shopName = text;
    else if (key == u"shop.address"_s)
        options.shopAddress = text;
    else if (key == u"shop.phone"_s)
        options.shopPhone = text;
    else if (key == u"shop.reply_to"_s)
        options.shopReplyTo = text;
    else if (key == u"shop.bank_details"_s)
        options.shopBankDetails = text;
    else if (key == u"orders.reservation_minutes"_s)
        options.reservationSeconds = int(number * 60);
    else if (key == u"orders.payment_reminder_minutes"_s)
        options.paymentReminderSeconds = int(number * 60);
    else if (key == u"orders.return_window_days"_s)
        options.returnWindowDays = int(number);
    else if (key == u"orders.refund_approval_limit"_s)
        options.refundApprovalLimit = number;
    else if (key == u"orders.payment_urls"_s)
        options.paymentUrlTemplates = list;
    else if (key == u"orders.carrier_urls"_s)
        options.carrierUrlTemplates = list;
    else if (key == u"mailbox.imap_url"_s)
        options.imapUrl = text;
    else if (key == u"mailbox.imap_user"_s)
        options.imapUser = text;
    else if (key == u"mailbox.imap_password"_s)
        options.imapPassword = text;
    else if (key == u"mailbox.poll_seconds"_s)
        options.imapPollSeconds = int(number);
}

ServerOptions ServerSettings::overlay(const ServerOptions &base, const QSet<QString> &operatorKeys,
                                      const QHash<QString, QJsonValue> &stored)
{
    ServerOptions options = base;
    for (const Definition &definition : definitions()) {
        const auto found = stored.constFind(definition.key);
        if (found != stored.cend() && !operatorKeys.contains(definition.key))
            assign(options, definition, *found);
    }
    return options;
}

void ServerSettings::setStored(const QList<storage::SettingsStore::Row> &rows)
{
    QHash<QString, QJsonValue> stored;
    for (const auto &row : rows) {
        if (definition(row.key)) // a setting a newer server knows is left alone
            stored.insert(row.key, row.value);
    }
    const ServerOptions effective = overlay(m_base, m_operatorKeys, stored);
    // Stored values were checked before they were stored; a bad one keeps the start's.
    const auto shop = effective.shopDetails();
    QMutexLocker lock(&m_mutex);
    m_stored = stored;
    m_effective = effective;
    if (shop)
        m_shop = shop.value();
    ++m_generation;
}

int ServerSettings::reservationSeconds() const
{
    QMutexLocker lock(&m_mutex);
    return m_effective.reservationSeconds;
}

mail::ShopDetails ServerSettings::shopDetails() const
{
    QMutexLocker lock(&m_mutex);
    return m_shop;
}

ServerOptions ServerSettings::effective() const
{
    QMutexLocker lock(&m_mutex);
    return m_effective;
}

quint64 ServerSettings::generation() const
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

QJsonArray ServerSettings::describe() const
{
    QHash<QString, QJsonValue> stored;
    {
        QMutexLocker lock(&m_mutex);
        stored = m_stored;
    }
    return describe(stored);
}

QJsonArray ServerSettings::describe(const QHash<QString, QJsonValue> &stored) const
{
    const ServerOptions effective = overlay(m_base, m_operatorKeys, stored);
    QJsonArray items;
    for (const Definition &definition : definitions()) {
        const bool byOperator = m_operatorKeys.contains(definition.key);
        QJsonObject item{
            {u"key"_s, definition.key},
            {u"source"_s, byOperator                        ? u"operator"_s
                          : stored.contains(definition.key) ? u"stored"_s
                                                            : u"default"_s},
            {u"live"_s, definition.live},
        };
        const QJsonValue value = valueOf(effective, definition);
        if (definition.kind == Kind::Secret) {
            item.insert(u"secret"_s, true);
            item.insert(u"set"_s, !value.toString().isEmpty());
        } else {
            item.insert(u"value"_s, value);
        }
        items.append(item);
    }
    return items;
}

Result<void> ServerSettings::check(const Definition &definition, const QJsonValue &value) const
{
    const QString &key = definition.key;
    switch (definition.kind) {
    case Kind::Text:
    case Kind::Secret:
        if (!value.isString())
            return invalid(key, Tr::tr("The setting \"%1\" takes text.").arg(key));
        if (value.toString().size() < definition.minimum ||
            value.toString().size() > definition.maximum) {
            return invalid(key, Tr::tr("The setting \"%1\" takes from %2 to %3 characters.")
                                    .arg(key)
                                    .arg(definition.minimum)
                                    .arg(definition.maximum));
        }
        break;
    case Kind::Integer: {
        const double number = value.toDouble();
        if (!value.isDouble() || number != double(qint64(number)) ||
            qint64(number) < definition.minimum || qint64(number) > definition.maximum) {
            return invalid(key, Tr::tr("The setting \"%1\" takes a whole number from %2 to %3.")
                                    .arg(key)
                                    .arg(definition.minimum)
                                    .arg(definition.maximum));
        }
        break;
    }
    case Kind::TextList: {
        bool ok = value.isArray() && value.toArray().size() <= 50;
        for (const QJsonValue &entry : value.toArray())
            ok = ok && entry.isString() && entry.toString().size() <= definition.maximum;
        if (!ok) {
            return invalid(key,
                           Tr::tr("The setting \"%1\" takes a list of at most 50 texts.").arg(key));
        }
        break;
    }
    }
    if ((key == u"mail.relay_url"_s || key == u"mailbox.imap_url"_s) &&
        !QUrl(value.toString()).password().isEmpty()) {
        return invalid(
            key,
            Tr::tr("Give the password of \"%1\" as its own setting, not in the URL.").arg(key));
    }
    return {};
}

Result<ServerSettings::Change> ServerSettings::prepare(const QJsonObject &patch) const
{
    if (patch.isEmpty()) {
        return Error{u"missing_field"_s, Tr::tr("Name at least one setting to change."), {}};
    }
    QHash<QString, QJsonValue> stored;
    {
        QMutexLocker lock(&m_mutex);
        stored = m_stored;
    }
    Change change;
    QJsonObject values;
    QJsonArray keys;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const Definition *found = definition(it.key());
        if (!found) {
            return Error{u"unknown_setting"_s,
                         Tr::tr("There is no setting \"%1\".").arg(it.key().left(100)),
                         QJsonObject{{u"key"_s, it.key().left(100)}}};
        }
        if (m_operatorKeys.contains(found->key)) {
            return Error{u"set_by_operator"_s,
                         Tr::tr("The setting \"%1\" is given on the server's command line; only "
                                "the operator can change it there.")
                             .arg(found->key),
                         QJsonObject{{u"key"_s, found->key}}};
        }
        if (!it.value().isNull()) {
            if (auto ok = check(*found, it.value()); !ok)
                return ok.error();
            stored.insert(found->key, it.value());
        } else {
            stored.remove(found->key); // null: back to the default
        }
        change.rows.append({found->key, it.value(), found->kind == Kind::Secret, 0, {}});
        keys.append(found->key);
        if (found->kind != Kind::Secret)
            values.insert(found->key, it.value());
        if (found->key.startsWith(u"mail.relay_"_s) && !it.value().isNull())
            change.relayChanged = true;
    }
    change.candidate = overlay(m_base, m_operatorKeys, stored);

    // The values together must still make a working server; the first changed key of each
    // group is named.
    const auto blame = [&patch](const QStringList &group) {
        for (const QString &key : group) {
            if (patch.contains(key))
                return key;
        }
        return group.constFirst();
    };
    const auto fail = [](const QString &key, const Error &error) {
        return Error{u"invalid_setting"_s, error.message, QJsonObject{{u"key"_s, key}}};
    };
    if (auto smtp = change.candidate.smtpSettings(); !smtp)
        return fail(blame({u"mail.relay_url"_s, u"mail.relay_password"_s}), smtp.error());
    else if (smtp->host.isEmpty())
        change.relayChanged = false; // no relay: nothing to try
    if (auto shop = change.candidate.shopDetails(); !shop)
        return fail(blame({u"mail.from"_s, u"shop.reply_to"_s}), shop.error());
    if (auto links = change.candidate.orderLinks(); !links)
        return fail(blame({u"orders.payment_urls"_s, u"orders.carrier_urls"_s}), links.error());
    if (auto imap = change.candidate.imapSettings(); !imap) {
        return fail(
            blame({u"mailbox.imap_url"_s, u"mailbox.imap_user"_s, u"mailbox.imap_password"_s}),
            imap.error());
    }
    change.record = QJsonObject{{u"keys"_s, keys}, {u"values"_s, values}};
    change.description = describe(stored);
    return change;
}

} // namespace shopdesk::server
