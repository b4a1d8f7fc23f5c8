<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;RTL&quot; for a language written right to left, otherwise as &quot;LTR&quot;. Qt lays out every window from this entry.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Shopdesk</name>
    <message>
        <source>A SKU is 1 to 64 letters, digits, dots, underscores or hyphens: &quot;%1&quot; is not.</source>
        <translation>يتكوّن SKU من 1 إلى 64 حرفًا أو رقمًا أو نقطة أو شرطة سفلية أو واصلة، و&quot;%1&quot; ليس كذلك.</translation>
    </message>
    <message>
        <source>The Idempotency-Key header must be a UUID such as 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>يجب أن تكون ترويسة Idempotency-Key معرّف UUID مثل 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation>لا يمكن الجمع بين مبالغ بعملة %1 ومبالغ بعملة %2.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>المبلغ كبير جدًا.</translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO 4217 code such as EUR: &quot;%1&quot; is not.</source>
        <translation>العملة رمز من ثلاثة أحرف وفق ISO 4217 مثل EUR، و&quot;%1&quot; ليس كذلك.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>&quot;%1&quot; ليس مبلغًا ماليًا.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>أدخِل مبلغًا.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimal places.</source>
        <translation>المبالغ بعملة %1 لا تحتوي على منازل عشرية.</translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 have at most %n decimal place(s).</source>
        <translation>
            <numerusform>المبالغ بعملة %1 لا تحتوي على منازل عشرية.</numerusform>
            <numerusform>المبالغ بعملة %1 لها منزلة عشرية واحدة على الأكثر.</numerusform>
            <numerusform>المبالغ بعملة %1 لها منزلتان عشريتان على الأكثر.</numerusform>
            <numerusform>المبالغ بعملة %1 لها %n منازل عشرية على الأكثر.</numerusform>
            <numerusform>المبالغ بعملة %1 لها %n منزلة عشرية على الأكثر.</numerusform>
            <numerusform>المبالغ بعملة %1 لها %n منزلة عشرية على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Money is written as {&quot;amount_minor&quot;: integer, &quot;currency&quot;: &quot;EUR&quot;}.</source>
        <translation>تُكتب المبالغ المالية بالصيغة {&quot;amount_minor&quot;: integer, &quot;currency&quot;: &quot;EUR&quot;}.</translation>
    </message>
    <message>
        <source>The payment link template &quot;%1&quot; cannot be used: %2</source>
        <translation>لا يمكن استخدام قالب رابط الدفع &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The payment link has been altered or was not issued by this shop.</source>
        <translation>رابط الدفع مُعدَّل أو لم يُصدره هذا المتجر.</translation>
    </message>
    <message>
        <source>%1 is not paid online.</source>
        <translation>%1 لا يُدفع عبر الإنترنت.</translation>
    </message>
    <message>
        <source>{%1} appears more than once.</source>
        <translation>يتكرر {%1} أكثر من مرة.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder; use {order_id}, {amount_minor} or {amount}, and {currency}.</source>
        <translation>{%1} ليس عنصرًا نائبًا؛ استخدم {order_id} و{amount_minor} أو {amount} و{currency}.</translation>
    </message>
    <message>
        <source>it needs {order_id}, {currency} and one of {amount_minor} or {amount}.</source>
        <translation>يجب أن يتضمن {order_id} و{currency} وأحد العنصرين {amount_minor} أو {amount}.</translation>
    </message>
    <message>
        <source>it is not an http or https address.</source>
        <translation>ليس عنوان http أو https.</translation>
    </message>
    <message>
        <source>it must not have a #fragment.</source>
        <translation>يجب ألا يحتوي على جزء #fragment.</translation>
    </message>
    <message>
        <source>write it fully percent-encoded.</source>
        <translation>اكتبه مُرمَّزًا بالكامل بترميز النسبة المئوية (percent-encoding).</translation>
    </message>
    <message>
        <source>the parameters &quot;expires&quot; and &quot;sig&quot; are reserved.</source>
        <translation>المعاملان &quot;expires&quot; و&quot;sig&quot; محجوزان.</translation>
    </message>
    <message>
        <source>write it as method=URL, for example paypal=https://...</source>
        <translation>اكتبه بالصيغة method=URL، مثل paypal=https://...</translation>
    </message>
    <message>
        <source>%1 is not paid online, so it has no payment link.</source>
        <translation>%1 لا يُدفع عبر الإنترنت، لذا ليس له رابط دفع.</translation>
    </message>
    <message>
        <source>Payment links for %1 are not set up on the server.</source>
        <translation>روابط الدفع لـ %1 غير مُعدّة على الخادم.</translation>
    </message>
    <message>
        <source>A payment link needs a saved order.</source>
        <translation>يتطلب رابط الدفع طلبًا محفوظًا.</translation>
    </message>
    <message>
        <source>A payment link needs an amount above zero.</source>
        <translation>يتطلب رابط الدفع مبلغًا أكبر من الصفر.</translation>
    </message>
    <message>
        <source>A payment link needs an expiry time.</source>
        <translation>يتطلب رابط الدفع وقتًا لانتهاء الصلاحية.</translation>
    </message>
    <message>
        <source>This is not a payment link.</source>
        <translation>هذا ليس رابط دفع.</translation>
    </message>
    <message>
        <source>The payment link carries no signature.</source>
        <translation>رابط الدفع لا يحمل توقيعًا.</translation>
    </message>
    <message>
        <source>The payment link is incomplete: its expiry or signature is missing or damaged.</source>
        <translation>رابط الدفع غير مكتمل: وقت انتهاء صلاحيته أو توقيعه مفقود أو تالف.</translation>
    </message>
    <message>
        <source>Payment links are not set up on the server.</source>
        <translation>روابط الدفع غير مُعدّة على الخادم.</translation>
    </message>
    <message>
        <source>The payment link expired at %1 UTC.</source>
        <translation>انتهت صلاحية رابط الدفع في %1 بالتوقيت العالمي.</translation>
    </message>
    <message>
        <source>The payment link does not match any payment provider set up on the server.</source>
        <translation>رابط الدفع لا يطابق أي مزوّد دفع مُعدّ على الخادم.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment method; use card, paypal, skrill, bank_transfer or cash_on_delivery.</source>
        <translation>&quot;%1&quot; ليست طريقة دفع؛ استخدم card أو paypal أو skrill أو bank_transfer أو cash_on_delivery.</translation>
    </message>
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
        <source>The parameter %1 has the value &quot;%2&quot;; expected %3.</source>
        <translation>قيمة المعامل %1 هي &quot;%2&quot;؛ والمتوقع %3.</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>تاريخ بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Unknown period &quot;%1&quot;; use quarter, month, week or custom.</source>
        <translation>فترة غير معروفة &quot;%1&quot;؛ استخدم quarter أو month أو week أو custom.</translation>
    </message>
    <message>
        <source>Give either quarter or from and to, not both.</source>
        <translation>حدِّد إما quarter وإما from وto، لا كليهما.</translation>
    </message>
    <message>
        <source>a quarter as YYYY-Qn</source>
        <translation>ربع سنة بالصيغة YYYY-Qn</translation>
    </message>
    <message>
        <source>Give both from and to.</source>
        <translation>حدِّد from وto كليهما.</translation>
    </message>
    <message>
        <source>The range starts on %1, after its end on %2.</source>
        <translation>يبدأ النطاق في %1، أي بعد نهايته في %2.</translation>
    </message>
    <message>
        <source>A report covers at most ten years, from 1970 on.</source>
        <translation>يغطي التقرير عشر سنوات على الأكثر، بدءًا من عام 1970.</translation>
    </message>
    <message>
        <source>The report tables have version %1; this server knows %2. Use a newer server.</source>
        <translation>إصدار جداول التقارير هو %1، وهذا الخادم يعرف %2. استخدم خادمًا أحدث.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>ردّ الخادم برمز حالة HTTP %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>تعذّر الوصول إلى الخادم: %1</translation>
    </message>
    <message>
        <source>The %1 report has no parameter &quot;%2&quot;; it reads %3.</source>
        <translation>لا يحتوي تقرير %1 على المعامل &quot;%2&quot;؛ فهو يقرأ %3.</translation>
    </message>
    <message>
        <source>The parameter %1 is given twice.</source>
        <translation>المعامل %1 مُعطى مرتين.</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;; use product, category or channel.</source>
        <translation>بُعد غير معروف &quot;%1&quot;؛ استخدم product أو category أو channel.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use chat, email, phone or web.</source>
        <translation>قناة غير معروفة &quot;%1&quot;؛ استخدم chat أو email أو phone أو web.</translation>
    </message>
    <message>
        <source>A category has at most 200 characters.</source>
        <translation>لا يتجاوز اسم الفئة 200 حرف.</translation>
    </message>
    <message>
        <source>The limit must be a whole number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>يجب أن يكون الحد عددًا صحيحًا من 1 إلى 1000، وليس &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reports are for managers and admins.</source>
        <translation>التقارير مخصصة للمديرين والمسؤولين.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;; the reports are %2.</source>
        <translation>لا يوجد تقرير &quot;%1&quot;؛ التقارير المتاحة هي %2.</translation>
    </message>
    <message>
        <source>Lost demand needs a positive quantity.</source>
        <translation>يتطلب الطلب المفقود كمية موجبة.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>لا يوجد منتج %1.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The server accepted the log-in but sent no token.</source>
        <translation>قبِل الخادم تسجيل الدخول لكنه لم يرسل رمز الوصول (token).</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>الكمية المجرودة</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>من ← إلى</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>أدخِل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://shop-server:8080.</source>
        <translation>أدخِل عنوان الخادم، مثل http://shop-server:8080.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this computer has no copy of your data to work offline with yet. (%1)</source>
        <translation>تعذّر الوصول إلى الخادم، ولا توجد على هذا الحاسوب بعدُ نسخة من بياناتك للعمل دون اتصال. (%1)</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this is not the password that last worked on this computer.</source>
        <translation>تعذّر الوصول إلى الخادم، وكلمة المرور هذه ليست آخر كلمة مرور نجح بها الدخول على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>لم يتم تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>أدخِل اسم العميل.</translation>
    </message>
    <message>
        <source>Name, e-mail and phone are up to 200 characters.</source>
        <translation>لا يتجاوز كلٌّ من الاسم والبريد الإلكتروني والهاتف 200 حرف.</translation>
    </message>
    <message>
        <source>The address is up to 10,000 characters.</source>
        <translation>لا يتجاوز العنوان عشرة آلاف حرف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number.</source>
        <translation>أدخِل عنوان بريد إلكتروني أو رقم هاتف.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the customer was not created. Try again when the connection is back.</source>
        <translation>تعذّر الوصول إلى الخادم، لذا لم يُنشأ العميل. حاوِل مجددًا عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>تعذّر فتح ذاكرة التخزين المؤقت المحلية %1: %2</translation>
    </message>
    <message>
        <source>The local cache could not be written: %1</source>
        <translation>تعذّرت الكتابة في ذاكرة التخزين المؤقت المحلية: %1</translation>
    </message>
    <message>
        <source>The local cache&apos;s version cannot be read.</source>
        <translation>تعذّرت قراءة إصدار ذاكرة التخزين المؤقت المحلية.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer Shopdesk (schema %1; this one knows up to %2). Update Shopdesk or remove %3.</source>
        <translation>كتب ذاكرةَ التخزين المؤقت المحلية إصدارٌ أحدث من Shopdesk (المخطط %1؛ وهذا الإصدار يعرف حتى %2). حدِّث Shopdesk أو احذف %3.</translation>
    </message>
    <message>
        <source>No such outbox entry.</source>
        <translation>لا يوجد تغيير معلّق كهذا.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Enter the payment reference (up to 200 characters).</source>
        <translation>أدخِل مرجع الدفع (حتى 200 حرف).</translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was changed. Try again when the connection is back.</source>
        <translation>تعذّر الوصول إلى الخادم؛ لم يُغيَّر شيء. حاوِل مجددًا عند عودة الاتصال.</translation>
    </message>
    <message>
        <source>Queued — not confirmed</source>
        <translation>في قائمة الانتظار — غير مؤكد</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>مشحون</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>مُسلَّم</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>مُرتجَع</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>دردشة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>ويب</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Skrill</source>
        <translation>Skrill</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>تعذّر إنشاء مجلد البيانات %1.</translation>
    </message>
    <message>
        <source>The quarterly report has no sales figures.</source>
        <translation>لا يحتوي التقرير الربعي على أرقام مبيعات.</translation>
    </message>
    <message>
        <source>Cannot write the report file.</source>
        <translation>تعذّرت كتابة ملف التقرير.</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>تعذّرت كتابة ملف CSV: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Paste the payment link that the provider reports as paid.</source>
        <translation>الصق رابط الدفع الذي يُبلغ مزوّد الدفع بأنه مدفوع.</translation>
    </message>
    <message>
        <source>This payment link has expired.</source>
        <translation>انتهت صلاحية رابط الدفع هذا.</translation>
    </message>
    <message>
        <source>This payment link has been altered (order, amount, currency, expiry or signature): it is not the one the shop sent.</source>
        <translation>عُدِّل رابط الدفع هذا (الطلب أو المبلغ أو العملة أو الصلاحية أو التوقيع): ليس هو الرابط الذي أرسله المتجر.</translation>
    </message>
    <message>
        <source>This payment link is for an order the shop does not have.</source>
        <translation>رابط الدفع هذا لطلب غير موجود لدى المتجر.</translation>
    </message>
    <message>
        <source>This payment link no longer matches its order (amount, currency or payment method changed).</source>
        <translation>لم يعد رابط الدفع هذا مطابقًا لطلبه (تغيّر المبلغ أو العملة أو طريقة الدفع).</translation>
    </message>
    <message>
        <source>This is not a payment link of this shop.</source>
        <translation>هذا ليس رابط دفع تابعًا لهذا المتجر.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>بيع</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>صرف</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>تسوية</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Only %1 of %2 available (%3 asked for).</source>
        <translation>المتاح من %2 هو %1 فقط (المطلوب %3).</translation>
    </message>
    <message>
        <source>Only %1 of %2 available.</source>
        <translation>المتاح من %2 هو %1 فقط.</translation>
    </message>
    <message>
        <source>Not possible now: the order is %1.</source>
        <translation>غير ممكن الآن: حالة الطلب %1.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>دورك لا يسمح بهذا.</translation>
    </message>
    <message>
        <source>Your session has ended: log out and log in again.</source>
        <translation>انتهت جلستك: سجّل الخروج ثم سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>A product with this SKU exists already.</source>
        <translation>يوجد منتج بهذا الرمز SKU بالفعل.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>اسم المستخدم هذا مستخدَم بالفعل.</translation>
    </message>
    <message>
        <source>A location of this name exists already.</source>
        <translation>يوجد موقع بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>Another product page has this URL slug.</source>
        <translation>صفحة منتج أخرى تستخدم مُعرّف URL هذا.</translation>
    </message>
    <message>
        <source>This customer is not on the server.</source>
        <translation>هذا العميل غير موجود على الخادم.</translation>
    </message>
    <message>
        <source>A removal needs a reason.</source>
        <translation>يتطلب الصرف سببًا.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>هذا ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>The customer has no e-mail address.</source>
        <translation>ليس لدى العميل عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Bank transfer and cash on delivery have no payment link.</source>
        <translation>لا يوجد رابط دفع للتحويل البنكي أو الدفع عند الاستلام.</translation>
    </message>
    <message>
        <source>The server has no payment link set up for this payment method.</source>
        <translation>لم يُعدّ الخادم رابط دفع لطريقة الدفع هذه.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>تتكوّن كلمة المرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Too many failed log-ins: try again in %1 s.</source>
        <translation>محاولات دخول فاشلة كثيرة: حاوِل مجددًا بعد %1 ث.</translation>
    </message>
    <message>
        <source>Someone else saved this page after you opened it.</source>
        <translation>حفظ شخص آخر هذه الصفحة بعد أن فتحتها.</translation>
    </message>
    <message>
        <source>An order has at most 500 lines.</source>
        <translation>يحتوي الطلب على 500 سطر كحد أقصى.</translation>
    </message>
    <message>
        <source>The server cannot store anything right now; try again in a moment.</source>
        <translation>لا يستطيع الخادم حفظ أي شيء الآن؛ حاوِل مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>The server refused it (%1).</source>
        <translation>رفضه الخادم (%1).</translation>
    </message>
    <message>
        <source>This program cannot run the shop on this computer; connect to a server.</source>
        <translation>لا يستطيع هذا البرنامج تشغيل المتجر على هذا الحاسوب؛ اتصل بخادم.</translation>
    </message>
    <message>
        <source>The server&apos;s answer (%1) cannot be read: its field &quot;%2&quot; is missing or of the wrong type.</source>
        <translation>لا يمكن قراءة رد الخادم (%1): الحقل &quot;%2&quot; مفقود أو من نوع خاطئ.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;.</source>
        <translation>لا يوجد تقرير &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing or has the wrong type.</source>
        <translation>الحقل &quot;%1&quot; مفقود أو نوعه غير صحيح.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status.</source>
        <translation>&quot;%1&quot; ليست حالة طلب.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of stock movement.</source>
        <translation>&quot;%1&quot; ليس نوعًا من حركات المخزون.</translation>
    </message>
    <message>
        <source>The opening hours of &quot;%1&quot; must be a list of [open, close] pairs.</source>
        <translation>يجب أن تكون ساعات العمل ليوم &quot;%1&quot; قائمة من أزواج [فتح، إغلاق].</translation>
    </message>
    <message>
        <source>Opening hours %1 must be a pair of times, such as [&quot;09:00&quot;, &quot;17:00&quot;].</source>
        <translation>يجب أن تكون ساعات العمل %1 زوجًا من الأوقات، مثل [&quot;09:00&quot;, &quot;17:00&quot;].</translation>
    </message>
    <message>
        <source>Opening hours %1 hold a time that is not HH:MM between 00:00 and 23:59 (24:00 only as a closing time).</source>
        <translation>تحتوي ساعات العمل %1 على وقت ليس بصيغة HH:MM بين 00:00 و23:59 (‏24:00 مسموح فقط وقتًا للإغلاق).</translation>
    </message>
    <message>
        <source>The holidays must be a list of dates (YYYY-MM-DD).</source>
        <translation>يجب أن تكون العطلات قائمة من التواريخ (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The holiday %1 is not a date written as YYYY-MM-DD.</source>
        <translation>العطلة %1 ليست تاريخًا مكتوبًا بصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The time zone is not a known time zone.</source>
        <translation>المنطقة الزمنية ليست منطقة زمنية معروفة.</translation>
    </message>
    <message>
        <source>Opening hours %1 (%2–%3) are empty or reversed: the opening time must come before the closing time.</source>
        <translation>ساعات العمل %1 (%2–%3) فارغة أو معكوسة: يجب أن يسبق وقت الفتح وقت الإغلاق.</translation>
    </message>
    <message>
        <source>The opening hours of &quot;%1&quot; overlap: %2–%3 and %4–%5.</source>
        <translation>تتداخل ساعات العمل ليوم &quot;%1&quot;: %2–%3 و%4–%5.</translation>
    </message>
    <message>
        <source>The calendar has no opening hours on any day of the week.</source>
        <translation>لا يحتوي التقويم على ساعات عمل في أي يوم من أيام الأسبوع.</translation>
    </message>
    <message>
        <source>The holiday %1 is not a date.</source>
        <translation>العطلة %1 ليست تاريخًا.</translation>
    </message>
    <message>
        <source>The holiday %1 (%2) is listed twice.</source>
        <translation>العطلة %1 (%2) مدرجة مرتين.</translation>
    </message>
    <message>
        <source>The calendar has an unknown field &quot;%1&quot;.</source>
        <translation>يحتوي التقويم على حقل غير معروف &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not a known time zone, such as &quot;Europe/Berlin&quot;.</source>
        <translation>المنطقة الزمنية &quot;%1&quot; ليست منطقة زمنية معروفة مثل &quot;Europe/Berlin&quot;.</translation>
    </message>
    <message>
        <source>The opening hours are missing: &quot;hours&quot; must be an object with the weekdays mon … sun.</source>
        <translation>ساعات العمل مفقودة: يجب أن يكون &quot;hours&quot; كائنًا بأيام الأسبوع mon … sun.</translation>
    </message>
    <message>
        <source>The opening hours name an unknown weekday &quot;%1&quot;; the weekdays are mon, tue, wed, thu, fri, sat and sun.</source>
        <translation>تذكر ساعات العمل يومًا غير معروف &quot;%1&quot;؛ أيام الأسبوع هي mon وtue وwed وthu وfri وsat وsun.</translation>
    </message>
    <message>
        <source>The service levels have an unknown field &quot;%1&quot;.</source>
        <translation>تحتوي مستويات الخدمة على حقل غير معروف &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of business minutes from 1 to %2 (a year).</source>
        <translation>يجب أن يكون &quot;%1&quot; عددًا صحيحًا من دقائق العمل من 1 إلى %2 (سنة).</translation>
    </message>
    <message>
        <source>The policy %1 must be an object.</source>
        <translation>يجب أن تكون السياسة %1 كائنًا.</translation>
    </message>
    <message>
        <source>The policy %1 has no priority.</source>
        <translation>السياسة %1 ليس لها أولوية.</translation>
    </message>
    <message>
        <source>The kind of policy %1 must be a kind of ticket or null.</source>
        <translation>يجب أن يكون نوع السياسة %1 نوعًا من التذاكر أو null.</translation>
    </message>
    <message>
        <source>&quot;escalation&quot; must be an object with qa_after_minutes and managers_after_minutes.</source>
        <translation>يجب أن يكون &quot;escalation&quot; كائنًا يحتوي على qa_after_minutes وmanagers_after_minutes.</translation>
    </message>
    <message>
        <source>The managers are told after the QA queue, not before: managers_after_minutes (%1) must be at least qa_after_minutes (%2).</source>
        <translation>يُبلَّغ المديرون بعد قائمة ضمان الجودة لا قبلها: يجب ألا يقل managers_after_minutes ‏(%1) عن qa_after_minutes ‏(%2).</translation>
    </message>
    <message>
        <source>The service levels need a &quot;calendar&quot; object.</source>
        <translation>تحتاج مستويات الخدمة إلى كائن &quot;calendar&quot;.</translation>
    </message>
    <message>
        <source>&quot;warning_share&quot; must be a number between 0 and 1 (0.8 warns when 80 % of a target is used).</source>
        <translation>يجب أن يكون &quot;warning_share&quot; رقمًا بين 0 و1 (‏0.8 ينبّه عند استهلاك 80 % من الهدف).</translation>
    </message>
    <message>
        <source>&quot;policies&quot; must be a list of policies.</source>
        <translation>يجب أن يكون &quot;policies&quot; قائمة من السياسات.</translation>
    </message>
    <message>
        <source>The policy %1 repeats priority &quot;%2&quot; and kind &quot;%3&quot;.</source>
        <translation>تكرر السياسة %1 الأولوية &quot;%2&quot; والنوع &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Priority &quot;%1&quot; has no policy of its own (one with &quot;kind&quot;: null).</source>
        <translation>الأولوية &quot;%1&quot; ليس لها سياسة خاصة بها (سياسة فيها &quot;kind&quot;: null).</translation>
    </message>
    <message>
        <source>A ticket&apos;s history starts with its creation.</source>
        <translation>يبدأ سجل التذكرة بإنشائها.</translation>
    </message>
    <message>
        <source>Event %1 of the ticket&apos;s history has no time.</source>
        <translation>الحدث %1 في سجل التذكرة ليس له وقت.</translation>
    </message>
    <message>
        <source>Event %1 creates the ticket a second time.</source>
        <translation>الحدث %1 ينشئ التذكرة مرة ثانية.</translation>
    </message>
    <message>
        <source>Event %1 of the ticket&apos;s history is earlier than the one before.</source>
        <translation>الحدث %1 في سجل التذكرة أقدم من الحدث الذي قبله.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of ticket; the kinds are %2.</source>
        <translation>&quot;%1&quot; ليس نوعًا من التذاكر؛ الأنواع هي %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority; the priorities are %2.</source>
        <translation>&quot;%1&quot; ليست أولوية؛ الأولويات هي %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket status; the statuses are %2.</source>
        <translation>&quot;%1&quot; ليست حالة تذكرة؛ الحالات هي %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cause; the causes are %2.</source>
        <translation>&quot;%1&quot; ليس سببًا؛ الأسباب هي %2.</translation>
    </message>
    <message>
        <source>Write the note first (up to 10,000 characters).</source>
        <translation>اكتب الملاحظة أولًا (حتى 10000 حرف).</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself. Pick the duplicate.</source>
        <translation>لا يمكن دمج العميل مع نفسه. اختر السجل المكرر.</translation>
    </message>
    <message>
        <source>Name and e-mail are up to 200 characters.</source>
        <translation>الاسم والبريد 200 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>The notes are up to 10,000 characters.</source>
        <translation>الملاحظات 10000 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>A customer has at most 10 phones and 10 addresses.</source>
        <translation>للعميل 10 أرقام هاتف و10 عناوين على الأكثر.</translation>
    </message>
    <message>
        <source>Every phone needs a number.</source>
        <translation>كل هاتف يحتاج إلى رقم.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (AT, DE, …).</source>
        <translation>«%1» ليس رمز بلد من حرفين (AT، DE، …).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; the channels are %2.</source>
        <translation>«%1» ليس قناة؛ القنوات هي %2.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Return request</source>
        <translation>طلب إرجاع</translation>
    </message>
    <message>
        <source>Refund request</source>
        <translation>طلب استرداد</translation>
    </message>
    <message>
        <source>Double charge / payment problem</source>
        <translation>خصم مزدوج / مشكلة في الدفع</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>خصم مزدوج / مشكلة دفع</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>بانتظار العميل</translation>
    </message>
    <message>
        <source>Waiting on third party</source>
        <translation>بانتظار طرف ثالث</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>مُصعَّدة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Stock error</source>
        <translation>خطأ في المخزون</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>التغليف</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>جودة المنتج</translation>
    </message>
    <message>
        <source>Agent error</source>
        <translation>خطأ الموظف</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>الرد الأول</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>التحديث التالي</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 يوم %2 س</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <translation>تم التجاوز منذ %1</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>تم التجاوز</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>مستحق الآن</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Due in</source>
        <translation>يستحق خلال</translation>
    </message>
    <message>
        <source>Someone else has already taken this ticket.</source>
        <translation>تولّى شخص آخر هذه التذكرة بالفعل.</translation>
    </message>
    <message>
        <source>%1 has already taken this ticket.</source>
        <translation>تولّى %1 هذه التذكرة بالفعل.</translation>
    </message>
    <message>
        <source>A ticket cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>لا يمكن أن تنتقل التذكرة من &quot;%1&quot; إلى &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The ticket is closed: reopen it before you reply or add a note.</source>
        <translation>التذكرة مغلقة: أعد فتحها قبل الرد أو إضافة ملاحظة.</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>اكتب النص أولًا.</translation>
    </message>
    <message>
        <source>This ticket is not in the QA queue any more.</source>
        <translation>لم تعد هذه التذكرة في قائمة ضمان الجودة.</translation>
    </message>
    <message>
        <source>This follow-up was already done.</source>
        <translation>تم إنجاز هذه المتابعة بالفعل.</translation>
    </message>
    <message>
        <source>%1 is not on this order in that quantity.</source>
        <translation>%1 غير موجود في هذا الطلب بهذه الكمية.</translation>
    </message>
    <message>
        <source>This order belongs to another customer.</source>
        <translation>هذا الطلب يخص عميلًا آخر.</translation>
    </message>
    <message>
        <source>This order is not on the server.</source>
        <translation>هذا الطلب غير موجود على الخادم.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list.</source>
        <translation>لا تحتوي إجابة الخادم على قائمة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of a service-level clock.</source>
        <translation>&quot;%1&quot; ليست حالة لساعة مستوى الخدمة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of message; the kinds are customer, public, internal.</source>
        <translation>&quot;%1&quot; ليس نوع رسالة؛ الأنواع هي customer وpublic وinternal.</translation>
    </message>
    <message>
        <source>Unknown group &quot;%1&quot;; use agent, kind or channel.</source>
        <translation>تجميع غير معروف &quot;%1&quot;؛ استخدم agent أو kind أو channel.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مُسنَد</translation>
    </message>
    <message>
        <source>A refund&apos;s parts cannot be negative.</source>
        <translation>لا يمكن أن تكون أجزاء الاسترداد سالبة.</translation>
    </message>
    <message>
        <source>The Shopdesk-Signature header is missing or not &quot;t=&lt;seconds&gt;,v1=&lt;hex&gt;&quot;.</source>
        <translation>ترويسة Shopdesk-Signature مفقودة أو ليست بالصيغة &quot;t=&lt;ثوانٍ&gt;,v1=&lt;hex&gt;&quot;.</translation>
    </message>
    <message>
        <source>The notification was signed at %1, more than five minutes from the server&apos;s time %2.</source>
        <translation>وُقّع الإشعار في %1، أي بفارق يزيد على خمس دقائق عن وقت الخادم %2.</translation>
    </message>
    <message>
        <source>The notification&apos;s signature does not match its body.</source>
        <translation>توقيع الإشعار لا يطابق محتواه.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a refund destination; use original or store_credit.</source>
        <translation>&quot;%1&quot; ليست وجهة استرداد؛ استخدم original أو store_credit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a refund status; use pending_approval, issued or rejected.</source>
        <translation>&quot;%1&quot; ليست حالة استرداد؛ استخدم pending_approval أو issued أو rejected.</translation>
    </message>
    <message>
        <source>Original payment method</source>
        <translation>طريقة الدفع الأصلية</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادر</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a return reason.</source>
        <translation>«%1» ليس سببًا للإرجاع.</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>منتج خاطئ</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>ليس كما هو موصوف</translation>
    </message>
    <message>
        <source>No longer wanted</source>
        <translation>لم يعد مطلوبًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a return status.</source>
        <translation>«%1» ليست حالة إرجاع.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>موافق عليه</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مستلم</translation>
    </message>
    <message>
        <source>A reply template needs an id and a name.</source>
        <translation>يحتاج قالب الرد إلى معرّف واسم.</translation>
    </message>
    <message>
        <source>Templates are written in %1; &quot;%2&quot; is not one of them.</source>
        <translation>تُكتب القوالب بـ %1؛ و&quot;%2&quot; ليست من بينها.</translation>
    </message>
    <message>
        <source>The text in %1 is empty.</source>
        <translation>النص بـ %1 فارغ.</translation>
    </message>
    <message>
        <source>The text in %1 is longer than %2 characters.</source>
        <translation>النص بـ %1 أطول من %2 حرفًا.</translation>
    </message>
    <message>
        <source>The text in %1 uses {%2}, which is not a placeholder. Known: %3.</source>
        <translation>يستخدم النص بـ %1 العنصر {%2}، وهو ليس عنصرًا نائبًا. المعروف: %3.</translation>
    </message>
    <message>
        <source>Unknown group &quot;%1&quot;; use product, reason or month.</source>
        <translation>تجميع غير معروف &quot;%1&quot;؛ استخدم product أو reason أو month.</translation>
    </message>
    <message>
        <source>Shipping, goodwill and double charges</source>
        <translation>الشحن والتعويضات الودية والخصم المزدوج</translation>
    </message>
    <message>
        <source>No return (refund only)</source>
        <translation>بلا إرجاع (استرداد فقط)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation status; the statuses are %2.</source>
        <translation>&quot;%1&quot; ليست حالة محادثة؛ الحالات هي %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an inbox channel; the channels are %2.</source>
        <translation>&quot;%1&quot; ليست قناة في صندوق الوارد؛ القنوات هي %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message direction; the directions are %2.</source>
        <translation>&quot;%1&quot; ليس اتجاه رسالة؛ الاتجاهات هي %2.</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>نموذج الاتصال</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 ي</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>الانتظار</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>آخر رسالة</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no conversation.</source>
        <translation>لا يتضمن رد الخادم أي محادثة.</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged and cannot be moved aside.</source>
        <translation>ذاكرة التخزين المحلية %1 تالفة ولا يمكن نقلها جانبًا.</translation>
    </message>
    <message>
        <source>The server sent a user without a name.</source>
        <translation>أرسل الخادم مستخدمًا بلا اسم.</translation>
    </message>
    <message>
        <source>This is the last admin: make another user an admin first.</source>
        <translation>هذا آخر مدير: اجعل مستخدمًا آخر مديرًا أولًا.</translation>
    </message>
    <message>
        <source>You cannot disable yourself; another admin can.</source>
        <translation>لا يمكنك تعطيل نفسك؛ يمكن لمدير آخر ذلك.</translation>
    </message>
    <message>
        <source>This user name is taken: choose another.</source>
        <translation>اسم المستخدم هذا مأخوذ: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>كلمة المرور قصيرة جدًا: استخدم 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>يجب أن تختلف كلمة المرور الجديدة عن القديمة.</translation>
    </message>
    <message>
        <source>The old password is wrong.</source>
        <translation>كلمة المرور القديمة غير صحيحة.</translation>
    </message>
    <message>
        <source>The server sent a backup without a file.</source>
        <translation>أرسل الخادم نسخة احتياطية بلا ملف.</translation>
    </message>
    <message>
        <source>The server sent a setting without a name.</source>
        <translation>أرسل الخادم إعدادًا بلا اسم.</translation>
    </message>
    <message>
        <source>The server sent an audit entry that cannot be read.</source>
        <translation>أرسل الخادم قيد تدقيق لا يمكن قراءته.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Line %1 is not &quot;SKU,price&quot;.</source>
        <translation>السطر %1 ليس بالشكل &quot;SKU,السعر&quot;.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a SKU.</source>
        <translation>السطر %1: &quot;%2&quot; ليس رمز SKU.</translation>
    </message>
    <message>
        <source>Line %1 names %2 a second time.</source>
        <translation>السطر %1 يذكر %2 مرة ثانية.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a price in %3.</source>
        <translation>السطر %1: &quot;%2&quot; ليس سعرًا بعملة %3.</translation>
    </message>
    <message>
        <source>Line %1: a price cannot be negative.</source>
        <translation>السطر %1: لا يمكن أن يكون السعر سالبًا.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shopdesk: the back-office for online shops.</source>
        <translation>Shopdesk: نظام الإدارة الخلفية للمتاجر الإلكترونية.</translation>
    </message>
    <message>
        <source>Connect to the server at URL.</source>
        <translation>الاتصال بالخادم على العنوان URL.</translation>
    </message>
    <message>
        <source>Run the shop on this computer (the embedded server).</source>
        <translation>تشغيل المتجر على هذا الحاسوب (الخادم المدمج).</translation>
    </message>
    <message>
        <source>Data folder of the embedded server.</source>
        <translation>مجلد بيانات الخادم المدمج.</translation>
    </message>
    <message>
        <source>User name to log in with.</source>
        <translation>اسم المستخدم لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>Save PNGs of the log-in, shell and products view to DIR, then quit.</source>
        <translation>حفظ صور PNG لنافذة تسجيل الدخول والواجهة الرئيسية وعرض المنتجات في DIR، ثم الخروج.</translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de, es, hi, ar) for this run.</source>
        <translation>استخدام اللغة LANGUAGE (en, de, es, hi, ar) في هذا التشغيل.</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::AuditModel</name>
    <message>
        <source>Product</source>
        <translation>منتج</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>المخزون</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>عميل</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>حركة مخزون</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>موقع</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>مخزون منخفض</translation>
    </message>
    <message>
        <source>Stock minimum</source>
        <translation>الحد الأدنى للمخزون</translation>
    </message>
    <message>
        <source>Product page</source>
        <translation>صفحة المنتج</translation>
    </message>
    <message>
        <source>Product images</source>
        <translation>صور المنتج</translation>
    </message>
    <message>
        <source>Page placement</source>
        <translation>موضع في الصفحة</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>تذكرة</translation>
    </message>
    <message>
        <source>Customer note</source>
        <translation>ملاحظة عميل</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>دفعة</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>مرتجع</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>محادثة</translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation>قالب رد</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>نسخة احتياطية</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>العملية</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::ConversationOrderLinks</name>
    <message>
        <source>There is no conversation or order to link.</source>
        <translation>لا توجد محادثة أو طلب للربط.</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::CustomerSearchModel</name>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>آخر طلب</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::CustomerTimelineModel</name>
    <message>
        <source>Order</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>حالة الطلب</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>تذكرة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <source>Order #%1 created: %2 (%3)</source>
        <translation>تم إنشاء الطلب #%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Order #%1 created: %2</source>
        <translation>تم إنشاء الطلب #%1: %2</translation>
    </message>
    <message>
        <source>Order #%1 is now %2</source>
        <translation>الطلب #%1 الآن %2</translation>
    </message>
    <message>
        <source>E-mail not delivered: %1</source>
        <translation>لم يتم تسليم البريد: %1</translation>
    </message>
    <message>
        <source>E-mail waiting to be sent: %1</source>
        <translation>بريد بانتظار الإرسال: %1</translation>
    </message>
    <message>
        <source>E-mail sent: %1</source>
        <translation>تم إرسال البريد: %1</translation>
    </message>
    <message>
        <source>Customer #%1, a duplicate, was merged into this one.</source>
        <translation>تم دمج العميل #%1، وهو سجل مكرر، في هذا العميل.</translation>
    </message>
    <message>
        <source>A duplicate record was merged into this customer.</source>
        <translation>تم دمج سجل مكرر في هذا العميل.</translation>
    </message>
    <message>
        <source>%1 · %2%3
%4</source>
        <translation>%1 · %2%3
%4</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::EscalationNotices</name>
    <message>
        <source>Service level breached on your ticket</source>
        <translation>تم تجاوز مستوى الخدمة في تذكرتك</translation>
    </message>
    <message>
        <source>Joined the QA queue after a breach</source>
        <translation>انضمت إلى طابور ضمان الجودة بعد تجاوز</translation>
    </message>
    <message>
        <source>Still breached: the managers are notified</source>
        <translation>لا يزال متجاوزًا: تم إخطار المديرين</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::OrderListModel</name>
    <message>
        <source>Customer %1</source>
        <translation>العميل %1</translation>
    </message>
    <message>
        <source>not yet numbered</source>
        <translation>لم يُرقَّم بعد</translation>
    </message>
    <message>
        <source>%1 — stock at risk</source>
        <translation>%1 — مخزون معرَّض للخطر</translation>
    </message>
    <message>
        <source>A stock count found fewer units than this order holds: check with the warehouse before promising delivery.</source>
        <translation>وجد جرد المخزون وحدات أقل مما يحجزه هذا الطلب: راجِع المستودع قبل التعهد بموعد التسليم.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>المندوب</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::OutboxModel</name>
    <message>
        <source>queued — not confirmed</source>
        <translation>في قائمة الانتظار — غير مؤكد</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>مشحون</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>مُسلَّم</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>مُرتجَع</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>tried once</source>
        <translation>جرت محاولة واحدة</translation>
    </message>
    <message>
        <source>tried %1 times</source>
        <translation>عدد المحاولات %1</translation>
    </message>
    <message>
        <source>Queued — not confirmed (%1: %2)</source>
        <translation>في قائمة الانتظار — غير مؤكد (%1: %2)</translation>
    </message>
    <message>
        <source>Queued — not confirmed</source>
        <translation>في قائمة الانتظار — غير مؤكد</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>الطلب %1: %2</translation>
    </message>
    <message>
        <source>Recorded by the server</source>
        <translation>سجّله الخادم</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>وقت الإجراء</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::ProductTableModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>في المخزن</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::ReplyTemplateListModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>آخر تغيير</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::SyncEngine</name>
    <message>
        <source>The live connection stopped answering.</source>
        <translation>توقف الاتصال المباشر عن الاستجابة.</translation>
    </message>
    <message>
        <source>Log in again to reach the server.</source>
        <translation>سجِّل الدخول مجددًا للوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>The server no longer accepts this log-in.</source>
        <translation>لم يعُد الخادم يقبل تسجيل الدخول هذا.</translation>
    </message>
    <message>
        <source>The server refused the live connection&apos;s log-in.</source>
        <translation>رفض الخادم تسجيل دخول الاتصال المباشر.</translation>
    </message>
    <message>
        <source>The live connection was closed.</source>
        <translation>أُغلق الاتصال المباشر.</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>يجب أن يحتوي الطلب على سطر واحد على الأقل.</translation>
    </message>
    <message>
        <source>Choose the channel the order came through.</source>
        <translation>اختر القناة التي ورد منها الطلب.</translation>
    </message>
    <message>
        <source>Choose a payment method.</source>
        <translation>اختر طريقة دفع.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>اختر العميل.</translation>
    </message>
    <message>
        <source>Notes are up to 10,000 characters.</source>
        <translation>لا تتجاوز الملاحظات عشرة آلاف حرف.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SKU.</source>
        <translation>&quot;%1&quot; ليس رمز SKU صالحًا.</translation>
    </message>
    <message>
        <source>A quantity is between 1 and 1,000,000.</source>
        <translation>يجب أن تتراوح الكمية بين 1 ومليون.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Order for customer %1: %2</source>
        <translation>طلب للعميل %1: %2</translation>
    </message>
    <message>
        <source>Stock %1 of %2: %3</source>
        <translation>حركة مخزون (%1) للمنتج %2: %3</translation>
    </message>
    <message>
        <source>The server asked to log in again.</source>
        <translation>طلب الخادم تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>جارٍ المزامنة</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>متصل مباشرة</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>جارٍ إعادة الاتصال</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>دون اتصال</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::TableCell</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::AdminView</name>
    <message>
        <source>&amp;Users</source>
        <translation>ال&amp;مستخدمون</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>ال&amp;نسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>ال&amp;تدقيق</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;الكتالوج</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::AuditView</name>
    <message>
        <source>Fr&amp;om</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;إلى</translation>
    </message>
    <message>
        <source>Sear&amp;ch</source>
        <translation>ب&amp;حث</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>تحميل ال&amp;مزيد</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>أي مستخدم</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>كل السجلات</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Fields of the change</source>
        <translation>حقول التغيير</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Use&amp;r:</source>
        <translation>المست&amp;خدم:</translation>
    </message>
    <message>
        <source>Recor&amp;d:</source>
        <translation>ال&amp;سجل:</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>بداية الفترة الزمنية بعد نهايتها.</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>تصدير التدقيق بصيغة CSV</translation>
    </message>
    <message>
        <source>audit.csv</source>
        <translation>audit.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) to %1.</source>
        <translation>
            <numerusform>لم يُحفظ أي تغيير في %1.</numerusform>
            <numerusform>حُفظ تغيير واحد في %1.</numerusform>
            <numerusform>حُفظ تغييران في %1.</numerusform>
            <numerusform>حُفظت %n تغييرات في %1.</numerusform>
            <numerusform>حُفظ %n تغييرًا في %1.</numerusform>
            <numerusform>حُفظ %n تغيير في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BackupsView</name>
    <message>
        <source>OK</source>
        <translation>سليمة</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>لا مشكلات</numerusform>
            <numerusform>مشكلة واحدة</numerusform>
            <numerusform>مشكلتان</numerusform>
            <numerusform>%n مشكلات</numerusform>
            <numerusform>%n مشكلة</numerusform>
            <numerusform>%n مشكلة</numerusform>
        </translation>
    </message>
    <message>
        <source>This shop keeps its data in PostgreSQL, which Shopdesk does not copy itself. Your operator backs it up with pg_dump on the database server (see &quot;Backups&quot; in the operator guide).</source>
        <translation>يحفظ هذا المتجر بياناته في PostgreSQL، ولا ينسخها Shopdesk بنفسه. يأخذ المشغّل نسخة احتياطية منها باستخدام pg_dump على خادم قاعدة البيانات (انظر «Backups» في دليل المشغّل).</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشلت</translation>
    </message>
    <message>
        <source>Running since %1, started by %2.</source>
        <translation>قيد التشغيل منذ %1، بدأها %2.</translation>
    </message>
    <message>
        <source>%1 by %2: failed. %3</source>
        <translation>%1 بواسطة %2: فشلت. %3</translation>
    </message>
    <message>
        <source>%1 by %2, %3: %4</source>
        <translation>%1 بواسطة %2، %3: %4</translation>
    </message>
    <message>
        <source>Check OK: the copy is sound.</source>
        <translation>الفحص سليم: النسخة صحيحة.</translation>
    </message>
    <message>
        <source>The check found problems: %1</source>
        <translation>وجد الفحص مشكلات: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>لا توجد نسخة احتياطية بعد.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>جارٍ النسخ الاحتياطي…</translation>
    </message>
    <message>
        <source>Backup started: %1</source>
        <translation>بدأ النسخ الاحتياطي: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BatchEntry</name>
    <message>
        <source>add %1</source>
        <translation>إضافة %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BatchEntryWidget</name>
    <message>
        <source>&amp;Supplier:</source>
        <translation>المورّد(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>المرجع(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>الموقع(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;To location:</source>
        <translation>إلى الموقع(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>إعادة(&amp;D)</translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation>إزالة السطر(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Post batch</source>
        <translation>ترحيل الدفعة(&amp;P)</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>استلام بضائع</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>جرد</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>صرف</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>direct sale</source>
        <translation>بيع مباشر</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>تلف</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>who delivered</source>
        <translation>الجهة التي قامت بالتوريد</translation>
    </message>
    <message>
        <source>delivery note or order number</source>
        <translation>رقم إشعار التسليم أو رقم الطلب</translation>
    </message>
    <message>
        <source>Scan or type a SKU or EAN, then Enter</source>
        <translation>امسح أو اكتب SKU أو EAN، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Batch lines</source>
        <translation>أسطر الدفعة</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>العملية(&amp;W):</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>المسح(&amp;C):</translation>
    </message>
    <message>
        <source>Post the whole batch (Ctrl+Enter)</source>
        <translation>ترحيل الدفعة كاملة (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation>لا يوجد منتج بالرمز SKU أو الباركود &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;From location:</source>
        <translation>من الموقع(&amp;F):</translation>
    </message>
    <message>
        <source>scan %1</source>
        <translation>مسح %1</translation>
    </message>
    <message>
        <source>count</source>
        <translation>جرد</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>%1 is moved from %2 to the same location.</source>
        <translation>%1 يُنقل من %2 إلى الموقع نفسه.</translation>
    </message>
    <message>
        <source>Say in each line&apos;s note what &quot;other&quot; means (%1 has none).</source>
        <translation>وضِّح في ملاحظة كل سطر المقصود بـ&quot;أخرى&quot; (%1 بلا ملاحظة).</translation>
    </message>
    <message>
        <source>Nothing was posted: %1</source>
        <translation>لم يُرحَّل شيء: %1</translation>
    </message>
    <message>
        <source>Nothing was posted; line %1 (%2): %3</source>
        <translation>لم يُرحَّل شيء؛ السطر %1 (%2): %3</translation>
    </message>
    <message>
        <source>Post the lines, or remove them, to change this.</source>
        <translation>رحِّل الأسطر أو أزِلها لتغيير هذا.</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n line(s) as %1.</source>
        <translation>
            <numerusform>لم يُسجَّل أي سطر (%1).</numerusform>
            <numerusform>سُجِّل سطر واحد بوصفه %1.</numerusform>
            <numerusform>سُجِّل سطران بوصفهما %1.</numerusform>
            <numerusform>سُجِّلت %n أسطر بوصفها %1.</numerusform>
            <numerusform>سُجِّل %n سطرًا بوصفها %1.</numerusform>
            <numerusform>سُجِّل %n سطر بوصفها %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>لا حركات</numerusform>
            <numerusform>حركة واحدة</numerusform>
            <numerusform>حركتين</numerusform>
            <numerusform>%n حركات</numerusform>
            <numerusform>%n حركة</numerusform>
            <numerusform>%n حركة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CareServicePanel</name>
    <message>
        <source>&lt;b&gt;Care desk tickets&lt;/b&gt;</source>
        <translation>&lt;b&gt;تذاكر خدمة العملاء&lt;/b&gt;</translation>
    </message>
    <message>
        <source>by agent</source>
        <translation>حسب الموظف</translation>
    </message>
    <message>
        <source>by kind</source>
        <translation>حسب النوع</translation>
    </message>
    <message>
        <source>by channel</source>
        <translation>حسب القناة</translation>
    </message>
    <message>
        <source>Group the tickets</source>
        <translation>تجميع التذاكر</translation>
    </message>
    <message>
        <source>Care desk tickets</source>
        <translation>تذاكر خدمة العملاء</translation>
    </message>
    <message>
        <source>%1 tickets · first response %2 (90%: %3), %4 in target · resolution %5 (90%: %6), %7 in target · %8 breaches · %9 escalations</source>
        <translation>%1 تذكرة · أول رد %2 (90%: %3)، %4 ضمن الهدف · الحل %5 (90%: %6)، %7 ضمن الهدف · %8 تجاوزات · %9 تصعيدات</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CatalogueView</name>
    <message>
        <source>This barcode belongs to product %1 already.</source>
        <translation>هذا الباركود يخص المنتج %1 بالفعل.</translation>
    </message>
    <message>
        <source>A product with SKU %1 exists already.</source>
        <translation>يوجد منتج برمز SKU %1 بالفعل.</translation>
    </message>
    <message>
        <source>A tax rate lies between 0 and 100 %.</source>
        <translation>نسبة الضريبة بين 0 و100 %.</translation>
    </message>
    <message>
        <source>The price is negative or too large.</source>
        <translation>السعر سالب أو كبير جدًا.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>نسبة الضريبة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>إظهار الم&amp;ؤرشفة</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>منتج &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>أر&amp;شفة</translation>
    </message>
    <message>
        <source>Change &amp;prices…</source>
        <translation>تغيير الأ&amp;سعار…</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>البحث عن منتجات</translation>
    </message>
    <message>
        <source>SKU, name or barcode</source>
        <translation>SKU أو الاسم أو الباركود</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Product %1 was created.</source>
        <translation>تم إنشاء المنتج %1.</translation>
    </message>
    <message>
        <source>Product %1 was saved.</source>
        <translation>تم حفظ المنتج %1.</translation>
    </message>
    <message>
        <source>Product %1 is archived: it keeps its history but cannot be ordered.</source>
        <translation>تمت أرشفة المنتج %1: يحتفظ بسجله لكن لا يمكن طلبه.</translation>
    </message>
    <message>
        <source>Product %1 can be ordered again.</source>
        <translation>يمكن طلب المنتج %1 مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) changed.</source>
        <translation>
            <numerusform>لم يتغير أي سعر.</numerusform>
            <numerusform>تغيّر سعر واحد.</numerusform>
            <numerusform>تغيّر سعران.</numerusform>
            <numerusform>تغيّرت %n أسعار.</numerusform>
            <numerusform>تغيّر %n سعرًا.</numerusform>
            <numerusform>تغيّر %n سعر.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>إ&amp;لغاء الأرشفة</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CategoryBrowser</name>
    <message>
        <source>Filter categories</source>
        <translation>تصفية الفئات</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>اكتب للتصفية</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CategoryPicker</name>
    <message>
        <source>Add sub-category</source>
        <translation>إضافة فئة فرعية</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>اختيار فئة</translation>
    </message>
    <message>
        <source>New sub-category name</source>
        <translation>اسم الفئة الفرعية الجديدة</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>اختيار</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CategoryTreeModel</name>
    <message>
        <source>Home page</source>
        <translation>الصفحة الرئيسية</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConflictView</name>
    <message>
        <source>Save with these choices</source>
        <translation>حفظ بهذه الاختيارات</translation>
    </message>
    <message>
        <source>Back to my draft</source>
        <translation>العودة إلى مسودتي</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 saved version %2 while you were editing.&lt;/b&gt; Pick for each differing field which text to keep, then save.</source>
        <translation>&lt;b&gt;حفظ %1 الإصدار %2 أثناء تحريرك.&lt;/b&gt; اختر لكل حقل مختلف النصَّ الذي تريد الاحتفاظ به، ثم احفظ.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نسختهم</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الاحتفاظ بـ</translation>
    </message>
    <message>
        <source>same</source>
        <translation>متطابق</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentEditor</name>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>الوصف المختصر</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Kitchen/Knives</source>
        <translation>مطبخ/سكاكين</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. steel, gift</source>
        <translation>مفصولة بفواصل، مثل: فولاذ, هدية</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>إضافة خاصية</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>إزالة خاصية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>الاسم اللطيف</translation>
    </message>
    <message>
        <source>Meta description</source>
        <translation>الوصف التعريفي</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>حل التعارض</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · version %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · الإصدار %3</translation>
    </message>
    <message>
        <source> · &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation> · &lt;i&gt;تغييرات غير محفوظة&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Someone saved this page while you were editing. Nothing was saved: choose what to keep.</source>
        <translation>حفظ شخص آخر هذه الصفحة أثناء تحريرك. لم يُحفظ شيء: اختر ما تريد الاحتفاظ به.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>حُفظ بصفته الإصدار %1.</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>لم يُرسَل: %1</translation>
    </message>
    <message>
        <source>Sent for review.</source>
        <translation>أُرسل للمراجعة.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>اختيار الفئة</translation>
    </message>
    <message>
        <source>Choose the category from the tree (F4)</source>
        <translation>اختيار الفئة من الشجرة (F4)</translation>
    </message>
    <message>
        <source>Display order and featured slots are set on the Placement tab, page by page.</source>
        <translation>يُضبط ترتيب العرض والخانات المميزة في علامة التبويب «مواضع العرض»، صفحةً صفحة.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>مواضع العرض</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentView</name>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>مواضع العرض</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationListProxy</name>
    <message>
        <source>%1 · %2 typing…</source>
        <translation>%1 · %2 يكتب…</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationMessagePanel</name>
    <message>
        <source>Lines the message names</source>
        <translation>البنود التي تذكرها الرسالة</translation>
    </message>
    <message>
        <source>A&amp;dd to order</source>
        <translation>إضافة إلى الطلب (&amp;D)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
    <message>
        <source>The customer&apos;s message</source>
        <translation>رسالة العميل</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>في المخزون</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>مقروء من</translation>
    </message>
    <message>
        <source>Put the ticked lines into the order</source>
        <translation>ضع البنود المحددة في الطلب</translation>
    </message>
    <message>
        <source>Hide the message; the order stays as it is</source>
        <translation>إخفاء الرسالة؛ يبقى الطلب كما هو</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>من %1، %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>الموضوع: %1</translation>
    </message>
    <message>
        <source>Not in the catalogue: %1</source>
        <translation>غير موجود في الكتالوج: %1</translation>
    </message>
    <message>
        <source>The message names no product of the catalogue.</source>
        <translation>لا تذكر الرسالة أي منتج من الكتالوج.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationThread</name>
    <message>
        <source>This mail could not be read (%1); it is kept as it came.</source>
        <translation>تعذّرت قراءة هذه الرسالة (%1)؛ وهي محفوظة كما وصلت.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>too large, not kept</source>
        <translation>كبير جدًا، لم يُحفظ</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>%1 answered · %2</source>
        <translation>ردّ %1 · %2</translation>
    </message>
    <message>
        <source>%1 wrote · %2</source>
        <translation>كتب %1 · %2</translation>
    </message>
    <message>
        <source>automatic reply</source>
        <translation>رد تلقائي</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationView</name>
    <message>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>دردشة</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>نموذج الاتصال</translation>
    </message>
    <message>
        <source>&amp;Link customer…</source>
        <translation>&amp;ربط عميل…</translation>
    </message>
    <message>
        <source>New customer from &amp;contact</source>
        <translation>عميل جديد من &amp;جهة الاتصال</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>إسنادها إ&amp;ليّ</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>إلغاء الإ&amp;سناد</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;تم</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>إعادة ال&amp;فتح</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>&amp;طلب جديد</translation>
    </message>
    <message>
        <source>Open tic&amp;ket…</source>
        <translation>فتح &amp;تذكرة…</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.</source>
        <translation>اختر محادثة على اليسار.</translation>
    </message>
    <message>
        <source>Snoo&amp;ze</source>
        <translation>&amp;تأجيل</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>لمدة ساعة</translation>
    </message>
    <message>
        <source>Until tomorrow 9:00</source>
        <translation>حتى الغد 9:00</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>حتى وقت محدد…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>Customer: &lt;a href=&quot;customer&quot;&gt;%1&lt;/a&gt;</source>
        <translation>العميل: &lt;a href=&quot;customer&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>لا عميل بعد</translation>
    </message>
    <message>
        <source>Nobody has it</source>
        <translation>غير مسندة لأحد</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>مسندة إلى %1</translation>
    </message>
    <message>
        <source>Open, waiting since %1</source>
        <translation>مفتوحة، بانتظار الرد منذ %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>مؤجلة حتى %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Put the conversation aside until a time</source>
        <translation>تأجيل المحادثة حتى وقت محدد</translation>
    </message>
    <message>
        <source>A conversation that is done is reopened before it is snoozed</source>
        <translation>تُعاد المحادثة المنتهية إلى الفتح قبل تأجيلها</translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation>التذكرة #%1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>الطلب #%1</translation>
    </message>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 يكتب ردًا…</translation>
    </message>
    <message>
        <source>%1 answered at %2 while you were writing. Their answer is now in the thread; your draft is kept — read it and send yours again if it still fits.</source>
        <translation>ردّ %1 في %2 بينما كنت تكتب. ردّه الآن في المحادثة؛ مسودتك محفوظة — اقرأه وأرسل ردك مرة أخرى إن كان لا يزال مناسبًا.</translation>
    </message>
    <message>
        <source>A ticket needs a customer: give the conversation a customer first (Link customer… or New customer from contact).</source>
        <translation>تحتاج التذكرة إلى عميل: اربط المحادثة بعميل أولًا (ربط عميل… أو عميل جديد من جهة الاتصال).</translation>
    </message>
    <message>
        <source>%1 is a customer already with this address or phone: link the conversation to them instead of making a second record.</source>
        <translation>%1 عميل مسجّل بالفعل بهذا العنوان أو الهاتف: اربط المحادثة به بدلًا من إنشاء سجل ثانٍ.</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>الربط بـ %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>حفظ المرفق</translation>
    </message>
    <message>
        <source>Could not save the attachment to %1: %2</source>
        <translation>تعذّر حفظ المرفق في %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>حُفظ في %1.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CredentialStore</name>
    <message>
        <source>No password is saved for this user.</source>
        <translation>لا توجد كلمة مرور محفوظة لهذا المستخدم.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the password cannot be remembered (%1).</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام على هذا الحاسوب، لذا لا يمكن تذكّر كلمة المرور (%1).</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>رفضت سلسلة مفاتيح النظام الوصول (%1).</translation>
    </message>
    <message>
        <source>The system keychain did not answer (%1), so the password is not remembered.</source>
        <translation>لم تستجب سلسلة مفاتيح النظام (%1)، لذا لم تُحفظ كلمة المرور.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerFigures</name>
    <message>
        <source>Lifetime revenue</source>
        <translation>إجمالي الإيرادات</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Returns rate</source>
        <translation>نسبة المرتجعات</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>التذاكر المفتوحة</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>عميل منذ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerPanel</name>
    <message>
        <source>Ne&amp;w customer</source>
        <translation>عميل جديد(&amp;W)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>إنشاء العميل</translation>
    </message>
    <message>
        <source>&amp;Use this customer</source>
        <translation>استخدام هذا العميل(&amp;U)</translation>
    </message>
    <message>
        <source>Create a new one anyway</source>
        <translation>إنشاء عميل جديد رغم ذلك</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>البحث عن عميل</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number</source>
        <translation>الاسم أو البريد الإلكتروني أو الهاتف أو رقم الطلب</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>العملاء المطابقون</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>الهندية</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>الاسم(&amp;M)</translation>
    </message>
    <message>
        <source>E-m&amp;ail</source>
        <translation>البريد الإلكتروني(&amp;A)</translation>
    </message>
    <message>
        <source>Phon&amp;e</source>
        <translation>الهاتف(&amp;E)</translation>
    </message>
    <message>
        <source>Deli&amp;very address</source>
        <translation>عنوان التسليم(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <source>Using the existing customer %1.</source>
        <translation>يُستخدم العميل الموجود %1.</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>أُنشئ العميل %1.</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>لا يوجد عميل يطابق &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>لم يُختر عميل بعد.</translation>
    </message>
    <message>
        <source>This looks like a customer we already have (same e-mail or phone):
%1</source>
        <translation>يبدو أن هذا عميل موجود لدينا بالفعل (البريد الإلكتروني أو الهاتف نفسه):
%1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerPickerDialog</name>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;ربط</translation>
    </message>
    <message>
        <source>Link the conversation to a customer</source>
        <translation>ربط المحادثة بعميل</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number</source>
        <translation>الاسم أو البريد أو الهاتف أو رقم الطلب</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerProfileEditor</name>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>إضافة هاتف</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>إزالة الهاتف</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>إضافة عنوان</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>إزالة العنوان</translation>
    </message>
    <message>
        <source>Agrees to marketing e-mails</source>
        <translation>يوافق على رسائل التسويق</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>الهندية</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>الاسم(&amp;M)</translation>
    </message>
    <message>
        <source>E-m&amp;ail</source>
        <translation>البريد الإلكتروني(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>ال&amp;ملاحظات</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>Address failing: mail to it came back undelivered (%1).</source>
        <translation>العنوان لا يعمل: عاد البريد المرسل إليه دون تسليم (%1).</translation>
    </message>
    <message>
        <source>Address failing</source>
        <translation>العنوان لا يعمل</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerSearchBox</name>
    <message>
        <source>Matching customers</source>
        <translation>العملاء المطابقون</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerTimelineView</name>
    <message>
        <source>Show &amp;older</source>
        <translation>عرض الأ&amp;قدم</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>إضافة &amp;ملاحظة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>السجل الزمني</translation>
    </message>
    <message>
        <source>Internal note: what was said or agreed</source>
        <translation>ملاحظة داخلية: ما قيل أو اتُّفق عليه</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomersView</name>
    <message>
        <source>Customer search</source>
        <translation>البحث عن عميل</translation>
    </message>
    <message>
        <source>Find a customer: name, e-mail, phone, order number or ticket number</source>
        <translation>ابحث عن عميل: الاسم أو البريد أو الهاتف أو رقم الطلب أو رقم التذكرة</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>العملاء المطابقون</translation>
    </message>
    <message>
        <source>Search for a customer above and pick one to see their profile, figures and timeline.</source>
        <translation>ابحث عن عميل في الأعلى واختره لرؤية ملفه وأرقامه وسجله الزمني.</translation>
    </message>
    <message>
        <source>Mer&amp;ge duplicate…</source>
        <translation>&amp;دمج سجل مكرر…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;محو…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <source>The duplicate was merged into this customer.</source>
        <translation>تم دمج السجل المكرر في هذا العميل.</translation>
    </message>
    <message>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>تم محو البيانات الشخصية للعميل.</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile; saving replaces their change with yours.</source>
        <translation>غيّر شخص آخر هذا العميل في هذه الأثناء؛ الحفظ يستبدل تغييره بتغييرك.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>This record was merged into customer #%1.</source>
        <translation>تم دمج هذا السجل في العميل #%1.</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>تصدير بيانات العميل</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>تعذّر كتابة التصدير في %1: %2</translation>
    </message>
    <message>
        <source>Exported the customer&apos;s data to %1.</source>
        <translation>تم تصدير بيانات العميل إلى %1.</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>&amp;تذكرة جديدة…</translation>
    </message>
    <message>
        <source>Open a ticket for this customer</source>
        <translation>فتح تذكرة لهذا العميل</translation>
    </message>
    <message>
        <source>Ticket %1 is open.</source>
        <translation>التذكرة %1 مفتوحة.</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;متابعة…</translation>
    </message>
    <message>
        <source>Schedule a call-back or follow-up with this customer</source>
        <translation>جدولة معاودة اتصال أو متابعة مع هذا العميل</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1.</source>
        <translation>تمت جدولة المتابعة في %1.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::EraseCustomerDialog</name>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;محو</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>محو %1</translation>
    </message>
    <message>
        <source>Erasing removes this customer&apos;s name, e-mail, phones, addresses and notes everywhere they are held, also in sent e-mails and the change history. Orders, payments and stock movements stay for the accounts, without the person.

This cannot be undone. Type the customer&apos;s name to confirm: %1</source>
        <translation>يزيل المحو اسم هذا العميل وبريده وهواتفه وعناوينه وملاحظاته من كل مكان تُحفظ فيه، وكذلك من الرسائل المرسلة وسجل التغييرات. تبقى الطلبات والمدفوعات وحركات المخزون للحسابات، دون الشخص.

لا يمكن التراجع عن ذلك. اكتب اسم العميل للتأكيد: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ExchangeDialog</name>
    <message>
        <source>%1 — %2 (%3 available)</source>
        <translation>%1 — %2 (%3 متاح)</translation>
    </message>
    <message>
        <source>Exchange return %1</source>
        <translation>استبدال الإرجاع %1</translation>
    </message>
    <message>
        <source>A replacement order for order #%1, paid by the return. Replace a line by another product at the same price (another size or colour): type part of its SKU or name.</source>
        <translation>طلب بديل للطلب #%1، يدفعه الإرجاع. استبدل بندًا بمنتج آخر بالسعر نفسه (مقاس أو لون آخر): اكتب جزءًا من رمز SKU أو من اسمه.</translation>
    </message>
    <message>
        <source>Lines to replace</source>
        <translation>البنود المراد استبدالها</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>المرتجع</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>البديل</translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <source>Replacement for %1</source>
        <translation>بديل %1</translation>
    </message>
    <message>
        <source>Choose the replacement for %1 from the list.</source>
        <translation>اختر بديل %1 من القائمة.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::FeaturedSlotsModel</name>
    <message>
        <source>Slot %1 · empty</source>
        <translation>الخانة %1 · فارغة</translation>
    </message>
    <message>
        <source>Slot %1 · %2 (%3)</source>
        <translation>الخانة %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Drop a product here to feature it in this slot</source>
        <translation>أفلِت منتجًا هنا لإبرازه في هذه الخانة</translation>
    </message>
    <message>
        <source>Drag back to the product list, or press Delete, to remove</source>
        <translation>اسحبه إلى قائمة المنتجات أو اضغط Delete لإزالته</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::FollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>جدولة متابعة</translation>
    </message>
    <message>
        <source>What was promised: call back about the refund…</source>
        <translation>ما تم الوعد به: معاودة الاتصال بشأن الاسترداد…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;الموعد</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>تمت المتابعة</translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation>مستحقة %1: %2</translation>
    </message>
    <message>
        <source>What came of it: customer happy with the refund…</source>
        <translation>النتيجة: العميل راضٍ عن الاسترداد…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;النتيجة</translation>
    </message>
    <message>
        <source>Write what came of it first.</source>
        <translation>اكتب النتيجة أولًا.</translation>
    </message>
    <message>
        <source>Write what is to be followed up first.</source>
        <translation>اكتب أولًا ما يجب متابعته.</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>بخصوص: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ImageCheck</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; images may be at most %3 KiB.</source>
        <translation>حجم %1 هو %2 KiB؛ والحد الأقصى لحجم الصور %3 KiB.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or WebP image.</source>
        <translation>%1 ليس صورة PNG أو JPEG أو WebP.</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; each side must be 1 to %4 pixels.</source>
        <translation>أبعاد %1 هي %2 × %3 بكسل؛ ويجب أن يتراوح كل ضلع بين 1 و%4 بكسل.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file ends too early.</source>
        <translation>%1 تالف: ينتهي الملف قبل أوانه.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be shown (%2).</source>
        <translation>%1 تالف ولا يمكن عرضه (%2).</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ImagePanel</name>
    <message>
        <source>Images, the first is the main image</source>
        <translation>الصور، والأولى هي الصورة الرئيسية</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>إضافة صور…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>تأخير</translation>
    </message>
    <message>
        <source>Make main image</source>
        <translation>تعيين كصورة رئيسية</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.webp);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Main · %1</source>
        <translation>الرئيسية · %1</translation>
    </message>
    <message>
        <source>%1, %2 KiB</source>
        <translation>%1، %2 KiB</translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation>لم يُرفع: %1</translation>
    </message>
    <message>
        <source>Order not changed: %1</source>
        <translation>لم يتغيّر الترتيب: %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>لم تتم الإزالة: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::InboxView</name>
    <message>
        <source>Con&amp;versations</source>
        <translation>ال&amp;محادثات</translation>
    </message>
    <message>
        <source>Templ&amp;ates</source>
        <translation>ال&amp;قوالب</translation>
    </message>
    <message>
        <source>The inbox could not be read: %1</source>
        <translation>تعذّرت قراءة الوارد: %1</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>&amp;بانتظار الرد</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>ال&amp;مفتوحة</translation>
    </message>
    <message>
        <source>S&amp;noozed</source>
        <translation>المؤ&amp;جلة</translation>
    </message>
    <message>
        <source>Don&amp;e</source>
        <translation>المن&amp;تهية</translation>
    </message>
    <message>
        <source>M&amp;ine</source>
        <translation>ال&amp;خاصة بي</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>الوارد (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>الوارد</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::LoginDialog</name>
    <message>
        <source>On this computer (standalone)</source>
        <translation>على هذا الحاسوب (مستقل)</translation>
    </message>
    <message>
        <source>On a server:</source>
        <translation>على خادم:</translation>
    </message>
    <message>
        <source>Share this computer&apos;s shop on the local network</source>
        <translation>مشاركة متجر هذا الحاسوب على الشبكة المحلية</translation>
    </message>
    <message>
        <source>&amp;Remember me (password kept in the system keychain)</source>
        <translation>تذكّرني(&amp;R) (تُحفظ كلمة المرور في سلسلة مفاتيح النظام)</translation>
    </message>
    <message>
        <source>Log in — Shopdesk</source>
        <translation>تسجيل الدخول — Shopdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shopdesk&lt;/h2&gt;Log in to your shop.</source>
        <translation>&lt;h2&gt;Shopdesk&lt;/h2&gt;سجِّل الدخول إلى متجرك.</translation>
    </message>
    <message>
        <source>http://shop-server:8080</source>
        <translation>http://shop-server:8080</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Other computers then log in to this one as their server.</source>
        <translation>بعد ذلك تسجّل الحواسيب الأخرى الدخول إلى هذا الحاسوب بوصفه خادمها.</translation>
    </message>
    <message>
        <source>Address to share on</source>
        <translation>عنوان المشاركة</translation>
    </message>
    <message>
        <source>Port to share on</source>
        <translation>منفذ المشاركة</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوان(&amp;A):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>المنفذ(&amp;O):</translation>
    </message>
    <message>
        <source>Where is the shop?</source>
        <translation>أين يوجد المتجر؟</translation>
    </message>
    <message>
        <source>This computer has no shop yet. Shopdesk will create one: the administrator is &lt;b&gt;admin&lt;/b&gt;, with the password you choose below.</source>
        <translation>لا يوجد متجر على هذا الحاسوب بعد. سينشئ Shopdesk متجرًا: المسؤول هو &lt;b&gt;admin&lt;/b&gt;، بكلمة المرور التي تختارها أدناه.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>تسجيل الدخول(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>أدخِل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخِل كلمة المرور.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network address such as 0.0.0.0 or 192.168.1.20.</source>
        <translation>&quot;%1&quot; ليس عنوان شبكة مثل 0.0.0.0 أو 192.168.1.20.</translation>
    </message>
    <message>
        <source>Starting the shop on this computer…</source>
        <translation>جارٍ تشغيل المتجر على هذا الحاسوب…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>جارٍ حفظ كلمة المرور في سلسلة مفاتيح النظام…</translation>
    </message>
    <message>
        <source>An admin set your password: choose your own to go on.</source>
        <translation>عيّن مدير كلمة مرورك: اختر كلمة مرورك الخاصة للمتابعة.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>اختر كلمة مرورك</translation>
    </message>
    <message>
        <source>An admin set the password you logged in with. Choose your own now; nobody else will know it.</source>
        <translation>كلمة المرور التي سجّلت بها الدخول عيّنها مدير. اختر كلمة مرورك الآن؛ لن يعرفها أحد غيرك.</translation>
    </message>
    <message>
        <source>Log in again when you are ready to choose your password.</source>
        <translation>سجّل الدخول مجددًا عندما تكون مستعدًا لاختيار كلمة مرورك.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::LowStockWidget</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>في المخزن</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>النقص</translation>
    </message>
    <message>
        <source>Set &amp;minimum</source>
        <translation>تعيين الحد الأدنى(&amp;M)</translation>
    </message>
    <message>
        <source>Products below their minimum</source>
        <translation>المنتجات دون حدها الأدنى</translation>
    </message>
    <message>
        <source>SKU or EAN</source>
        <translation>SKU أو EAN</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>المنتج(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>الموقع(&amp;L):</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>الحد الأدنى(&amp;I):</translation>
    </message>
    <message>
        <source>Low stock cannot be loaded: %1</source>
        <translation>تعذّر تحميل المخزون المنخفض: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Below the minimum now: %1</source>
        <translation>أصبح دون الحد الأدنى الآن: %1</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation>لا يوجد منتج بالرمز SKU أو الباركود &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Minimum of %1 at %2 is now %3.</source>
        <translation>أصبح الحد الأدنى لـ %1 في %2 الآن %3.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MainWindow</name>
    <message>
        <source>Pending changes</source>
        <translation>التغييرات المعلّقة</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>this computer, shared at %1</source>
        <translation>هذا الحاسوب، مُشارَك على %1</translation>
    </message>
    <message>
        <source>Shopdesk — %1 (%2) on %3</source>
        <translation>Shopdesk — %1 (%2) على %3</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>The server refused: %1 — %2</source>
        <translation>رفض الخادم: %1 — %2</translation>
    </message>
    <message>
        <source>%1 Changes stay queued until you log in again (File → Log out).</source>
        <translation>%1 تبقى التغييرات في قائمة الانتظار حتى تسجّل الدخول مجددًا (ملف ← تسجيل الخروج).</translation>
    </message>
    <message>
        <source>Low stock: %1</source>
        <translation>مخزون منخفض: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: you are working offline from this computer&apos;s copy. Changes wait until it is back.</source>
        <translation>تعذّر الوصول إلى الخادم: أنت تعمل دون اتصال من نسخة البيانات على هذا الحاسوب. تنتظر التغييرات حتى يعود الاتصال.</translation>
    </message>
    <message>
        <source>Your role (%1) has no module in this desktop client.</source>
        <translation>ليس لدورك (%1) أي وحدة في برنامج سطح المكتب هذا.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>تسجيل الخروج(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>Find &amp;product…</source>
        <translation>البحث عن منتج(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Search this list</source>
        <translation>البحث في هذه القائمة(&amp;S)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>التفضيلات(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pending changes</source>
        <translation>التغييرات المعلّقة(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>ملء الشاشة(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>مزامنة(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>إعادة المحاولة الآن(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Shopdesk</source>
        <translation>حول Shopdesk(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>حول Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About Shopdesk</source>
        <translation>حول Shopdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shopdesk %1&lt;/h3&gt;&lt;p&gt;The back-office for online shops: orders, warehouse, content and trends on one live stock.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shopdesk %1&lt;/h3&gt;&lt;p&gt;نظام الإدارة الخلفية للمتاجر الإلكترونية: الطلبات والمستودع والمحتوى والاتجاهات على مخزون واحد محدَّث لحظيًا.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes still waiting</source>
        <translation>تغييرات ما زالت معلّقة</translation>
    </message>
    <message>
        <source>Changes not yet on the server: %1. They are kept on this computer and sent the next time you start Shopdesk. Quit now?</source>
        <translation>تغييرات لم تصل إلى الخادم بعد: %1. ستبقى محفوظة على هذا الحاسوب وتُرسَل في المرة القادمة التي تشغّل فيها Shopdesk. هل تريد الخروج الآن؟</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s copy was damaged and has been rebuilt from the server; %n queued change(s) were kept.</source>
        <translation>
            <numerusform>كانت نسخة هذا الحاسوب تالفة وأُعيد بناؤها من الخادم؛ لم يكن هناك أي تغيير في الانتظار.</numerusform>
            <numerusform>كانت نسخة هذا الحاسوب تالفة وأُعيد بناؤها من الخادم؛ احتُفظ بتغيير واحد في الانتظار.</numerusform>
            <numerusform>كانت نسخة هذا الحاسوب تالفة وأُعيد بناؤها من الخادم؛ احتُفظ بتغييرين في الانتظار.</numerusform>
            <numerusform>كانت نسخة هذا الحاسوب تالفة وأُعيد بناؤها من الخادم؛ احتُفظ بـ %n تغييرات في الانتظار.</numerusform>
            <numerusform>كانت نسخة هذا الحاسوب تالفة وأُعيد بناؤها من الخادم؛ احتُفظ بـ %n تغييرًا في الانتظار.</numerusform>
            <numerusform>كانت نسخة هذا الحاسوب تالفة وأُعيد بناؤها من الخادم؛ احتُفظ بـ %n تغيير في الانتظار.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MergeCustomerDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <source>Merge duplicate into %1</source>
        <translation>دمج سجل مكرر في %1</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number of the duplicate</source>
        <translation>اسم السجل المكرر أو بريده أو هاتفه أو رقم طلبه</translation>
    </message>
    <message>
        <source>Pick the duplicate above.</source>
        <translation>اختر السجل المكرر أعلاه.</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>يبقى</translation>
    </message>
    <message>
        <source>Merged into it, then closed</source>
        <translation>يُدمج فيه ثم يُغلق</translation>
    </message>
    <message>
        <source>The duplicate&apos;s orders and notes move to the customer that stays; empty fields are filled from it and its phones and addresses are added. Only a new edit undoes it.</source>
        <translation>تنتقل طلبات السجل المكرر وملاحظاته إلى العميل الباقي؛ تُملأ الحقول الفارغة منه وتُضاف هواتفه وعناوينه. لا يُلغى ذلك إلا بتعديل جديد.</translation>
    </message>
    <message>
        <source>This is the customer that stays; pick the other record.</source>
        <translation>هذا هو العميل الباقي؛ اختر السجل الآخر.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>إغلاق هذه الرسالة</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MovementHistoryWidget</name>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>عرض(&amp;S)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>تصدير CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>حركات المخزون</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>SKU or EAN</source>
        <translation>SKU أو EAN</translation>
    </message>
    <message>
        <source>any location</source>
        <translation>أي موقع</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>أي مستخدم</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>المنتج(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>النوع(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>الموقع(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>المستخدم(&amp;U):</translation>
    </message>
    <message>
        <source>The history cannot be loaded: %1</source>
        <translation>تعذّر تحميل السجل: %1</translation>
    </message>
    <message>
        <source>Export movements</source>
        <translation>تصدير الحركات</translation>
    </message>
    <message>
        <source>movements.csv</source>
        <translation>movements.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n movement(s) to %1.</source>
        <translation>
            <numerusform>لم تُحفظ أي حركة في %1.</numerusform>
            <numerusform>حُفظت حركة واحدة في %1.</numerusform>
            <numerusform>حُفظت حركتان في %1.</numerusform>
            <numerusform>حُفظت %n حركات في %1.</numerusform>
            <numerusform>حُفظت %n حركة في %1.</numerusform>
            <numerusform>حُفظت %n حركة في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NewPasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>أعد كتابة كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور ال&amp;جديدة:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>أ&amp;عد كتابتها:</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>تتكون كلمة المرور من %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>تذكرة جديدة</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>البحث عن عميل</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number, then Enter</source>
        <translation>الاسم أو البريد أو الهاتف أو رقم الطلب، ثم Enter</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>العملاء الذين عُثر عليهم</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>لم يُختر أي عميل بعد.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>بدون طلب</translation>
    </message>
    <message>
        <source>Order lines the ticket is about</source>
        <translation>بنود الطلب التي تخصها التذكرة</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>On the ticket</source>
        <translation>في التذكرة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>الويب</translation>
    </message>
    <message>
        <source>What the customer wrote or said (optional)</source>
        <translation>ما كتبه العميل أو قاله (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;فتح التذكرة</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;العميل</translation>
    </message>
    <message>
        <source>O&amp;rder</source>
        <translation>ال&amp;طلب</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>ال&amp;قناة</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>الأ&amp;ولوية</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>ال&amp;موضوع</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>ال&amp;نص</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>لا يطابق أي عميل &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Order #%1 of %2</source>
        <translation>الطلب رقم %1 بتاريخ %2</translation>
    </message>
    <message>
        <source>Units of %1 on the ticket</source>
        <translation>وحدات %1 في التذكرة</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>اختر العميل أولًا.</translation>
    </message>
    <message>
        <source>Give the ticket a subject.</source>
        <translation>أعطِ التذكرة موضوعًا.</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NewUserDialog</name>
    <message>
        <source>&amp;Must change it at the first log-in</source>
        <translation>&amp;يجب تغييرها عند أول تسجيل دخول</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>كلمة المرور الأولى</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>ا&amp;سم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>&amp;كلمة المرور الأولى:</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>تتكون كلمة المرور من %1 أحرف على الأقل.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NoticesButton</name>
    <message>
        <source>Escalations of tickets that concern you: a breach of your ticket, a ticket joining the QA queue, the managers&apos; notice</source>
        <translation>تصعيدات التذاكر التي تخصك: تجاوز في تذكرتك، تذكرة تنضم إلى طابور ضمان الجودة، إخطار المديرين</translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation>الإشعارات (%1)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>Shopdesk</source>
        <translation>Shopdesk</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>التذكرة %1: %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 و%2 أخرى</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NoticesPanel</name>
    <message>
        <source>No notices in this session.</source>
        <translation>لا توجد إشعارات في هذه الجلسة.</translation>
    </message>
    <message>
        <source>Mark all &amp;read</source>
        <translation>تعليم الكل &amp;كمقروء</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>%1 · %2
%3 · %4</source>
        <translation>%1 · %2
%3 · %4</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OpenTicketDialog</name>
    <message>
        <source>Open a ticket from the conversation</source>
        <translation>فتح تذكرة من المحادثة</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;فتح تذكرة</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>الأ&amp;ولوية</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>ال&amp;موضوع</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderDetailWidget</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
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
        <source>Line total</source>
        <translation>إجمالي السطر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>تعليم كمدفوع(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>إلغاء الطلب</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>حفظ كـ PDF…</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>مرجع الدفع</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>أسطر الطلب</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>سجل الحالة</translation>
    </message>
    <message>
        <source>Press again to cancel order #%1</source>
        <translation>اضغط مجددًا لإلغاء الطلب رقم %1</translation>
    </message>
    <message>
        <source>Save order summary</source>
        <translation>حفظ ملخص الطلب</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <source>Order #%1 is cancelled; its units are free again.</source>
        <translation>أُلغي الطلب رقم %1؛ وأصبحت وحداته متاحة مجددًا.</translation>
    </message>
    <message>
        <source>Order #%1 is paid.</source>
        <translation>الطلب رقم %1 مدفوع الآن.</translation>
    </message>
    <message>
        <source>Pick an order in the list to see it here.</source>
        <translation>اختر طلبًا من القائمة لعرضه هنا.</translation>
    </message>
    <message>
        <source>Order #%1 — %2</source>
        <translation>الطلب رقم %1 — %2</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>العميل %1</translation>
    </message>
    <message>
        <source>Channel: %1 · Payment: %2</source>
        <translation>القناة: %1 · الدفع: %2</translation>
    </message>
    <message>
        <source>Taken by %1 on %2</source>
        <translation>سجّله %1 في %2</translation>
    </message>
    <message>
        <source>Reservation expires in %1 min %2 s</source>
        <translation>ينتهي الحجز خلال %1 دقيقة و%2 ثانية</translation>
    </message>
    <message>
        <source>Payment reference: %1</source>
        <translation>مرجع الدفع: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>ملاحظات: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>الإجمالي: %1</translation>
    </message>
    <message>
        <source>Shipped with %1 · tracking %2</source>
        <translation>شُحن عبر %1 · رقم التتبع %2</translation>
    </message>
    <message>
        <source>No order is shown.</source>
        <translation>لا يوجد طلب معروض.</translation>
    </message>
    <message>
        <source>Check link and mark paid</source>
        <translation>تحقّق من الرابط وعلّم كمدفوع</translation>
    </message>
    <message>
        <source>Payment link the provider reports as paid</source>
        <translation>رابط الدفع الذي يُبلغ المزوّد بأنه مدفوع</translation>
    </message>
    <message>
        <source>Paid payment link</source>
        <translation>رابط الدفع المدفوع</translation>
    </message>
    <message>
        <source>The server checks the link&apos;s signature and expiry and that it matches its order, then marks that order paid with the reference above.</source>
        <translation>يتحقق الخادم من توقيع الرابط وصلاحيته ومن مطابقته لطلبه، ثم يعلّم ذلك الطلب كمدفوع بالمرجع المذكور أعلاه.</translation>
    </message>
    <message>
        <source>The payment link checks out: order #%1 is paid.</source>
        <translation>رابط الدفع صحيح: الطلب رقم %1 مدفوع الآن.</translation>
    </message>
    <message>
        <source>The link was made for order #%1, which is now paid; this order is unchanged.</source>
        <translation>أُنشئ الرابط للطلب رقم %1 الذي أصبح مدفوعًا؛ لم يتغيّر هذا الطلب.</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>&amp;تذكرة جديدة…</translation>
    </message>
    <message>
        <source>Open a ticket about this order</source>
        <translation>فتح تذكرة بشأن هذا الطلب</translation>
    </message>
    <message>
        <source>Ticket %1 is open.</source>
        <translation>التذكرة %1 مفتوحة.</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up…</source>
        <translation>م&amp;تابعة…</translation>
    </message>
    <message>
        <source>Schedule a call-back or follow-up with the customer about this order</source>
        <translation>جدولة معاودة اتصال أو متابعة مع العميل بشأن هذا الطلب</translation>
    </message>
    <message>
        <source>%1 · order #%2</source>
        <translation>%1 · الطلب رقم %2</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1.</source>
        <translation>تمت جدولة المتابعة في %1.</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>إرجاع…</translation>
    </message>
    <message>
        <source>Take some of this order&apos;s units back</source>
        <translation>استرجاع بعض وحدات هذا الطلب</translation>
    </message>
    <message>
        <source>Return %1 is started.</source>
        <translation>بدأ الإرجاع %1.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderIntakeWidget</name>
    <message>
        <source>&amp;Remove line</source>
        <translation>إزالة السطر(&amp;R)</translation>
    </message>
    <message>
        <source>Con&amp;firm order</source>
        <translation>تأكيد الطلب(&amp;F)</translation>
    </message>
    <message>
        <source>Ne&amp;xt order</source>
        <translation>الطلب التالي(&amp;X)</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>إضافة منتج</translation>
    </message>
    <message>
        <source>SKU, barcode or product name — Enter adds it</source>
        <translation>SKU أو الباركود أو اسم المنتج — اضغط Enter للإضافة</translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation>المنتجات المطابقة</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>أسطر الطلب</translation>
    </message>
    <message>
        <source>Notes for the warehouse and colleagues (optional)</source>
        <translation>ملاحظات للمستودع والزملاء (اختياري)</translation>
    </message>
    <message>
        <source>Reserve the order on the server (Ctrl+Enter)</source>
        <translation>حجز الطلب على الخادم (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>القناة(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>الدفع(&amp;P)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>ملاحظات(&amp;T)</translation>
    </message>
    <message>
        <source>Find the customer (Alt+C)</source>
        <translation>البحث عن العميل (Alt+C)</translation>
    </message>
    <message>
        <source>Add a product (Alt+I)</source>
        <translation>إضافة منتج (Alt+I)</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation>لا يوجد منتج بالرمز SKU أو الباركود &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>الإجمالي: %1</translation>
    </message>
    <message>
        <source>No lines yet</source>
        <translation>لا توجد أسطر بعد</translation>
    </message>
    <message>
        <source>Choose or create the customer first.</source>
        <translation>اختر العميل أو أنشئه أولًا.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>أضِف سطرًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>A line asks for more than is available.</source>
        <translation>أحد الأسطر يطلب أكثر من المتاح.</translation>
    </message>
    <message>
        <source>Queued — not confirmed. Sending it to the server…</source>
        <translation>في قائمة الانتظار — غير مؤكد. جارٍ إرساله إلى الخادم…</translation>
    </message>
    <message>
        <source>Queued — not confirmed. The server cannot be reached; the order goes to it as soon as the connection is back.</source>
        <translation>في قائمة الانتظار — غير مؤكد. تعذّر الوصول إلى الخادم؛ سيُرسَل الطلب إليه فور عودة الاتصال.</translation>
    </message>
    <message>
        <source>Not confirmed — the server refused the order: %1</source>
        <translation>غير مؤكد — رفض الخادم الطلب: %1</translation>
    </message>
    <message>
        <source>Reserved — order #%1. The reservation expires in %2.</source>
        <translation>محجوز — الطلب رقم %1. ينتهي الحجز خلال %2.</translation>
    </message>
    <message>
        <source>Reserved — order #%1. The units are held until shipment.</source>
        <translation>محجوز — الطلب رقم %1. تبقى الوحدات محجوزة حتى الشحن.</translation>
    </message>
    <message>
        <source>Order #%1: %2</source>
        <translation>الطلب رقم %1: %2</translation>
    </message>
    <message>
        <source>%1 is archived and can no longer be ordered.</source>
        <translation>%1 مؤرشف ولم يعد من الممكن طلبه.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderLinesModel</name>
    <message>
        <source>Only %1 of %2 available (%3 asked for).</source>
        <translation>المتاح من %2 هو %1 فقط (المطلوب %3).</translation>
    </message>
    <message>
        <source>Only %1 available: lower the quantity or remove the line.</source>
        <translation>المتاح %1 فقط: قلِّل الكمية أو أزِل السطر.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>إجمالي السطر</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderListView</name>
    <message>
        <source>Status filter</source>
        <translation>تصفية حسب الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>تصفية حسب القناة</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>أي قناة</translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation>تصفية حسب المندوب</translation>
    </message>
    <message>
        <source>any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation>تصفية حسب العميل</translation>
    </message>
    <message>
        <source>Search: order number, SKU, product, notes, tracking</source>
        <translation>البحث: رقم الطلب، SKU، المنتج، الملاحظات، التتبع</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>البحث في الطلبات</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>أي مندوب</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 (المعروض: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>لا طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderPaymentsPanel</name>
    <message>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Record pa&amp;yment…</source>
        <translation>تسجيل د&amp;فعة…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>ا&amp;سترداد…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>الاستردادات</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>المدفوع: %1</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>المسترد: %1</translation>
    </message>
    <message>
        <source>Owed back: %1</source>
        <translation>مستحق الإرجاع: %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>الرصيد: %1</translation>
    </message>
    <message>
        <source>Refund of %1 awaits a manager&apos;s approval.</source>
        <translation>استرداد %1 بانتظار موافقة المدير.</translation>
    </message>
    <message>
        <source>Refund of %1 issued.</source>
        <translation>صدر استرداد %1.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderSummary</name>
    <message>
        <source>Order #%1</source>
        <translation>الطلب رقم %1</translation>
    </message>
    <message>
        <source>Order (not confirmed)</source>
        <translation>طلب (غير مؤكد)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>عنوان التسليم</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
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
        <source>Line total</source>
        <translation>إجمالي السطر</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>الإجمالي: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>القناة: %1</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>الدفع: %1</translation>
    </message>
    <message>
        <source>Pay online: %1</source>
        <translation>الدفع عبر الإنترنت: %1</translation>
    </message>
    <message>
        <source>Shipped with %1, tracking number %2</source>
        <translation>شُحن عبر %1، رقم التتبع %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrdersWidget</name>
    <message>
        <source>&amp;New order</source>
        <translation>طلب جديد(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>الطلبات(&amp;O)</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OutboxPanel</name>
    <message>
        <source>Changes waiting for the server</source>
        <translation>تغييرات بانتظار الخادم</translation>
    </message>
    <message>
        <source>Changes made here wait in this list until the server confirms them.</source>
        <translation>تنتظر التغييرات التي تُجرى هنا في هذه القائمة حتى يؤكدها الخادم.</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>إعادة المحاولة الآن(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing waiting: everything done on this computer has reached the server.</source>
        <translation>لا شيء معلّق: كل ما أُنجز على هذا الحاسوب وصل إلى الخادم.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PaymentLinkBox</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>نسخ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;E-mail to customer</source>
        <translation>إرسال بالبريد الإلكتروني إلى العميل(&amp;E)</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>رابط الدفع</translation>
    </message>
    <message>
        <source>Payment link:</source>
        <translation>رابط الدفع:</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>تم النسخ.</translation>
    </message>
    <message>
        <source>The payment link is on its way to the customer.</source>
        <translation>رابط الدفع في طريقه إلى العميل.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PickListDocument</name>
    <message>
        <source>Pick list</source>
        <translation>قائمة التجهيز</translation>
    </message>
    <message>
        <source>No paid orders are waiting to ship.</source>
        <translation>لا توجد طلبات مدفوعة بانتظار الشحن.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <source>Stock at risk: a count found fewer units than are reserved.</source>
        <translation>مخزون معرَّض للخطر: وجد الجرد وحدات أقل من المحجوزة.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Pick from</source>
        <translation>التجهيز من</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PickListWidget</name>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Pick from</source>
        <translation>التجهيز من</translation>
    </message>
    <message>
        <source>Stock at risk</source>
        <translation>مخزون معرَّض للخطر</translation>
    </message>
    <message>
        <source>&amp;Ship order</source>
        <translation>شحن الطلب(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>طباعة(&amp;I)…</translation>
    </message>
    <message>
        <source>Orders to pick</source>
        <translation>طلبات للتجهيز</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>شركة الشحن</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>شركة الشحن(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Tracking:</source>
        <translation>التتبع(&amp;T):</translation>
    </message>
    <message>
        <source>The pick list cannot be loaded: %1</source>
        <translation>تعذّر تحميل قائمة التجهيز: %1</translation>
    </message>
    <message>
        <source>Export pick list</source>
        <translation>تصدير قائمة التجهيز</translation>
    </message>
    <message>
        <source>pick-list.pdf</source>
        <translation>pick-list.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the pick list to %1.</source>
        <translation>حُفظت قائمة التجهيز في %1.</translation>
    </message>
    <message>
        <source>Order %1 was not shipped: %2</source>
        <translation>لم يُشحن الطلب %1: %2</translation>
    </message>
    <message>
        <source>Order %1 shipped.</source>
        <translation>شُحن الطلب %1.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Notes on order %1: %2</source>
        <translation>ملاحظات الطلب %1: %2</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PlacementOrderModel</name>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · featured in slot %1</source>
        <translation> · مميَّز في الخانة %1</translation>
    </message>
    <message>
        <source> · not published yet</source>
        <translation> · لم يُنشر بعد</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PlacementView</name>
    <message>
        <source>Home page</source>
        <translation>الصفحة الرئيسية</translation>
    </message>
    <message>
        <source>Category page: %1</source>
        <translation>صفحة الفئة: %1</translation>
    </message>
    <message>
        <source>Feature in slot</source>
        <translation>إبراز في خانة</translation>
    </message>
    <message>
        <source>Remove from slot</source>
        <translation>إزالة من الخانة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Save placement</source>
        <translation>حفظ مواضع العرض</translation>
    </message>
    <message>
        <source>Publish placement</source>
        <translation>نشر مواضع العرض</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Filter pages</source>
        <translation>تصفية الصفحات</translation>
    </message>
    <message>
        <source>Featured slots</source>
        <translation>الخانات المميزة</translation>
    </message>
    <message>
        <source>Products in display order</source>
        <translation>المنتجات بترتيب العرض</translation>
    </message>
    <message>
        <source>Feature the selected product in the selected slot</source>
        <translation>إبراز المنتج المحدد في الخانة المحددة</translation>
    </message>
    <message>
        <source>Empty the selected slot (Delete)</source>
        <translation>إفراغ الخانة المحددة (Delete)</translation>
    </message>
    <message>
        <source>Move the selected product up (Alt+Up)</source>
        <translation>نقل المنتج المحدد لأعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected product down (Alt+Down)</source>
        <translation>نقل المنتج المحدد لأسفل (Alt+Down)</translation>
    </message>
    <message>
        <source>Featured slots — drop a product on a slot</source>
        <translation>الخانات المميزة — أفلِت منتجًا على خانة</translation>
    </message>
    <message>
        <source>Products in display order — drag to reorder</source>
        <translation>المنتجات بترتيب العرض — اسحب لإعادة الترتيب</translation>
    </message>
    <message>
        <source>Could not read the categories: %1</source>
        <translation>تعذّرت قراءة الفئات: %1</translation>
    </message>
    <message>
        <source>Could not read the placement: %1</source>
        <translation>تعذّرت قراءة مواضع العرض: %1</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>لم يُحفظ قط</translation>
    </message>
    <message>
        <source>Version %1 · published</source>
        <translation>الإصدار %1 · منشور</translation>
    </message>
    <message>
        <source>Version %1 · draft (version %2 is live)</source>
        <translation>الإصدار %1 · مسودة (الإصدار %2 منشور)</translation>
    </message>
    <message>
        <source>Version %1 · draft, not published</source>
        <translation>الإصدار %1 · مسودة غير منشورة</translation>
    </message>
    <message>
        <source> · &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation> · &lt;i&gt;تغييرات غير محفوظة&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Someone saved this page&apos;s placement meanwhile (version %1). Nothing was saved: Reload to see theirs, then place again.</source>
        <translation>حفظ شخص آخر مواضع العرض لهذه الصفحة في هذه الأثناء (الإصدار %1). لم يُحفظ شيء: انقر «إعادة التحميل» لعرض نسختهم، ثم أعِد تحديد المواضع.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>حُفظ بصفته الإصدار %1.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>لم يُنشر: %1</translation>
    </message>
    <message>
        <source>Published: the catalog now shows this placement.</source>
        <translation>نُشر: يعرض الكتالوج الآن مواضع العرض هذه.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>حسب النظام (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة(&amp;L):</translation>
    </message>
    <message>
        <source>Money, dates and numbers follow the language too. The window reopens in the new language; nothing waiting to be sent is lost.</source>
        <translation>تتبع تنسيقات المبالغ والتواريخ والأرقام اللغةَ أيضًا. يُعاد فتح النافذة باللغة الجديدة، ولا يضيع أي شيء ينتظر الإرسال.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PriceChangeDialog</name>
    <message>
        <source>By &amp;category</source>
        <translation>حسب ال&amp;فئة</translation>
    </message>
    <message>
        <source>From a CSV &amp;file</source>
        <translation>من &amp;ملف CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;معاينة</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>السعر القديم</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>السعر الجديد</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Change prices</source>
        <translation>تغيير الأسعار</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Change in percent</source>
        <translation>التغيير بالنسبة المئوية</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>ملف CSV</translation>
    </message>
    <message>
        <source>A file of &quot;SKU,price&quot; lines</source>
        <translation>ملف من أسطر &quot;SKU,السعر&quot;</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>تغييرات الأسعار</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>قائمة الأسعار</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ملفات CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <source>Working out the changes…</source>
        <translation>جارٍ حساب التغييرات…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be put right before the prices can change.</source>
        <translation>
            <numerusform>لا توجد مشكلات.</numerusform>
            <numerusform>يجب إصلاح مشكلة واحدة قبل تغيير الأسعار.</numerusform>
            <numerusform>يجب إصلاح مشكلتين قبل تغيير الأسعار.</numerusform>
            <numerusform>يجب إصلاح %n مشكلات قبل تغيير الأسعار.</numerusform>
            <numerusform>يجب إصلاح %n مشكلة قبل تغيير الأسعار.</numerusform>
            <numerusform>يجب إصلاح %n مشكلة قبل تغيير الأسعار.</numerusform>
        </translation>
    </message>
    <message>
        <source>No price would change.</source>
        <translation>لن يتغير أي سعر.</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) will change. Apply changes them all at once.</source>
        <translation>
            <numerusform>لن يتغير أي سعر.</numerusform>
            <numerusform>سيتغير سعر واحد. &quot;تطبيق&quot; يغيّرها كلها دفعة واحدة.</numerusform>
            <numerusform>سيتغير سعران. &quot;تطبيق&quot; يغيّرها كلها دفعة واحدة.</numerusform>
            <numerusform>ستتغير %n أسعار. &quot;تطبيق&quot; يغيّرها كلها دفعة واحدة.</numerusform>
            <numerusform>سيتغير %n سعرًا. &quot;تطبيق&quot; يغيّرها كلها دفعة واحدة.</numerusform>
            <numerusform>سيتغير %n سعر. &quot;تطبيق&quot; يغيّرها كلها دفعة واحدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the prices…</source>
        <translation>جارٍ تغيير الأسعار…</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>تعديل المنتج</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>الباركود</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Price in %1</source>
        <translation>السعر بعملة %1</translation>
    </message>
    <message>
        <source>Tax rate in percent</source>
        <translation>نسبة الضريبة بالمئة</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;SKU:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>البا&amp;ركود:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <source>&amp;Price (%1):</source>
        <translation>ال&amp;سعر (%1):</translation>
    </message>
    <message>
        <source>&amp;Tax rate:</source>
        <translation>نسبة ال&amp;ضريبة:</translation>
    </message>
    <message>
        <source>A SKU is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>يتكون رمز SKU من 1 إلى 64 حرفًا أو رقمًا أو نقطة أو شرطة أو شرطة سفلية.</translation>
    </message>
    <message>
        <source>The price is not an amount of money.</source>
        <translation>السعر ليس مبلغًا ماليًا.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>لا يمكن أن يكون السعر سالبًا.</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>الحد الأدنى للمخزون</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>&amp;Minimum stock:</source>
        <translation>ال&amp;حد الأدنى للمخزون:</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductPreview</name>
    <message>
        <source>Preview of the product page</source>
        <translation>معاينة صفحة المنتج</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No image&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;لا توجد صورة&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#1b7f3b&quot;&gt;In stock (%1 available)&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#1b7f3b&quot;&gt;متوفر (المتاح %1)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b00020&quot;&gt;Out of stock&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#b00020&quot;&gt;نفد من المخزون&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Details&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;التفاصيل&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductsView</name>
    <message>
        <source>Available only</source>
        <translation>المتاح فقط</translation>
    </message>
    <message>
        <source>Search by SKU, name, barcode or category</source>
        <translation>البحث بـ SKU أو الاسم أو الباركود أو الفئة</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>البحث في المنتجات</translation>
    </message>
    <message>
        <source>Hide products with nothing left to sell</source>
        <translation>إخفاء المنتجات التي لم يبقَ منها شيء للبيع</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>جارٍ تحميل المنتجات…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 (المعروض: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>لا منتجات</numerusform>
            <numerusform>منتج واحد</numerusform>
            <numerusform>منتجان</numerusform>
            <numerusform>%Ln منتجات</numerusform>
            <numerusform>%Ln منتجًا</numerusform>
            <numerusform>%Ln منتج</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QaQueueView</name>
    <message>
        <source>&amp;Take</source>
        <translation>ت&amp;ولَّ</translation>
    </message>
    <message>
        <source>&amp;Open thread</source>
        <translation>فتح ال&amp;محادثة</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;حل</translation>
    </message>
    <message>
        <source>&amp;Hand back</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Escalated tickets</source>
        <translation>التذاكر المُصعَّدة</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>ما الخطأ الذي حدث</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>الإجراء التصحيحي</translation>
    </message>
    <message>
        <source>What was done so that it does not happen again</source>
        <translation>ما تم فعله كي لا يتكرر ذلك</translation>
    </message>
    <message>
        <source>Returns the ticket to its assignee, open</source>
        <translation>يعيد التذكرة مفتوحةً إلى المسؤول عنها</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Corrective &amp;action</source>
        <translation>الإجراء ال&amp;تصحيحي</translation>
    </message>
    <message>
        <source>Nothing is escalated.</source>
        <translation>لا يوجد شيء مُصعَّد.</translation>
    </message>
    <message>
        <source>Choose a ticket.</source>
        <translation>اختر تذكرة.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · escalation level %4 · %5</source>
        <translation>%1 · %2 · %3 · مستوى التصعيد %4 · %5</translation>
    </message>
    <message>
        <source>nobody has it</source>
        <translation>لا أحد يتولاها</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>لدى %1</translation>
    </message>
    <message>
        <source>%1 is yours.</source>
        <translation>%1 أصبحت لك.</translation>
    </message>
    <message>
        <source>Write the corrective action first.</source>
        <translation>اكتب الإجراء التصحيحي أولًا.</translation>
    </message>
    <message>
        <source>%1 is resolved.</source>
        <translation>تم حل %1.</translation>
    </message>
    <message>
        <source>%1 is back with its assignee.</source>
        <translation>عادت %1 إلى المسؤول عنها.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuarterlyReportWriter</name>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Quarterly trends report</source>
        <translation>تقرير الاتجاهات الربعي</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (من %2 إلى %3)</translation>
    </message>
    <message>
        <source>Shopdesk quarterly trends report, %1</source>
        <translation>تقرير Shopdesk الربعي للاتجاهات، %1</translation>
    </message>
    <message>
        <source>%1: quarterly trends report</source>
        <translation>%1: تقرير الاتجاهات الربعي</translation>
    </message>
    <message>
        <source> Channel: %1.</source>
        <translation> القناة: %1.</translation>
    </message>
    <message>
        <source>Generated on %1 UTC. Sales are orders with status %2, dated by when they were placed; amounts in %3.%4</source>
        <translation>أُنشئ في %1 بالتوقيت العالمي. المبيعات هي الطلبات ذات الحالة %2، مؤرَّخة بوقت تقديمها؛ والمبالغ بعملة %3.%4</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>الوحدات المبيعة</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Revenue vs %1</source>
        <translation>الإيرادات مقابل %1</translation>
    </message>
    <message>
        <source>Repeat-customer rate</source>
        <translation>معدل العملاء المتكررين</translation>
    </message>
    <message>
        <source>Products out of stock</source>
        <translation>المنتجات النافدة من المخزون</translation>
    </message>
    <message>
        <source>Time out of stock</source>
        <translation>مدة نفاد المخزون</translation>
    </message>
    <message>
        <source>Refused orders</source>
        <translation>الطلبات المرفوضة</translation>
    </message>
    <message>
        <source>Lost to stock-outs</source>
        <translation>الطلب المفقود بسبب نفاد المخزون</translation>
    </message>
    <message>
        <source>Revenue by category, month by month</source>
        <translation>الإيرادات حسب الفئة، شهرًا بشهر</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>المبيعات حسب الفئة</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>المبيعات حسب القناة</translation>
    </message>
    <message>
        <source>Growth by category</source>
        <translation>النمو حسب الفئة</translation>
    </message>
    <message>
        <source>Top 10 products</source>
        <translation>أفضل 10 منتجات</translation>
    </message>
    <message>
        <source>Top movers against %1</source>
        <translation>الأكثر تغيّرًا مقارنةً بـ %1</translation>
    </message>
    <message>
        <source>Stock-outs and demand lost to them</source>
        <translation>نفاد المخزون والطلب المفقود بسببه</translation>
    </message>
    <message>
        <source>No product was out of stock and no order was refused.</source>
        <translation>لم ينفد أي منتج من المخزون ولم يُرفض أي طلب.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Service by agent</source>
        <translation>الخدمة حسب المندوب</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>الوحدات المرتجعة</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>المبلغ المسترد</translation>
    </message>
    <message>
        <source>Net revenue after refunds</source>
        <translation>صافي الإيرادات بعد المبالغ المستردة</translation>
    </message>
    <message>
        <source>Care desk tickets by agent</source>
        <translation>تذاكر خدمة العملاء حسب الموظف</translation>
    </message>
    <message>
        <source>Returns and refunds by month</source>
        <translation>المرتجعات والمبالغ المستردة حسب الشهر</translation>
    </message>
    <message>
        <source>Returns and refunds by reason</source>
        <translation>المرتجعات والمبالغ المستردة حسب السبب</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuickSearchDialog</name>
    <message>
        <source>Find product</source>
        <translation>البحث عن منتج</translation>
    </message>
    <message>
        <source>SKU, name or barcode</source>
        <translation>SKU أو الاسم أو الباركود</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuickSearchModel</name>
    <message>
        <source>%1 available</source>
        <translation>المتاح %1</translation>
    </message>
    <message>
        <source>%1 on hand, %2 reserved</source>
        <translation>%1 في المخزن، %2 محجوز</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاح</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RecordPaymentDialog</name>
    <message>
        <source>Record a payment for order %1</source>
        <translation>تسجيل دفعة للطلب %1</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>رصيد المتجر</translation>
    </message>
    <message>
        <source>The provider&apos;s or bank&apos;s reference</source>
        <translation>مرجع المزوّد أو المصرف</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>ال&amp;طريقة</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>ال&amp;مبلغ (%1)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>ال&amp;مرجع</translation>
    </message>
    <message>
        <source>Type the amount, for example %1.</source>
        <translation>اكتب المبلغ، مثلًا %1.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RefundApprovalView</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;موافقة</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>ر&amp;فض</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>إعادة ال&amp;تحميل</translation>
    </message>
    <message>
        <source>Refunds awaiting approval</source>
        <translation>استردادات بانتظار الموافقة</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>طلبه</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Refund reference from the provider (optional)</source>
        <translation>مرجع الاسترداد من المزوّد (اختياري)</translation>
    </message>
    <message>
        <source>Refund of %1 for order %2 issued.</source>
        <translation>صدر استرداد %1 للطلب %2.</translation>
    </message>
    <message>
        <source>Refund of %1 for order %2 rejected.</source>
        <translation>رُفض استرداد %1 للطلب %2.</translation>
    </message>
    <message>
        <source>Refund reference</source>
        <translation>مرجع الاسترداد</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RefundDialog</name>
    <message>
        <source>This refunds a &amp;double charge</source>
        <translation>هذا استرداد لخصم م&amp;زدوج</translation>
    </message>
    <message>
        <source>Refund order %1</source>
        <translation>استرداد الطلب %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Units of %1 to refund</source>
        <translation>وحدات %1 المراد استردادها</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1، %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>ا&amp;سترداد</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>ال&amp;شحن</translation>
    </message>
    <message>
        <source>&amp;Goodwill</source>
        <translation>&amp;تعويض ودي</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>ال&amp;دفعة</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>ال&amp;سبب</translation>
    </message>
    <message>
        <source>Refere&amp;nce</source>
        <translation>ال&amp;مرجع</translation>
    </message>
    <message>
        <source>Type amounts like %1.</source>
        <translation>اكتب المبالغ بصيغة مثل %1.</translation>
    </message>
    <message>
        <source>Refund: %1. Above the shop&apos;s approval limit it waits for a manager&apos;s approval.</source>
        <translation>الاسترداد: %1. إذا تجاوز حد الموافقة في المتجر فإنه ينتظر موافقة المدير.</translation>
    </message>
    <message>
        <source>Choose units to refund, or type a shipping or goodwill amount.</source>
        <translation>اختر الوحدات المراد استردادها، أو اكتب مبلغ شحن أو تعويض ودي.</translation>
    </message>
    <message>
        <source>Refund: %1. Above %2 a manager approves — this refund will wait for approval.</source>
        <translation>الاسترداد: %1. فوق %2 يوافق المدير — سينتظر هذا الاسترداد الموافقة.</translation>
    </message>
    <message>
        <source>Refund: %1. Up to %2 it is issued at once.</source>
        <translation>الاسترداد: %1. حتى %2 يُصدر فورًا.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReplyBox</name>
    <message>
        <source>&amp;Send</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Write the answer… (Ctrl+Enter sends it)</source>
        <translation>اكتب الرد… (Ctrl+Enter للإرسال)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;قالب</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>لا قوالب بعد</translation>
    </message>
    <message>
        <source>Not filled in: %1 — replace them before sending.</source>
        <translation>لم يُملأ: %1 — استبدلها قبل الإرسال.</translation>
    </message>
    <message>
        <source>the customer&apos;s language</source>
        <translation>لغة العميل</translation>
    </message>
    <message>
        <source>The template has no text in %1; the %2 text was used.</source>
        <translation>لا يحتوي القالب على نص بـ%1؛ استُخدم النص بـ%2.</translation>
    </message>
    <message>
        <source>Templates are filled in for the customer: link the conversation to a customer first.</source>
        <translation>تُملأ القوالب للعميل: اربط المحادثة بعميل أولًا.</translation>
    </message>
    <message>
        <source>Insert a template filled in for the customer</source>
        <translation>إدراج قالب مملوء لهذا العميل</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReplyTemplatesView</name>
    <message>
        <source>The customer&apos;s full name</source>
        <translation>الاسم الكامل للعميل</translation>
    </message>
    <message>
        <source>The first word of the customer&apos;s name</source>
        <translation>الكلمة الأولى من اسم العميل</translation>
    </message>
    <message>
        <source>The order&apos;s number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>The day the order was placed</source>
        <translation>يوم تقديم الطلب</translation>
    </message>
    <message>
        <source>The order&apos;s total in the customer&apos;s format</source>
        <translation>إجمالي الطلب بتنسيق العميل</translation>
    </message>
    <message>
        <source>Where the order stands, in the customer&apos;s words</source>
        <translation>حالة الطلب بلغة العميل</translation>
    </message>
    <message>
        <source>The courier the order went with</source>
        <translation>شركة الشحن التي أُرسل معها الطلب</translation>
    </message>
    <message>
        <source>The parcel&apos;s tracking number</source>
        <translation>رقم تتبّع الطرد</translation>
    </message>
    <message>
        <source>The shop&apos;s name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <source>The name of the agent who answers</source>
        <translation>اسم الموظف الذي يرد</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>إظهار ال&amp;مؤرشفة</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>قالب &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>أر&amp;شفة</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>قوالب الرد</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>اسم القالب</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <translation>النص بـ %1</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>العناصر النائبة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>العناصر النائبة (انقر نقرًا مزدوجًا للإدراج):</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>الهندية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>The %1 text uses {%2}, which is not a placeholder. Use one from the list.</source>
        <translation>يستخدم النص بـ %1 العنصر {%2}، وهو ليس عنصرًا نائبًا. استخدم عنصرًا من القائمة.</translation>
    </message>
    <message>
        <source>The %1 text is empty.</source>
        <translation>النص بـ %1 فارغ.</translation>
    </message>
    <message>
        <source>There is a template of that name already.</source>
        <translation>يوجد قالب بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>أعطِ القالب اسمًا.</translation>
    </message>
    <message>
        <source>Write the template&apos;s text in one language at least.</source>
        <translation>اكتب نص القالب بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>تم حفظ القالب.</translation>
    </message>
    <message>
        <source>Template archived; it is no longer offered.</source>
        <translation>تمت أرشفة القالب؛ لم يعد معروضًا.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReportTableModel</name>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة %2 دقيقة</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 يوم %2 ساعة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>الإيرادات (%1)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>الحصة</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>الفترة السابقة (%1)</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>مقابل السابقة</translation>
    </message>
    <message>
        <source>A year ago (%1)</source>
        <translation>قبل عام (%1)</translation>
    </message>
    <message>
        <source>vs a year ago</source>
        <translation>مقابل قبل عام</translation>
    </message>
    <message>
        <source>Units vs previous</source>
        <translation>الوحدات مقابل السابقة</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <translation>التغيّر (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>Units change</source>
        <translation>تغيّر الوحدات</translation>
    </message>
    <message>
        <source>Stock-outs</source>
        <translation>حالات النفاد</translation>
    </message>
    <message>
        <source>Time out of stock</source>
        <translation>مدة نفاد المخزون</translation>
    </message>
    <message>
        <source>Share of period</source>
        <translation>النسبة من الفترة</translation>
    </message>
    <message>
        <source>Out now</source>
        <translation>نافد الآن</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Refused orders</source>
        <translation>الطلبات المرفوضة</translation>
    </message>
    <message>
        <source>Units refused</source>
        <translation>الوحدات المرفوضة</translation>
    </message>
    <message>
        <source>Lost revenue (%1)</source>
        <translation>الإيرادات المفقودة (%1)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>العملاء المتكررون</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>العملاء الجدد</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>معدل التكرار</translation>
    </message>
    <message>
        <source>Orders from repeat customers</source>
        <translation>طلبات العملاء المتكررين</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>المندوب</translation>
    </message>
    <message>
        <source>Orders handled</source>
        <translation>الطلبات المُعالَجة</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Cancelled or expired</source>
        <translation>ملغاة أو منتهية الصلاحية</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Median time to payment</source>
        <translation>الزمن الوسيط حتى الدفع</translation>
    </message>
    <message>
        <source>Average time to payment</source>
        <translation>متوسط الزمن حتى الدفع</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ارتفاع</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>انخفاض</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>أول رد، الوسيط</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>أول رد، المئين 90</translation>
    </message>
    <message>
        <source>First response in target</source>
        <translation>أول رد ضمن الهدف</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>الحل، الوسيط</translation>
    </message>
    <message>
        <source>Resolution, 90th percentile</source>
        <translation>الحل، المئين 90</translation>
    </message>
    <message>
        <source>Resolution in target</source>
        <translation>الحل ضمن الهدف</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>التجاوزات</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>التصعيدات</translation>
    </message>
    <message>
        <source>QA causes</source>
        <translation>أسباب ضمان الجودة</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnDialog</name>
    <message>
        <source>&amp;Approve now and send the customer the instructions</source>
        <translation>ا&amp;لموافقة الآن وإرسال التعليمات إلى العميل</translation>
    </message>
    <message>
        <source>Start a return</source>
        <translation>بدء إرجاع</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>الإرجاع</translation>
    </message>
    <message>
        <source>Lines to return</source>
        <translation>البنود المراد إرجاعها</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>ما قاله العميل (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Start return</source>
        <translation>&amp;بدء الإرجاع</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>Return of order #%1 for ticket T-%2</source>
        <translation>إرجاع الطلب رقم %1 للتذكرة T-%2</translation>
    </message>
    <message>
        <source>Return of order #%1</source>
        <translation>إرجاع الطلب رقم %1</translation>
    </message>
    <message>
        <source>Units of %1 to return</source>
        <translation>وحدات %1 المراد إرجاعها</translation>
    </message>
    <message>
        <source>Untick &quot;Approve now&quot; to request the return; a manager or QA approves it.</source>
        <translation>أزل العلامة عن «الموافقة الآن» لطلب الإرجاع؛ يوافق عليه مدير أو فريق الجودة.</translation>
    </message>
    <message>
        <source>Choose how many units come back.</source>
        <translation>اختر عدد الوحدات التي ستُعاد.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnReceivingWidget</name>
    <message>
        <source>&amp;Receive</source>
        <translation>ا&amp;ستلام</translation>
    </message>
    <message>
        <source>Scan or type a return (R-17) or order number, then a product per unit, each with Enter</source>
        <translation>امسح أو اكتب رقم إرجاع (R-17) أو رقم طلب، ثم منتجًا لكل وحدة، كلٌّ مع Enter</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>الإرجاع</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>Approved returns waiting</source>
        <translation>مرتجعات موافق عليها بانتظار الوصول</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>إعادة للمخزون</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>شطب</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Units received per line</source>
        <translation>الوحدات المستلمة لكل بند</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>م&amp;سح:</translation>
    </message>
    <message>
        <source>All %1 units of %2 are counted already.</source>
        <translation>تم عدّ جميع الوحدات الـ %1 من %2 بالفعل.</translation>
    </message>
    <message>
        <source>%1: %2 restocked.</source>
        <translation>%1: أُعيد %2 إلى المخزون.</translation>
    </message>
    <message>
        <source>%1 is not on %2 and no approved return has that number.</source>
        <translation>%1 ليس في %2 ولا يوجد إرجاع موافق عليه بهذا الرقم.</translation>
    </message>
    <message>
        <source>No approved return has the number %1.</source>
        <translation>لا يوجد إرجاع موافق عليه بالرقم %1.</translation>
    </message>
    <message>
        <source>%1 — order #%2, %3</source>
        <translation>%1 — الطلب رقم %2، %3</translation>
    </message>
    <message>
        <source>Scan each unit, or type the counts; then Receive.</source>
        <translation>امسح كل وحدة أو اكتب الأعداد؛ ثم استلام.</translation>
    </message>
    <message>
        <source>%1 is received.</source>
        <translation>تم استلام %1.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsChart</name>
    <message>
        <source>Returns and refunds per month</source>
        <translation>المرتجعات والمبالغ المستردة شهريًا</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>المبالغ المستردة</translation>
    </message>
    <message>
        <source>Net revenue after refunds (%1)</source>
        <translation>صافي الإيرادات بعد المبالغ المستردة (%1)</translation>
    </message>
    <message>
        <source>returns and refunds</source>
        <translation>المرتجعات والمبالغ المستردة</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsColumns</name>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>الوحدات المرتجعة</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>أعيدت إلى المخزون</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>مشطوبة</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>المبالغ المستردة</translation>
    </message>
    <message>
        <source>Refunded (%1)</source>
        <translation>المسترد (%1)</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>البنود (%1)</translation>
    </message>
    <message>
        <source>Shipping (%1)</source>
        <translation>الشحن (%1)</translation>
    </message>
    <message>
        <source>Goodwill (%1)</source>
        <translation>تعويض ودي (%1)</translation>
    </message>
    <message>
        <source>Double charges (%1)</source>
        <translation>الخصم المزدوج (%1)</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>الوحدات المباعة</translation>
    </message>
    <message>
        <source>Share returned</source>
        <translation>نسبة المرتجع</translation>
    </message>
    <message>
        <source>Gross revenue (%1)</source>
        <translation>إجمالي الإيرادات (%1)</translation>
    </message>
    <message>
        <source>Net revenue (%1)</source>
        <translation>صافي الإيرادات (%1)</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsPanel</name>
    <message>
        <source>&amp;Group:</source>
        <translation>التجميع (&amp;G):</translation>
    </message>
    <message>
        <source>by product</source>
        <translation>حسب المنتج</translation>
    </message>
    <message>
        <source>by reason</source>
        <translation>حسب السبب</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>Group the returns and refunds</source>
        <translation>تجميع المرتجعات والمبالغ المستردة</translation>
    </message>
    <message>
        <source>Returns and refunds</source>
        <translation>المرتجعات والمبالغ المستردة</translation>
    </message>
    <message>
        <source>%1 returns, %2 units (%3 restocked, %4 written off) · %5 refunds, %6 · %7 of units sold came back · net revenue %8 (gross %9)</source>
        <translation>%1 مرتجعات، %2 وحدة (%3 أعيدت إلى المخزون، %4 مشطوبة) · %5 مبالغ مستردة، %6 · عاد %7 من الوحدات المباعة · صافي الإيرادات %8 (الإجمالي %9)</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsView</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;موافقة</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;رفض…</translation>
    </message>
    <message>
        <source>Show returns</source>
        <translation>عرض المرتجعات</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>كل المرتجعات</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>الإرجاع</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>Lines of the return</source>
        <translation>بنود الإرجاع</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>المنتج</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>أُعيد للمخزون</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>مشطوب</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Return %1 is approved; the customer has the instructions.</source>
        <translation>تمت الموافقة على الإرجاع %1؛ وصلت التعليمات إلى العميل.</translation>
    </message>
    <message>
        <source>Return %1 is exchanged: order #%2 is reserved and paid.</source>
        <translation>تم استبدال الإرجاع %1: الطلب رقم %2 محجوز ومدفوع.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pick a return in the list to see it here.</source>
        <translation>اختر إرجاعًا من القائمة لعرضه هنا.</translation>
    </message>
    <message>
        <source>Order #%1 of %2</source>
        <translation>الطلب رقم %1 لـ %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <source>From ticket T-%1</source>
        <translation>من التذكرة T-%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>Return window ends %1</source>
        <translation>تنتهي مهلة الإرجاع في %1</translation>
    </message>
    <message>
        <source>Exchanged: order #%1</source>
        <translation>تم الاستبدال: الطلب رقم %1</translation>
    </message>
    <message>
        <source>Reject return</source>
        <translation>رفض الإرجاع</translation>
    </message>
    <message>
        <source>Why is %1 rejected?</source>
        <translation>لماذا يُرفض %1؟</translation>
    </message>
    <message>
        <source>Return %1 is rejected.</source>
        <translation>تم رفض الإرجاع %1.</translation>
    </message>
    <message>
        <source>Refunds to approve</source>
        <translation>مبالغ مستردة بانتظار الموافقة</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>ا&amp;ستبدال…</translation>
    </message>
    <message>
        <source>A replacement order for the returned lines, or others at the same price, paid by the return</source>
        <translation>طلب بديل للبنود المرتجعة، أو لغيرها بالسعر نفسه، يدفعه الإرجاع</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReviewQueueWidget</name>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Content waiting for review or scheduled</source>
        <translation>محتوى بانتظار المراجعة أو مجدول</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>عُدِّل بواسطة</translation>
    </message>
    <message>
        <source>Changed / publishes at</source>
        <translation>وقت التعديل / النشر</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>النشر في</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>فتح في المحرر</translation>
    </message>
    <message>
        <source>Approve &amp;&amp; publish now</source>
        <translation>اعتماد &amp;&amp; نشر الآن</translation>
    </message>
    <message>
        <source>Schedule at</source>
        <translation>جدولة في</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>إعادة إلى المحرر</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Pick a time in the future to schedule.</source>
        <translation>اختر وقتًا في المستقبل للجدولة.</translation>
    </message>
    <message>
        <source>Select a page first.</source>
        <translation>اختر صفحة أولًا.</translation>
    </message>
    <message>
        <source>%1 was sent back to its editor.</source>
        <translation>أُعيد %1 إلى محرره.</translation>
    </message>
    <message>
        <source>%1 will be published at %2.</source>
        <translation>سيُنشر %1 في %2.</translation>
    </message>
    <message>
        <source>%1 is published as revision %2.</source>
        <translation>نُشر %1 بصفته النسخة %2.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RevisionHistoryWidget</name>
    <message>
        <source>Roll back to this revision</source>
        <translation>الاستعادة إلى هذه النسخة</translation>
    </message>
    <message>
        <source>Published revisions</source>
        <translation>النسخ المنشورة</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Differences between the revisions</source>
        <translation>الفروق بين النسخ</translation>
    </message>
    <message>
        <source>Compare from revision</source>
        <translation>المقارنة من النسخة</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>المقارنة مع</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Compare revision</source>
        <translation>مقارنة النسخة</translation>
    </message>
    <message>
        <source>with</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>current draft</source>
        <translation>المسودة الحالية</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing published yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;لم يُنشر شيء بعد.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>النسخة %1</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>المسودة الحالية</translation>
    </message>
    <message>
        <source>&lt;p&gt;No field differs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لا يختلف أي حقل.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#666&quot;&gt;Unchanged: %1&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#666&quot;&gt;دون تغيير: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a revision first.</source>
        <translation>اختر نسخة أولًا.</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>لم تتم الاستعادة: %1</translation>
    </message>
    <message>
        <source>Revision %1 is live again as revision %2.</source>
        <translation>النسخة %1 منشورة مجددًا بصفتها النسخة %2.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RichTextEdit</name>
    <message>
        <source>H2</source>
        <translation>H2</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>H3</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>عنوان فرعي</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• قائمة</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. قائمة</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>قائمة مرقّمة</translation>
    </message>
    <message>
        <source>B</source>
        <translation>غ</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>I</source>
        <translation>م</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>رابط…</translation>
    </message>
    <message>
        <source>Link the selected text</source>
        <translation>إضافة رابط إلى النص المحدد</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>العنوان (https://…):</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SettingsView</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Mail relay &amp;&amp; sender</source>
        <translation>خادم البريد &amp;&amp; المرسل</translation>
    </message>
    <message>
        <source>Relay (SMTP URL):</source>
        <translation>الخادم (عنوان SMTP):</translation>
    </message>
    <message>
        <source>Relay password:</source>
        <translation>كلمة مرور الخادم:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>المرسل:</translation>
    </message>
    <message>
        <source>Shop identity</source>
        <translation>هوية المتجر</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>العنوان البريدي:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Replies go to:</source>
        <translation>تذهب الردود إلى:</translation>
    </message>
    <message>
        <source>Bank details:</source>
        <translation>البيانات المصرفية:</translation>
    </message>
    <message>
        <source>Orders &amp;&amp; payments</source>
        <translation>الطلبات &amp;&amp; المدفوعات</translation>
    </message>
    <message>
        <source>Reservation (minutes):</source>
        <translation>الحجز (بالدقائق):</translation>
    </message>
    <message>
        <source>Payment reminder (minutes before):</source>
        <translation>تذكير الدفع (دقائق قبل):</translation>
    </message>
    <message>
        <source>Return window (days):</source>
        <translation>مهلة الإرجاع (بالأيام):</translation>
    </message>
    <message>
        <source>Refund approval limit (cents):</source>
        <translation>حد الموافقة على الاسترداد (بالسنت):</translation>
    </message>
    <message>
        <source>Payment pages (method=URL):</source>
        <translation>صفحات الدفع (الطريقة=URL):</translation>
    </message>
    <message>
        <source>Carriers&apos; tracking (carrier=URL):</source>
        <translation>تتبع شركات الشحن (الشركة=URL):</translation>
    </message>
    <message>
        <source>Shop mailbox (IMAP)</source>
        <translation>صندوق بريد المتجر (IMAP)</translation>
    </message>
    <message>
        <source>Mailbox (IMAP URL):</source>
        <translation>صندوق البريد (عنوان IMAP):</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Read every (seconds):</source>
        <translation>القراءة كل (ثانية):</translation>
    </message>
    <message>
        <source>Business calendar &amp;&amp; service levels</source>
        <translation>تقويم العمل &amp;&amp; مستويات الخدمة</translation>
    </message>
    <message>
        <source>The business calendar and the service levels are kept with customer care.</source>
        <translation>يُدار تقويم العمل ومستويات الخدمة في قسم خدمة العملاء.</translation>
    </message>
    <message>
        <source>Open &amp;Tickets</source>
        <translation>فتح &amp;التذاكر</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1</source>
        <translation>تعذرت قراءة الإعدادات: %1</translation>
    </message>
    <message>
        <source>Set by the operator on the server&apos;s command line; change it there.</source>
        <translation>حدده المشغّل في سطر أوامر الخادم؛ غيّره هناك.</translation>
    </message>
    <message>
        <source>A change applies at the server&apos;s next start.</source>
        <translation>يسري التغيير عند التشغيل التالي للخادم.</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(مُعيَّنة)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(غير مُعيَّنة)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>تم حفظ الإعدادات.</translation>
    </message>
    <message>
        <source>Not saved: the mail relay cannot be used. %1</source>
        <translation>لم يُحفظ: لا يمكن استخدام خادم البريد. %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ShellModule</name>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>الاتجاهات</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>الوارد</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>التأجيل حتى</translation>
    </message>
    <message>
        <source>Open again at</source>
        <translation>تُفتح مجددًا في</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SyncStatusWidget</name>
    <message>
        <source>Show the changes waiting for the server</source>
        <translation>عرض التغييرات التي تنتظر الخادم</translation>
    </message>
    <message>
        <source>Offline — retrying in %1 s</source>
        <translation>دون اتصال — إعادة المحاولة خلال %1 ثانية</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>لا شيء معلّق</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>لا تغييرات بانتظار الإرسال</numerusform>
            <numerusform>تغيير واحد بانتظار الإرسال</numerusform>
            <numerusform>تغييران بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغييرات بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغييرًا بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغيير بانتظار الإرسال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TicketQueueView</name>
    <message>
        <source>New tic&amp;ket…</source>
        <translation>تذكرة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;تم…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>الخاصة بي</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>قائمة التذاكر</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>التذاكر</translation>
    </message>
    <message>
        <source>Open a ticket for a customer (Ctrl+N)</source>
        <translation>فتح تذكرة لعميل (Ctrl+N)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>المتابعات المستحقة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بخصوص</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Record the outcome of the selected follow-up</source>
        <translation>تسجيل نتيجة المتابعة المختارة</translation>
    </message>
    <message>
        <source>Follow-ups due for you</source>
        <translation>المتابعات المستحقة عليك</translation>
    </message>
    <message>
        <source>Ticket %1 is open; the customer was sent an acknowledgement.</source>
        <translation>التذكرة %1 مفتوحة؛ أُرسل إلى العميل إشعار بالاستلام.</translation>
    </message>
    <message>
        <source>Ticket T-%1</source>
        <translation>التذكرة T-%1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>الطلب رقم %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>العميل %1</translation>
    </message>
    <message>
        <source>The follow-up is done.</source>
        <translation>تمت المتابعة.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TicketThreadView</name>
    <message>
        <source>From the customer</source>
        <translation>من العميل</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>رد على العميل</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>تحقق متأخرًا</translation>
    </message>
    <message>
        <source>met</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>breached (was due %1)</source>
        <translation>تم التجاوز (كان مستحقًا %1)</translation>
    </message>
    <message>
        <source>due %1 (in %2)</source>
        <translation>مستحق %1 (خلال %2)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>إرسال ال&amp;رد</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>إضافة &amp;ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>ت&amp;ولَّ</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>تغيير ال&amp;حالة</translation>
    </message>
    <message>
        <source>&amp;Escalate to QA</source>
        <translation>ت&amp;صعيد إلى ضمان الجودة</translation>
    </message>
    <message>
        <source>Schedule &amp;follow-up…</source>
        <translation>جدولة م&amp;تابعة…</translation>
    </message>
    <message>
        <source>The ticket is yours.</source>
        <translation>أصبحت التذكرة لك.</translation>
    </message>
    <message>
        <source>Choose a ticket in the queue.</source>
        <translation>اختر تذكرة من القائمة.</translation>
    </message>
    <message>
        <source>Messages of the ticket</source>
        <translation>رسائل التذكرة</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>رد أو ملاحظة</translation>
    </message>
    <message>
        <source>A reply is e-mailed to the customer; a note only staff read.</source>
        <translation>يُرسل الرد إلى العميل بالبريد؛ أما الملاحظة فيقرؤها الموظفون فقط.</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <source>Moves the ticket to the QA queue; the text in the box goes with it as the reason, as an internal note.</source>
        <translation>ينقل التذكرة إلى قائمة ضمان الجودة؛ ويُرفق النص الموجود في المربع كسبب في ملاحظة داخلية.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>العميل: %1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>الطلب رقم %1</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>البنود: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>الأولوية: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Nobody has it</source>
        <translation>لا أحد يتولاها</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>مسندة إلى %1</translation>
    </message>
    <message>
        <source>In the QA queue</source>
        <translation>في قائمة ضمان الجودة</translation>
    </message>
    <message>
        <source>QA found: %1 — %2</source>
        <translation>نتيجة ضمان الجودة: %1 — %2</translation>
    </message>
    <message>
        <source>First response: %1 · Next update: %2 · Resolution: %3</source>
        <translation>الرد الأول: %1 · التحديث التالي: %2 · الحل: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>اكتب النص أولًا.</translation>
    </message>
    <message>
        <source>The reply is on its way to the customer.</source>
        <translation>الرد في طريقه إلى العميل.</translation>
    </message>
    <message>
        <source>The note is added.</source>
        <translation>أُضيفت الملاحظة.</translation>
    </message>
    <message>
        <source>The ticket is now &quot;%1&quot;.</source>
        <translation>أصبحت التذكرة الآن &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The ticket is in the QA queue.</source>
        <translation>التذكرة في قائمة ضمان الجودة.</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1.</source>
        <translation>جُدولت المتابعة في %1.</translation>
    </message>
    <message>
        <source>St&amp;art return…</source>
        <translation>بدء الإ&amp;رجاع…</translation>
    </message>
    <message>
        <source>Return %1 is started for this ticket.</source>
        <translation>بدأ الإرجاع %1 لهذه التذكرة.</translation>
    </message>
    <message>
        <source>Returns of this ticket</source>
        <translation>مرتجعات هذه التذكرة</translation>
    </message>
    <message>
        <source>Double-click a return to open it in Returns.</source>
        <translation>انقر نقرًا مزدوجًا على إرجاع لفتحه في المرتجعات.</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TicketsView</name>
    <message>
        <source>&amp;Queue</source>
        <translation>ال&amp;قائمة</translation>
    </message>
    <message>
        <source>QA q&amp;ueue</source>
        <translation>قائمة ضمان ال&amp;جودة</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TrendCharts</name>
    <message>
        <source>Revenue (%1)</source>
        <translation>الإيرادات (%1)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>الإيرادات</translation>
    </message>
    <message>
        <source>Revenue against the previous period and a year ago (%1)</source>
        <translation>الإيرادات مقارنةً بالفترة السابقة وبما قبل عام (%1)</translation>
    </message>
    <message>
        <source>A year ago (%1)</source>
        <translation>قبل عام (%1)</translation>
    </message>
    <message>
        <source>Previous (%1)</source>
        <translation>السابقة (%1)</translation>
    </message>
    <message>
        <source>Current (%1)</source>
        <translation>الحالية (%1)</translation>
    </message>
    <message>
        <source>Top movers: change in revenue (%1)</source>
        <translation>الأكثر تغيّرًا: التغيّر في الإيرادات (%1)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>ارتفاع</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>انخفاض</translation>
    </message>
    <message>
        <source>Hours out of stock</source>
        <translation>ساعات نفاد المخزون</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <source>Customers and repeat customers</source>
        <translation>العملاء والعملاء المتكررون</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>العملاء المتكررون</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>عملاء</translation>
    </message>
    <message>
        <source>Orders per agent</source>
        <translation>الطلبات لكل مندوب</translation>
    </message>
    <message>
        <source>Orders handled</source>
        <translation>الطلبات المُعالَجة</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>طلبات</translation>
    </message>
    <message>
        <source>QA causes per month</source>
        <translation>أسباب ضمان الجودة شهريًا</translation>
    </message>
    <message>
        <source>QA causes per month: no findings</source>
        <translation>أسباب ضمان الجودة شهريًا: لا توجد نتائج</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>%1: nothing in this period</source>
        <translation>%1: لا شيء في هذه الفترة</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TrendsWidget</name>
    <message>
        <source>Saved the quarterly report as %1.</source>
        <translation>حُفظ التقرير الربعي باسم %1.</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>حسب الربع</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>حسب الأسبوع</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>دردشة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>ويب</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Save the table of this tab as a CSV file</source>
        <translation>حفظ جدول علامة التبويب هذه كملف CSV</translation>
    </message>
    <message>
        <source>Quarterly report PDF…</source>
        <translation>التقرير الربعي PDF…</translation>
    </message>
    <message>
        <source>Save a printable report of the chosen range with its charts</source>
        <translation>حفظ تقرير قابل للطباعة للنطاق المختار مع مخططاته</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print the quarterly report of the chosen range</source>
        <translation>طباعة التقرير الربعي للنطاق المختار</translation>
    </message>
    <message>
        <source>Range start</source>
        <translation>بداية النطاق</translation>
    </message>
    <message>
        <source>Range end</source>
        <translation>نهاية النطاق</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>النطاق(&amp;R):</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>العرض(&amp;H):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>النمو</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>الأكثر تغيّرًا</translation>
    </message>
    <message>
        <source>Stock-outs</source>
        <translation>نفاد المخزون</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Preparing the quarterly report…</source>
        <translation>جارٍ إعداد التقرير الربعي…</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>نطاق مخصص</translation>
    </message>
    <message>
        <source>Products of the category &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>منتجات الفئة &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click a category or channel to see its products.</source>
        <translation>انقر نقرًا مزدوجًا على فئة أو قناة لعرض منتجاتها.</translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation>يبدأ النطاق بعد نهايته.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>الأرقام حتى %1</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>تصدير الجدول بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <source>Save the quarterly report</source>
        <translation>حفظ التقرير الربعي</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Revenue &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>الإيرادات &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; vs %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; مقابل %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; orders, &lt;b&gt;%2&lt;/b&gt; units</source>
        <translation>الطلبات &lt;b&gt;%1&lt;/b&gt;، الوحدات &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>repeat customers &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>العملاء المتكررون &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; products out of stock, &lt;b&gt;%2&lt;/b&gt; orders refused (%3)</source>
        <translation>المنتجات النافدة &lt;b&gt;%1&lt;/b&gt;، الطلبات المرفوضة &lt;b&gt;%2&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>Quarterly trends report</source>
        <translation>تقرير الاتجاهات الربعي</translation>
    </message>
    <message>
        <source>Sent the quarterly report to %1.</source>
        <translation>أُرسل التقرير الربعي إلى %1.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::UsersView</name>
    <message>
        <source>Disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>يجب تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>وكيل</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>المستودع</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>Shop website</source>
        <translation>موقع المتجر</translation>
    </message>
    <message>
        <source>Content editor</source>
        <translation>محرر المحتوى</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>ضمان الجودة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last log-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>مستخدم &amp;جديد…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>تغيير ال&amp;دور</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>الدور الجديد</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>ت&amp;فعيل</translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation>يمكن لـ %1 تسجيل الدخول الآن.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>إعادة تعيين كلمة مرور %1</translation>
    </message>
    <message>
        <source>%1 must change this password at the next log-in; their open sessions end now.</source>
        <translation>يجب على %1 تغيير كلمة المرور هذه عند تسجيل الدخول التالي؛ تنتهي جلساته المفتوحة الآن.</translation>
    </message>
    <message>
        <source>%1 must change the new password at the next log-in.</source>
        <translation>يجب على %1 تغيير كلمة المرور الجديدة عند تسجيل الدخول التالي.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 الآن: %2.</translation>
    </message>
    <message>
        <source>%1 is disabled and signed out everywhere.</source>
        <translation>تم تعطيل %1 وتسجيل خروجه من كل مكان.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>يمكن لـ %1 تسجيل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::WarehouseView</name>
    <message>
        <source>&amp;New location…</source>
        <translation>موقع جديد(&amp;N)…</translation>
    </message>
    <message>
        <source>Batch entry</source>
        <translation>إدخال دفعة</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>مخزون منخفض</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>قائمة التجهيز</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>موقع جديد</translation>
    </message>
    <message>
        <source>Name of the warehouse, room or bin:</source>
        <translation>اسم المستودع أو الغرفة أو الرف:</translation>
    </message>
    <message>
        <source>Location %1 created.</source>
        <translation>أُنشئ الموقع %1.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>المرتجعات</translation>
    </message>
</context>
</TS>
