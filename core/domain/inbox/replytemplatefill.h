#pragma once

#include "domain/money.h"
#include "domain/orderstatus.h"
#include "domain/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopdesk::inbox {

// What a template's placeholders are filled with. An empty or absent value is missing: the
// placeholder stays in the text and is reported, so the agent sees it before sending.
struct ReplyValues
{
    QString customerName;
    QString orderNumber;
    std::optional<QDate> orderDate;
    std::optional<Money> orderTotal;
    std::optional<OrderStatus> orderStatus;
    QString carrier;
    QString trackingNumber;
    QString shopName;
    QString agentName;
};

// A template's text with its values in, and the placeholders that had none.
struct FilledReply
{
    QString text;
    QStringList missing; // placeholder names without braces, in the order they first appear
};

// The placeholders of reply templates ({customer_name}, {order_total}, ...): which exist,
// whether a text may be saved, and a text filled in for one customer in one language.
class ReplyTemplateFill
{
public:
    // The names without braces, in the order an editor offers them.
    static const QStringList &placeholders();
    // Every {name} in the body, in order of first appearance, each once (known or not).
    static QStringList placeholdersIn(const QString &body);

    // Whether a text may be saved: empty_body, body_too_long, unknown_language, or
    // unknown_placeholder with details {placeholder, language, known}.
    static Result<void> check(const QString &language, const QString &body);

    // The language to answer in: the customer's ("de-AT" also finds "de"), else the shop's
    // default, else none (empty) when the template has neither.
    static QString chooseLanguage(const QString &customerLanguage, const QStringList &available);

    // Money, dates and status words come out in the conventions of the language.
    static FilledReply fill(const QString &body, const QString &language,
                            const ReplyValues &values);
};

} // namespace shopdesk::inbox
