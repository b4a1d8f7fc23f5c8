#include "domain/inbox/replytemplatewords.h"

#include <array>

using namespace Qt::StringLiterals;

namespace shopdesk::inbox {

namespace {

struct StatusWords
{
    OrderStatus status;
    std::array<const char16_t *, 5> words; // en, de, es, hi, ar
};

// clang-format off
constexpr std::array<StatusWords, 9> table = {{
    {OrderStatus::Queued,    {u"being processed", u"in Bearbeitung", u"en proceso",
                              u"प्रक्रिया में", u"قيد المعالجة"}},
    {OrderStatus::Refused,   {u"not accepted", u"nicht angenommen", u"no aceptado",
                              u"स्वीकार नहीं किया गया", u"غير مقبول"}},
    {OrderStatus::Reserved,  {u"awaiting payment", u"wartet auf Zahlung", u"pendiente de pago",
                              u"भुगतान की प्रतीक्षा में", u"بانتظار الدفع"}},
    {OrderStatus::Paid,      {u"paid", u"bezahlt", u"pagado", u"भुगतान हो गया", u"مدفوع"}},
    {OrderStatus::Shipped,   {u"shipped", u"versandt", u"enviado", u"भेज दिया गया", u"تم الشحن"}},
    {OrderStatus::Delivered, {u"delivered", u"zugestellt", u"entregado", u"पहुँचा दिया गया",
                              u"تم التسليم"}},
    {OrderStatus::Cancelled, {u"cancelled", u"storniert", u"cancelado", u"रद्द", u"ملغى"}},
    {OrderStatus::Expired,   {u"expired", u"abgelaufen", u"caducado", u"समय-सीमा समाप्त",
                              u"منتهي الصلاحية"}},
    {OrderStatus::Returned,  {u"returned", u"zurückgesendet", u"devuelto", u"वापस किया गया",
                              u"مرتجع"}},
}};
// clang-format on

} // namespace

QString ReplyTemplateWords::orderStatus(OrderStatus status, const QString &language)
{
    static const QStringList columns = {u"en"_s, u"de"_s, u"es"_s, u"hi"_s, u"ar"_s};
    const qsizetype column = std::max<qsizetype>(0, columns.indexOf(language));
    for (const StatusWords &row : table) {
        if (row.status == status)
            return QString::fromUtf16(row.words[std::size_t(column)]);
    }
    return orderStatusName(status);
}

} // namespace shopdesk::inbox
