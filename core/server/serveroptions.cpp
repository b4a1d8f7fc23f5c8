#include "server/serveroptions.h"

#include "domain/tr.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

Result<std::pair<QHostAddress, quint16>> ServerOptions::parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    const auto invalid = [&] {
        return Result<std::pair<QHostAddress, quint16>>::failure(
            u"invalid_listen_address"_s,
            Tr::tr("--listen takes HOST:PORT, for example 127.0.0.1:8080: \"%1\" is not.")
                .arg(text));
    };
    if (colon <= 0)
        return invalid();
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost"_s)
        host = u"127.0.0.1"_s;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    const QHostAddress address(host);
    if (!ok || port > 65535 || address.isNull())
        return invalid();
    return std::make_pair(address, quint16(port));
}

Result<storage::OrderLinks> ServerOptions::orderLinks() const
{
    storage::OrderLinks links;
    for (const QString &text : paymentUrlTemplates) {
        if (auto ok = links.payments().setTemplate(text); !ok)
            return ok.error();
    }
    if (!paymentUrlTemplates.isEmpty() || !paymentLinkSecret.isEmpty()) {
        if (paymentLinkSecret.size() < PaymentLinkSigner::minimumSecretSize) {
            return Result<storage::OrderLinks>::failure(
                u"invalid_payment_link_secret"_s,
                Tr::tr("Payment links need a secret of at least %1 bytes "
                       "(--payment-link-secret-file or SHOPDESK_PAYMENT_LINK_SECRET); make one "
                       "with: openssl rand -hex 32")
                    .arg(PaymentLinkSigner::minimumSecretSize));
        }
        links.payments().setSecret(paymentLinkSecret);
    }
    for (const QString &text : carrierUrlTemplates) {
        if (auto ok = links.setCarrierTemplate(text); !ok)
            return ok.error();
    }
    return links;
}

Result<mail::SmtpSettings> ServerOptions::smtpSettings() const
{
    if (smtpUrl.isEmpty()) {
        mail::SmtpSettings none;
        none.host.clear();
        return none;
    }
    auto settings = mail::SmtpSettings::fromUrl(QUrl(smtpUrl, QUrl::StrictMode));
    if (!settings)
        return settings.error();
    if (!smtpPassword.isEmpty())
        settings.value().password = smtpPassword;
    return settings;
}

Result<mail::ImapSettings> ServerOptions::imapSettings() const
{
    if (imapUrl.isEmpty()) {
        mail::ImapSettings none;
        none.host.clear();
        return none;
    }
    auto settings = mail::ImapSettings::fromUrl(QUrl(imapUrl, QUrl::StrictMode));
    if (!settings)
        return settings.error();
    if (!imapUser.isEmpty())
        settings.value().username = imapUser;
    if (!imapPassword.isEmpty())
        settings.value().password = imapPassword;
    return settings;
}

mail::MailAddress ServerOptions::parseMailbox(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype open = trimmed.lastIndexOf(u'<');
    if (open >= 0 && trimmed.endsWith(u'>')) {
        QString name = trimmed.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2);
        return mail::MailAddress(trimmed.mid(open + 1, trimmed.size() - open - 2), name);
    }
    return mail::MailAddress(trimmed);
}

Result<mail::ShopDetails> ServerOptions::shopDetails() const
{
    const auto lines = [](QString text) { return text.replace(u"\\n"_s, u"\n"_s).trimmed(); };
    mail::ShopDetails shop;
    shop.name = shopName;
    shop.address = lines(shopAddress);
    shop.phone = shopPhone;
    shop.bankDetails = lines(shopBankDetails);
    shop.from = parseMailbox(mailFrom.isEmpty() ? u"shopdesk@localhost"_s : mailFrom);
    if (shop.from.name().isEmpty())
        shop.from = mail::MailAddress(shop.from.address(), shopName);
    if (!shop.from.isValid()) {
        return Result<mail::ShopDetails>::failure(
            u"invalid_mail_from"_s,
            Tr::tr("--mail-from takes an e-mail address: \"%1\" is not.").arg(mailFrom));
    }
    if (!shopReplyTo.isEmpty()) {
        shop.replyTo = parseMailbox(shopReplyTo);
        if (!shop.replyTo.isValid()) {
            return Result<mail::ShopDetails>::failure(
                u"invalid_reply_to"_s,
                Tr::tr("--shop-reply-to takes an e-mail address: \"%1\" is not.").arg(shopReplyTo));
        }
    }
    return shop;
}

} // namespace shopdesk::server
