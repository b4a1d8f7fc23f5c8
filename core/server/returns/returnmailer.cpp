#include "server/returns/returnmailer.h"

#include "mail/mailoutbox.h"
#include "mail/returns/returnmail.h"
#include "server/logging.h"
#include "server/mailwake.h"
#include "server/serversettings.h"

using namespace Qt::StringLiterals;

namespace shopdesk::server {

ReturnMailer::ReturnMailer(mail::ShopDetails shop, QString translationsDirectory, MailWake &wake)
    : m_shop(std::move(shop))
    , m_translations(std::move(translationsDirectory))
    , m_wake(wake)
{}

Result<void> ReturnMailer::queueInstructions(storage::ShopStore &store, const QJsonObject &ret)
{
    return queue(store, ret, u"return_instructions"_s);
}

Result<void> ReturnMailer::queueReceived(storage::ShopStore &store, const QJsonObject &ret)
{
    return queue(store, ret, u"return_received"_s);
}

Result<void> ReturnMailer::queue(storage::ShopStore &store, const QJsonObject &ret,
                                 const QString &kind)
{
    const qint64 id = ret.value(u"id"_s).toInteger();
    auto customer = store.customers().customer(ret.value(u"customer_id"_s).toInteger());
    if (!customer)
        return customer.error();
    // "pt-BR" is a BCP 47 tag; the catalogues are named like locales ("pt_BR").
    const QString language = customer->value(u"language"_s).toString().replace(u'-', u'_');
    const mail::ReturnMail mail(shop(), language, m_translations);
    auto message = kind == u"return_received"_s ? mail.received(ret, customer.value())
                                                : mail.instructions(ret, customer.value());
    if (!message) {
        qCDebug(lcServer).noquote()
            << "no" << kind << "mail for return" << id << ":" << message.error().message;
        return {};
    }
    auto queued = mail::MailOutbox(store.database().connection().connectionName())
                      .enqueue(message.value(), kind, QString::number(id));
    if (!queued)
        return queued.error();
    m_wake.queued();
    return {};
}

mail::ShopDetails ReturnMailer::shop()
{
    return m_settings ? m_settings->shopDetails() : m_shop;
}

} // namespace shopdesk::server
