#include "domain/returns/refund.h"

#include "domain/jsonfields.h"
#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk::returns {

QString refundDestinationName(RefundDestination destination)
{
    return destination == RefundDestination::Original ? u"original"_s : u"store_credit"_s;
}

Result<RefundDestination> parseRefundDestination(const QString &name)
{
    if (name == u"original"_s)
        return RefundDestination::Original;
    if (name == u"store_credit"_s)
        return RefundDestination::StoreCredit;
    return Result<RefundDestination>::failure(
        u"unknown_destination"_s,
        Tr::tr("\"%1\" is not a refund destination; use original or store_credit.")
            .arg(name.left(40)));
}

QString refundStatusName(RefundStatus status)
{
    switch (status) {
    case RefundStatus::PendingApproval:
        return u"pending_approval"_s;
    case RefundStatus::Issued:
        return u"issued"_s;
    case RefundStatus::Rejected:
        return u"rejected"_s;
    }
    Q_UNREACHABLE();
    return {};
}

Result<RefundStatus> parseRefundStatus(const QString &name)
{
    for (RefundStatus status :
         {RefundStatus::PendingApproval, RefundStatus::Issued, RefundStatus::Rejected}) {
        if (refundStatusName(status) == name)
            return status;
    }
    return Result<RefundStatus>::failure(
        u"unknown_status"_s,
        Tr::tr("\"%1\" is not a refund status; use pending_approval, issued or rejected.")
            .arg(name.left(40)));
}

QString refundDestinationDisplayName(RefundDestination destination)
{
    return destination == RefundDestination::Original ? Tr::tr("Original payment method")
                                                      : Tr::tr("Store credit");
}

QString refundStatusDisplayName(RefundStatus status)
{
    switch (status) {
    case RefundStatus::PendingApproval:
        return Tr::tr("Awaiting approval");
    case RefundStatus::Issued:
        return Tr::tr("Issued");
    case RefundStatus::Rejected:
        return Tr::tr("Rejected");
    }
    Q_UNREACHABLE();
    return {};
}

Result<Refund> Refund::fromJson(const QJsonObject &object)
{
    JsonFields fields(object);
    Refund refund;
    refund.id = fields.integer(u"id"_s, JsonFields::Required);
    refund.orderId = fields.integer(u"order_id"_s, JsonFields::Required);
    refund.paymentId = fields.integer(u"payment_id"_s);
    const QString destination = fields.text(u"destination"_s, JsonFields::Required);
    const QString status = fields.text(u"status"_s, JsonFields::Required);
    if (fields.ok()) {
        if (auto d = parseRefundDestination(destination))
            refund.destination = *d;
        else
            fields.reject(u"destination"_s, d.error());
        if (auto s = parseRefundStatus(status))
            refund.status = *s;
        else
            fields.reject(u"status"_s, s.error());
    }
    refund.amount = fields.money(u"amount"_s, JsonFields::Required);
    refund.shipping = fields.money(u"shipping"_s);
    refund.goodwill = fields.money(u"goodwill"_s);
    const QJsonArray lines = fields.array(u"lines"_s);
    for (qsizetype i = 0; fields.ok() && i < lines.size(); ++i) {
        JsonFields line(lines[i].toObject(), fields.pathOf(u"lines"_s, i));
        RefundLine parsed;
        parsed.sku = line.text(u"sku"_s, JsonFields::Required);
        parsed.quantity = line.integer(u"quantity"_s, JsonFields::Required);
        parsed.unitPrice = line.money(u"unit_price"_s);
        fields.adopt(line);
        refund.lines.append(parsed);
    }
    refund.reason = fields.text(u"reason"_s);
    refund.reference = fields.text(u"reference"_s);
    refund.doubleCharge = fields.boolean(u"double_charge"_s);
    refund.requestedBy = fields.text(u"requested_by"_s);
    refund.requestedAt = fields.time(u"requested_at"_s);
    refund.decidedBy = fields.text(u"decided_by"_s);
    refund.decidedAt = fields.time(u"decided_at"_s);
    if (!fields.ok())
        return fields.error();
    return refund;
}

} // namespace shopdesk::returns
