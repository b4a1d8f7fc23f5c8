#include "server/inbox/replytemplatedemo.h"

#include "domain/inbox/replytemplatefill.h"
#include "storage/inbox/replytemplatestore.h"

#include <array>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

struct DemoTemplate
{
    const char16_t *name;
    std::array<const char16_t *, 5> texts; // en, de, es, hi, ar
};

const std::array<const char16_t *, 5> languages = {u"en", u"de", u"es", u"hi", u"ar"};

// clang-format off
const std::array<DemoTemplate, 5> demoTemplates = {{
    {u"Order received", {
        u"Dear {customer_name},\n\nthank you for your order {order_number} of {order_date}. "
        "The total is {order_total}. Status: {order_status}. We will let you know as soon as it "
        "ships.\n\nKind regards,\n{agent_name}\n{shop_name}",
        u"Hallo {customer_name},\n\nvielen Dank für Ihre Bestellung {order_number} vom "
        "{order_date}. Die Summe beträgt {order_total}. Status: {order_status}. Sobald sie "
        "versandt ist, geben wir Ihnen Bescheid.\n\nViele Grüße\n{agent_name}\n{shop_name}",
        u"Hola, {customer_name}:\n\nmuchas gracias por tu pedido {order_number} del "
        "{order_date}. El importe total es de {order_total}. Estado: {order_status}. Te "
        "avisaremos en cuanto salga.\n\nUn saludo,\n{agent_name}\n{shop_name}",
        u"प्रिय {customer_name},\n\n{order_date} के आपके ऑर्डर {order_number} के लिए धन्यवाद। "
        "कुल राशि {order_total} है। स्थिति: {order_status}। ऑर्डर भेजे जाते ही हम आपको सूचित "
        "करेंगे।\n\nसादर,\n{agent_name}\n{shop_name}",
        u"عزيزنا {customer_name}،\n\nشكرًا لطلبك رقم {order_number} بتاريخ {order_date}. "
        "المبلغ الإجمالي {order_total}. الحالة: {order_status}. سنُعلمك فور شحن الطلب.\n\n"
        "مع أطيب التحيات،\n{agent_name}\n{shop_name}"}},
    {u"Where is my parcel", {
        u"Hello {first_name},\n\nyour order {order_number} is on its way with {carrier}. You "
        "can follow it with the tracking number {tracking_number}. Parcels usually arrive "
        "within two to three working days.\n\nBest wishes,\n{agent_name}\n{shop_name}",
        u"Hallo {first_name},\n\nIhre Bestellung {order_number} ist mit {carrier} unterwegs. "
        "Mit der Sendungsnummer {tracking_number} können Sie sie verfolgen. Pakete kommen meist "
        "innerhalb von zwei bis drei Werktagen an.\n\nViele Grüße\n{agent_name}\n{shop_name}",
        u"Hola, {first_name}:\n\ntu pedido {order_number} está en camino con {carrier}. Puedes "
        "seguirlo con el número de seguimiento {tracking_number}. Los paquetes suelen llegar "
        "en dos o tres días laborables.\n\nUn saludo,\n{agent_name}\n{shop_name}",
        u"नमस्ते {first_name},\n\nआपका ऑर्डर {order_number} {carrier} के साथ रास्ते में है। आप "
        "ट्रैकिंग नंबर {tracking_number} से इसे ट्रैक कर सकते हैं। पार्सल आमतौर पर दो से तीन "
        "कार्यदिवसों में पहुँच जाते हैं।\n\nशुभकामनाओं सहित,\n{agent_name}\n{shop_name}",
        u"مرحبًا {first_name}،\n\nطلبك رقم {order_number} في الطريق إليك مع {carrier}. يمكنك "
        "تتبّعه برقم التتبّع {tracking_number}. تصل الطرود عادةً خلال يومين إلى ثلاثة أيام "
        "عمل.\n\nمع أطيب التمنيات،\n{agent_name}\n{shop_name}"}},
    {u"Return instructions", {
        u"Hello {first_name},\n\nof course you can send back items from order {order_number}. "
        "Please pack them safely, put a note with the order number in the parcel and send it to "
        "the address on our website within 14 days of delivery. As soon as the return arrives, "
        "we refund you within three working days.\n\nKind regards,\n{agent_name}\n{shop_name}",
        u"Hallo {first_name},\n\nselbstverständlich können Sie Artikel aus der Bestellung "
        "{order_number} zurücksenden. Bitte verpacken Sie sie sicher, legen Sie einen Zettel mit "
        "der Bestellnummer bei und senden Sie das Paket innerhalb von 14 Tagen nach der "
        "Zustellung an die Adresse auf unserer Website. Sobald die Rücksendung bei uns ist, "
        "erstatten wir Ihnen den Betrag innerhalb von drei Werktagen.\n\nViele Grüße\n"
        "{agent_name}\n{shop_name}",
        u"Hola, {first_name}:\n\npor supuesto, puedes devolver artículos del pedido "
        "{order_number}. Embálalos bien, incluye una nota con el número de pedido y envía el "
        "paquete a la dirección que figura en nuestra web en un plazo de 14 días desde la "
        "entrega. En cuanto recibamos la devolución, te reembolsaremos el importe en un máximo "
        "de tres días laborables.\n\nUn saludo,\n{agent_name}\n{shop_name}",
        u"नमस्ते {first_name},\n\nआप ऑर्डर {order_number} का सामान ज़रूर वापस भेज सकते हैं। "
        "कृपया उसे सुरक्षित रूप से पैक करें, पार्सल में ऑर्डर नंबर लिखी एक पर्ची रखें और डिलीवरी "
        "के 14 दिनों के भीतर हमारी वेबसाइट पर दिए गए पते पर भेजें। सामान वापस मिलते ही हम तीन "
        "कार्यदिवसों के भीतर आपका पैसा लौटा देंगे।\n\nसादर,\n{agent_name}\n{shop_name}",
        u"مرحبًا {first_name}،\n\nبالطبع يمكنك إرجاع منتجات من الطلب رقم {order_number}. "
        "يُرجى تغليفها جيدًا، ووضع ورقة تحمل رقم الطلب داخل الطرد، وإرساله إلى العنوان المذكور "
        "على موقعنا خلال 14 يومًا من الاستلام. وفور وصول المرتجع نُعيد إليك المبلغ خلال ثلاثة "
        "أيام عمل.\n\nمع أطيب التحيات،\n{agent_name}\n{shop_name}"}},
    {u"Payment reminder", {
        u"Hello {first_name},\n\nwe are still holding the items of your order {order_number} "
        "for you, but we have not yet received your payment of {order_total}. Please pay soon "
        "so that we can ship your order; if you have already paid, please ignore this "
        "message.\n\nKind regards,\n{agent_name}\n{shop_name}",
        u"Hallo {first_name},\n\nwir halten die Artikel Ihrer Bestellung {order_number} "
        "weiterhin für Sie bereit, haben Ihre Zahlung über {order_total} aber noch nicht "
        "erhalten. Bitte zahlen Sie bald, damit wir Ihre Bestellung versenden können. Falls Sie "
        "bereits bezahlt haben, betrachten Sie diese Nachricht bitte als gegenstandslos.\n\n"
        "Viele Grüße\n{agent_name}\n{shop_name}",
        u"Hola, {first_name}:\n\nseguimos reservando los artículos de tu pedido "
        "{order_number}, pero todavía no hemos recibido tu pago de {order_total}. Por favor, "
        "realiza el pago pronto para que podamos enviarte el pedido; si ya lo has pagado, "
        "ignora este mensaje.\n\nUn saludo,\n{agent_name}\n{shop_name}",
        u"नमस्ते {first_name},\n\nहम आपके ऑर्डर {order_number} का सामान अभी भी आपके लिए रखे हुए "
        "हैं, लेकिन हमें {order_total} का आपका भुगतान अभी तक नहीं मिला है। कृपया जल्द भुगतान "
        "करें ताकि हम आपका ऑर्डर भेज सकें; यदि आप भुगतान कर चुके हैं, तो कृपया इस संदेश को "
        "अनदेखा करें।\n\nसादर,\n{agent_name}\n{shop_name}",
        u"مرحبًا {first_name}،\n\nما زلنا نحتفظ لك بمنتجات طلبك رقم {order_number}، لكننا لم "
        "نستلم بعدُ دفعتك البالغة {order_total}. يُرجى الدفع قريبًا حتى نتمكّن من شحن طلبك، وإذا "
        "كنت قد دفعت بالفعل فيُرجى تجاهل هذه الرسالة.\n\nمع أطيب التحيات،\n{agent_name}\n"
        "{shop_name}"}},
    {u"Thanks for your message", {
        u"Hello {first_name},\n\nthank you for your message. We are looking into it and will "
        "get back to you within one working day.\n\nKind regards,\n{agent_name}\n{shop_name}",
        u"Hallo {first_name},\n\nvielen Dank für Ihre Nachricht. Wir kümmern uns darum und "
        "melden uns innerhalb eines Werktags bei Ihnen.\n\nViele Grüße\n{agent_name}\n"
        "{shop_name}",
        u"Hola, {first_name}:\n\ngracias por tu mensaje. Lo estamos revisando y te "
        "responderemos en un plazo de un día laborable.\n\nUn saludo,\n{agent_name}\n"
        "{shop_name}",
        u"नमस्ते {first_name},\n\nआपके संदेश के लिए धन्यवाद। हम इसे देख रहे हैं और एक "
        "कार्यदिवस के भीतर आपको जवाब देंगे।\n\nसादर,\n{agent_name}\n{shop_name}",
        u"مرحبًا {first_name}،\n\nشكرًا لرسالتك. نحن نتابع الأمر وسنعود إليك خلال يوم عمل "
        "واحد.\n\nمع أطيب التحيات،\n{agent_name}\n{shop_name}"}},
}};
// clang-format on

} // namespace

Result<int> ReplyTemplateDemo::fill(storage::ShopStore &store, const storage::Actor &manager)
{
    storage::ReplyTemplateStore templates(store);
    for (const DemoTemplate &demo : demoTemplates) {
        QList<storage::ReplyTemplateStore::Text> texts;
        for (std::size_t i = 0; i < languages.size(); ++i) {
            const QString language = QString::fromUtf16(languages[i]);
            const QString body = QString::fromUtf16(demo.texts[i]);
            // The demo's texts obey the rules the API holds anyone else to.
            if (auto ok = inbox::ReplyTemplateFill::check(language, body); !ok)
                return ok.error();
            texts.append({language, body});
        }
        if (auto created = templates.create(manager, QString::fromUtf16(demo.name), texts);
            !created) {
            return created.error();
        }
    }
    return int(demoTemplates.size());
}

} // namespace shopdesk::server
