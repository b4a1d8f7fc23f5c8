#include "domain/inbox/replytemplatefill.h"

#include "domain/inbox/replytemplate.h"
#include "domain/inbox/replytemplatewords.h"
#include "domain/tr.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace shopdesk::inbox {

namespace {

constexpr qsizetype maxBodyLength = 10000;

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([A-Za-z_][A-Za-z0-9_]*)\\}"_s);
    return pattern;
}

QLocale localeFor(const QString &language)
{
    return QLocale(QString(language).replace(u'-', u'_'));
}

QString valueOf(const QString &name, const QString &language, const ReplyValues &values)
{
    const QLocale locale = localeFor(language);
    if (name == u"customer_name"_s)
        return values.customerName.trimmed();
    if (name == u"first_name"_s)
        return values.customerName.trimmed().section(u' ', 0, 0, QString::SectionSkipEmpty);
    if (name == u"order_number"_s)
        return values.orderNumber;
    if (name == u"order_date"_s)
        return values.orderDate ? locale.toString(*values.orderDate, QLocale::LongFormat)
                                : QString();
    if (name == u"order_total"_s)
        return values.orderTotal ? values.orderTotal->format(locale) : QString();
    if (name == u"order_status"_s) {
        return values.orderStatus ? ReplyTemplateWords::orderStatus(*values.orderStatus, language)
                                  : QString();
    }
    if (name == u"carrier"_s)
        return values.carrier.trimmed();
    if (name == u"tracking_number"_s)
        return values.trackingNumber.trimmed();
    if (name == u"shop_name"_s)
        return values.shopName;
    if (name == u"agent_name"_s)
        return values.agentName;
    return {};
}

} // namespace

const QStringList &ReplyTemplateFill::placeholders()
{
    static const QStringList names = {u"customer_name"_s, u"first_name"_s,      u"order_number"_s,
                                      u"order_date"_s,    u"order_total"_s,     u"order_status"_s,
                                      u"carrier"_s,       u"tracking_number"_s, u"shop_name"_s,
                                      u"agent_name"_s};
    return names;
}

QStringList ReplyTemplateFill::placeholdersIn(const QString &body)
{
    QStringList names;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

Result<void> ReplyTemplateFill::check(const QString &language, const QString &body)
{
    if (!ReplyTemplate::languages().contains(language)) {
        return Result<void>::failure(
            u"unknown_language"_s,
            Tr::tr("Templates are written in %1; \"%2\" is not one of them.")
                .arg(ReplyTemplate::languages().join(u", "_s), language),
            {{u"language"_s, language},
             {u"languages"_s, QJsonArray::fromStringList(ReplyTemplate::languages())}});
    }
    if (body.trimmed().isEmpty()) {
        return Result<void>::failure(u"empty_body"_s,
                                     Tr::tr("The text in %1 is empty.").arg(language),
                                     {{u"language"_s, language}});
    }
    if (body.size() > maxBodyLength) {
        return Result<void>::failure(
            u"body_too_long"_s,
            Tr::tr("The text in %1 is longer than %2 characters.").arg(language).arg(maxBodyLength),
            {{u"language"_s, language}, {u"limit"_s, maxBodyLength}});
    }
    for (const QString &name : placeholdersIn(body)) {
        if (!placeholders().contains(name)) {
            return Result<void>::failure(
                u"unknown_placeholder"_s,
                Tr::tr("The text in %1 uses {%2}, which is not a placeholder. Known: %3.")
                    .arg(language, name, placeholders().join(u", "_s)),
                {{u"placeholder"_s, name},
                 {u"language"_s, language},
                 {u"known"_s, QJsonArray::fromStringList(placeholders())}});
        }
    }
    return {};
}

QString ReplyTemplateFill::chooseLanguage(const QString &customerLanguage,
                                          const QStringList &available)
{
    const QString wanted = customerLanguage.trimmed().toLower().replace(u'_', u'-');
    if (available.contains(wanted))
        return wanted;
    const QString primary = wanted.section(u'-', 0, 0);
    if (available.contains(primary))
        return primary;
    if (available.contains(ReplyTemplate::defaultLanguage()))
        return ReplyTemplate::defaultLanguage();
    return {};
}

FilledReply ReplyTemplateFill::fill(const QString &body, const QString &language,
                                    const ReplyValues &values)
{
    FilledReply result;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        const QString value = valueOf(name, language, values);
        result.text += body.mid(copied, match.capturedStart() - copied);
        copied = match.capturedEnd();
        if (value.isEmpty()) {
            result.text += match.captured(0);
            if (!result.missing.contains(name))
                result.missing.append(name);
        } else {
            result.text += value;
        }
    }
    result.text += body.mid(copied);
    return result;
}

} // namespace shopdesk::inbox
