<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>shopdesk::mail::OrderConfirmationMail</name>
    <message>
        <source>Card (Visa, Mastercard)</source>
        <translation>بطاقة (Visa، Mastercard)</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>Skrill (Moneybookers)</source>
        <translation>Skrill (Moneybookers)</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل بنكي</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>الدفع عند الاستلام</translation>
    </message>
    <message>
        <source>Please pay securely online with this link:</source>
        <translation>يُرجى الدفع بأمان عبر الإنترنت من خلال هذا الرابط:</translation>
    </message>
    <message>
        <source>We will send you a link to pay online shortly.</source>
        <translation>سنرسل إليك قريبًا رابطًا للدفع عبر الإنترنت.</translation>
    </message>
    <message>
        <source>Please transfer the total, quoting your order number %1.</source>
        <translation>يُرجى تحويل المبلغ الإجمالي مع ذكر رقم طلبك %1.</translation>
    </message>
    <message>
        <source>Please pay the total in cash when your parcel is delivered.</source>
        <translation>يُرجى دفع المبلغ الإجمالي نقدًا عند تسليم طردك.</translation>
    </message>
    <message>
        <source>We hold the items for you until %1, %2 UTC.</source>
        <translation>نحجز لك هذه المنتجات حتى %1، %2 بالتوقيت العالمي.</translation>
    </message>
    <message>
        <source>Would you like to change something? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>هل تريد تغيير شيء؟ ما عليك إلا الرد على هذه الرسالة مع ذكر رقم طلبك %1.</translation>
    </message>
    <message>
        <source>Would you like to change something? Simply reply to this e-mail or call us at %1, and quote your order number %2.</source>
        <translation>هل تريد تغيير شيء؟ ما عليك إلا الرد على هذه الرسالة أو الاتصال بنا على %1 مع ذكر رقم طلبك %2.</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>مرحبًا،</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>مرحبًا %1،</translation>
    </message>
    <message>
        <source>Your order %1 at %2</source>
        <translation>طلبك %1 لدى %2</translation>
    </message>
    <message>
        <source>Thank you for your order at %1. We have reserved these items for you:</source>
        <translation>شكرًا لطلبك لدى %1. لقد حجزنا لك هذه المنتجات:</translation>
    </message>
    <message>
        <source>%1 × %2 (%3), %4 each: %5</source>
        <translation>%1 × %2 (%3)، %4 للقطعة: %5</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>الإجمالي: %1</translation>
    </message>
    <message>
        <source>Payment method: %1</source>
        <translation>طريقة الدفع: %1</translation>
    </message>
    <message>
        <source>Delivery address:</source>
        <translation>عنوان التسليم:</translation>
    </message>
    <message>
        <source>We do not have your delivery address yet: please reply with it.</source>
        <translation>ليس لدينا عنوان التسليم الخاص بك بعد: يُرجى إرساله في ردك.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>مع أطيب التحيات،</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>ادفع الآن</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::PaymentLinkMail</name>
    <message>
        <source>Hello,</source>
        <translation>مرحبًا،</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>مرحبًا %1،</translation>
    </message>
    <message>
        <source>Payment link for your order %1 at %2</source>
        <translation>رابط الدفع لطلبك %1 لدى %2</translation>
    </message>
    <message>
        <source>Please pay %1 for your order %2 securely online with this link:</source>
        <translation>يُرجى دفع %1 لطلبك %2 بأمان عبر الإنترنت من خلال هذا الرابط:</translation>
    </message>
    <message>
        <source>The link is valid until %1, %2 UTC.</source>
        <translation>الرابط صالح حتى %1، %2 بالتوقيت العالمي.</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>هل لديك أسئلة؟ ما عليك إلا الرد على هذه الرسالة مع ذكر رقم طلبك %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>مع أطيب التحيات،</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>ادفع الآن</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::TicketMail</name>
    <message>
        <source>Hello,</source>
        <translation>مرحبًا،</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>مرحبًا %1،</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>مع أطيب التحيات،</translation>
    </message>
    <message>
        <source>We have received your request %1</source>
        <translation>لقد استلمنا طلبك %1</translation>
    </message>
    <message>
        <source>Thank you for contacting %1. Your request has the number %2: %3</source>
        <translation>شكرًا لتواصلك مع %1. رقم طلبك هو %2: %3</translation>
    </message>
    <message>
        <source>We will answer you by %1, %2 (%3) at the latest.</source>
        <translation>سنرد عليك في موعد أقصاه %1، %2 (%3).</translation>
    </message>
    <message>
        <source>To add anything, simply reply to this e-mail and keep %1 in the subject.</source>
        <translation>لإضافة أي شيء، ما عليك سوى الرد على هذه الرسالة مع إبقاء %1 في الموضوع.</translation>
    </message>
    <message>
        <source>Re: %1 [%2]</source>
        <translation>رد: %1 [%2]</translation>
    </message>
    <message>
        <source>This is about your request %1. To answer, simply reply to this e-mail.</source>
        <translation>هذا بخصوص طلبك %1. للرد، ما عليك سوى الرد على هذه الرسالة.</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::ShippedMail</name>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>مرحبًا،</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>مرحبًا %1،</translation>
    </message>
    <message>
        <source>Your order %1 at %2 is on its way</source>
        <translation>طلبك %1 لدى %2 في الطريق إليك</translation>
    </message>
    <message>
        <source>Good news: we have handed your order %1 to %2. In the parcel:</source>
        <translation>أخبار سارة: لقد سلّمنا طلبك %1 إلى %2. في الطرد:</translation>
    </message>
    <message>
        <source>Tracking number: %1</source>
        <translation>رقم التتبع: %1</translation>
    </message>
    <message>
        <source>Follow your parcel here:</source>
        <translation>تتبّع طردك من هنا:</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>هل لديك أسئلة؟ ما عليك إلا الرد على هذه الرسالة مع ذكر رقم طلبك %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>مع أطيب التحيات،</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>شركة الشحن: %1</translation>
    </message>
    <message>
        <source>Track your parcel</source>
        <translation>تتبّع الطرد</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::PaymentReminderMail</name>
    <message>
        <source>Hello,</source>
        <translation>مرحبًا،</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>مرحبًا %1،</translation>
    </message>
    <message>
        <source>Reminder: your order %1 at %2 is waiting for payment</source>
        <translation>تذكير: طلبك %1 لدى %2 بانتظار الدفع</translation>
    </message>
    <message>
        <source>We are holding the items of your order %1 for you, but your payment of %2 has not reached us yet. Please pay securely online with this link:</source>
        <translation>نحتفظ لك بمنتجات طلبك %1، لكن دفعتك البالغة %2 لم تصلنا بعد. يُرجى الدفع بأمان عبر الإنترنت من خلال هذا الرابط:</translation>
    </message>
    <message>
        <source>Without payment the reservation ends on %1, %2 UTC, and the items are released.</source>
        <translation>من دون دفع ينتهي الحجز في %1، %2 بالتوقيت العالمي، ويُفرج عن المنتجات.</translation>
    </message>
    <message>
        <source>Already paid? Then please ignore this e-mail.</source>
        <translation>هل دفعت بالفعل؟ إذن يُرجى تجاهل هذه الرسالة.</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>هل لديك أسئلة؟ ما عليك إلا الرد على هذه الرسالة مع ذكر رقم طلبك %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>مع أطيب التحيات،</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>ادفع الآن</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::PaymentReceivedMail</name>
    <message>
        <source>Hello,</source>
        <translation>مرحبًا،</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>مرحبًا %1،</translation>
    </message>
    <message>
        <source>Payment received for your order %1 at %2</source>
        <translation>تم استلام الدفعة لطلبك %1 لدى %2</translation>
    </message>
    <message>
        <source>Thank you: we received your payment of %1 for order %2.</source>
        <translation>شكرًا لك: استلمنا دفعتك بمبلغ %1 للطلب %2.</translation>
    </message>
    <message>
        <source>%1 is still open on this order.</source>
        <translation>لا يزال مبلغ %1 مستحقًا على هذا الطلب.</translation>
    </message>
    <message>
        <source>Your order is paid in full and is being prepared for shipment.</source>
        <translation>تم دفع طلبك بالكامل ويجري تجهيزه للشحن.</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>هل لديك أسئلة؟ ما عليك سوى الرد على هذه الرسالة مع ذكر رقم طلبك %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>مع أطيب التحيات،</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::RefundIssuedMail</name>
    <message>
        <source>Hello,</source>
        <translation>مرحبًا،</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>مرحبًا %1،</translation>
    </message>
    <message>
        <source>Refund for your order %1 at %2</source>
        <translation>استرداد لطلبك %1 لدى %2</translation>
    </message>
    <message>
        <source>We have issued a refund of %1 for your order %2.</source>
        <translation>أصدرنا استردادًا بمبلغ %1 لطلبك %2.</translation>
    </message>
    <message>
        <source>The amount is added to your store credit; it is taken into account with your next order.</source>
        <translation>أُضيف المبلغ إلى رصيدك لدى المتجر، وسيُحتسب في طلبك القادم.</translation>
    </message>
    <message>
        <source>The amount goes back by the payment method you paid with; depending on your bank or provider it may take a few days to appear.</source>
        <translation>يُعاد المبلغ بطريقة الدفع التي استخدمتها؛ وقد يستغرق ظهوره بضعة أيام حسب مصرفك أو مزوّد الدفع.</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>هل لديك أسئلة؟ ما عليك سوى الرد على هذه الرسالة مع ذكر رقم طلبك %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>مع أطيب التحيات،</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::ReturnMail</name>
    <message>
        <source>Hello,</source>
        <translation>مرحبًا،</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>مرحبًا %1،</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>مع أطيب التحيات،</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>We have approved your return %1 for order %2.</source>
        <translation>وافقنا على طلب الإرجاع %1 للطلب %2.</translation>
    </message>
    <message>
        <source>Please send these items back:</source>
        <translation>يُرجى إعادة هذه المنتجات:</translation>
    </message>
    <message>
        <source>Send the parcel to:</source>
        <translation>أرسل الطرد إلى:</translation>
    </message>
    <message>
        <source>Please write %1 on the parcel or put a printout of this e-mail inside, so that we know it is yours.</source>
        <translation>يُرجى كتابة %1 على الطرد أو وضع نسخة مطبوعة من هذه الرسالة بداخله، لنعرف أنه لك.</translation>
    </message>
    <message>
        <source>Your return %1: how to send it back</source>
        <translation>طلب الإرجاع %1: كيف ترسله</translation>
    </message>
    <message>
        <source>Your return %1 has arrived. We received:</source>
        <translation>وصل طلب الإرجاع %1. استلمنا:</translation>
    </message>
    <message>
        <source>These items were not in the parcel:</source>
        <translation>لم تكن هذه المنتجات في الطرد:</translation>
    </message>
    <message>
        <source>Thank you. If you have any question, simply reply to this e-mail.</source>
        <translation>شكرًا لك. إن كان لديك أي سؤال، فما عليك إلا الرد على هذه الرسالة.</translation>
    </message>
    <message>
        <source>We have received your return %1</source>
        <translation>استلمنا طلب الإرجاع %1</translation>
    </message>
</context>
</TS>
