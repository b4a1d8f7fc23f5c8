#include "mail/returns/returnmail.h"

#include "domain/tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

constexpr char context[] = "shopdesk::mail::ReturnMail";

} // namespace

ReturnMail::ReturnMail(ShopDetails shop, const QString &language,
                       const QString &translationsDirectory)
    : CustomerMail(std::move(shop), language, translationsDirectory)
{}

QString ReturnMail::tr(const char *sourceText, const char *disambiguation, int n) const
{
    return translate(context, sourceText, disambiguation, n);
}

Result<MailAddress> ReturnMail::recipientOf(const QJsonObject &ret,
                                            const QJsonObject &customer) const
{
    if (ret.value(u"id"_s).toInteger() <= 0 || ret.value(u"number"_s).toString().isEmpty()) {
        return Result<MailAddress>::failure(u"invalid_return"_s,
                                            Tr::tr("A return mail needs the return's number."));
    }
    return CustomerMail::recipient(
        customer, Tr::tr("The customer has no e-mail address to write to about the return."));
}

MailMessage ReturnMail::compose(const MailAddress &to, const QJsonObject &ret,
                                const QString &subject, const QStringList &paragraphs) const
{
    const QString greeting = to.name().isEmpty() ? tr("Hello,") : tr("Hello %1,").arg(to.name());
    return letter(to, subject, greeting, paragraphs, tr("Kind regards,"),
                  QString::number(ret.value(u"order_id"_s).toInteger()),
                  {"X-Shopdesk-Return", ret.value(u"number"_s).toString()});
}

Result<MailMessage> ReturnMail::instructions(const QJsonObject &ret,
                                             const QJsonObject &customer) const
{
    const auto to = recipientOf(ret, customer);
    if (!to)
        return to.error();
    const QString number = ret.value(u"number"_s).toString();
    const QString order = QString::number(ret.value(u"order_id"_s).toInteger());
    QStringList items;
    for (const QJsonValue &line : ret.value(u"lines"_s).toArray()) {
        items << tr("%1 × %2 (%3)")
                     .arg(line[u"quantity"_s].toInteger())
                     .arg(line[u"name"_s].toString(), line[u"sku"_s].toString());
    }
    QStringList paragraphs{tr("We have approved your return %1 for order %2.").arg(number, order),
                           tr("Please send these items back:") + u'\n' + items.join(u'\n')};
    if (!shop().address.trimmed().isEmpty())
        paragraphs << tr("Send the parcel to:") + u'\n' + shop().name + u'\n' + shop().address;
    paragraphs << tr("Please write %1 on the parcel or put a printout of this e-mail inside, so "
                     "that we know it is yours.")
                      .arg(number);
    return compose(to.value(), ret, tr("Your return %1: how to send it back").arg(number),
                   paragraphs);
}

Result<MailMessage> ReturnMail::received(const QJsonObject &ret, const QJsonObject &customer) const
{
    const auto to = recipientOf(ret, customer);
    if (!to)
        return to.error();
    const QString number = ret.value(u"number"_s).toString();
    QStringList items;
    QStringList missing;
    for (const QJsonValue &line : ret.value(u"lines"_s).toArray()) {
        const qint64 back = line[u"restocked"_s].toInteger() + line[u"written_off"_s].toInteger();
        if (back > 0)
            items << tr("%1 × %2 (%3)")
                         .arg(back)
                         .arg(line[u"name"_s].toString(), line[u"sku"_s].toString());
        if (line[u"missing"_s].toInteger() > 0)
            missing << tr("%1 × %2 (%3)")
                           .arg(line[u"missing"_s].toInteger())
                           .arg(line[u"name"_s].toString(), line[u"sku"_s].toString());
    }
    QStringList paragraphs{tr("Your return %1 has arrived. We received:").arg(number) + u'\n' +
                           items.join(u'\n')};
    if (!missing.isEmpty())
        paragraphs << tr("These items were not in the parcel:") + u'\n' + missing.join(u'\n');
    paragraphs << tr("Thank you. If you have any question, simply reply to this e-mail.");
    return compose(to.value(), ret, tr("We have received your return %1").arg(number), paragraphs);
}

} // namespace shopdesk::mail
