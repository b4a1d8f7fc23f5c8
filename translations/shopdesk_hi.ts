<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;RTL&quot; for a language written right to left, otherwise as &quot;LTR&quot;. Qt lays out every window from this entry.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>Shopdesk</name>
    <message>
        <source>A SKU is 1 to 64 letters, digits, dots, underscores or hyphens: &quot;%1&quot; is not.</source>
        <translation>SKU में 1 से 64 तक अक्षर, अंक, बिंदु, अंडरस्कोर या हाइफ़न होते हैं: &quot;%1&quot; ऐसा नहीं है।</translation>
    </message>
    <message>
        <source>The Idempotency-Key header must be a UUID such as 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>Idempotency-Key हेडर एक UUID होना चाहिए, जैसे 123e4567-e89b-12d3-a456-426614174000।</translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation>%1 और %2 की राशियों को जोड़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>राशि बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO 4217 code such as EUR: &quot;%1&quot; is not.</source>
        <translation>मुद्रा तीन अक्षरों का ISO 4217 कोड होती है, जैसे EUR: &quot;%1&quot; ऐसा नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>&quot;%1&quot; कोई धनराशि नहीं है।</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>राशि दर्ज करें।</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimal places.</source>
        <translation>%1 की राशियों में दशमलव स्थान नहीं होते।</translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 have at most %n decimal place(s).</source>
        <translation>
            <numerusform>%1 की राशियों में अधिकतम %n दशमलव स्थान होता है।</numerusform>
            <numerusform>%1 की राशियों में अधिकतम %n दशमलव स्थान होते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Money is written as {&quot;amount_minor&quot;: integer, &quot;currency&quot;: &quot;EUR&quot;}.</source>
        <translation>धनराशि इस रूप में लिखी जाती है: {&quot;amount_minor&quot;: integer, &quot;currency&quot;: &quot;EUR&quot;}।</translation>
    </message>
    <message>
        <source>The payment link template &quot;%1&quot; cannot be used: %2</source>
        <translation>भुगतान लिंक टेम्पलेट &quot;%1&quot; का उपयोग नहीं किया जा सकता: %2</translation>
    </message>
    <message>
        <source>The payment link has been altered or was not issued by this shop.</source>
        <translation>भुगतान लिंक में बदलाव किया गया है या यह इस दुकान द्वारा जारी नहीं किया गया था।</translation>
    </message>
    <message>
        <source>%1 is not paid online.</source>
        <translation>%1 से ऑनलाइन भुगतान नहीं होता।</translation>
    </message>
    <message>
        <source>{%1} appears more than once.</source>
        <translation>{%1} एक से अधिक बार आया है।</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder; use {order_id}, {amount_minor} or {amount}, and {currency}.</source>
        <translation>{%1} कोई प्लेसहोल्डर नहीं है; {order_id}, {amount_minor} या {amount}, और {currency} का उपयोग करें।</translation>
    </message>
    <message>
        <source>it needs {order_id}, {currency} and one of {amount_minor} or {amount}.</source>
        <translation>इसमें {order_id}, {currency} और {amount_minor} या {amount} में से कोई एक होना चाहिए।</translation>
    </message>
    <message>
        <source>it is not an http or https address.</source>
        <translation>यह http या https पता नहीं है।</translation>
    </message>
    <message>
        <source>it must not have a #fragment.</source>
        <translation>इसमें #fragment नहीं होना चाहिए।</translation>
    </message>
    <message>
        <source>write it fully percent-encoded.</source>
        <translation>इसे पूरी तरह percent-encoded रूप में लिखें।</translation>
    </message>
    <message>
        <source>the parameters &quot;expires&quot; and &quot;sig&quot; are reserved.</source>
        <translation>पैरामीटर &quot;expires&quot; और &quot;sig&quot; आरक्षित हैं।</translation>
    </message>
    <message>
        <source>write it as method=URL, for example paypal=https://...</source>
        <translation>इसे method=URL के रूप में लिखें, उदाहरण के लिए paypal=https://...</translation>
    </message>
    <message>
        <source>%1 is not paid online, so it has no payment link.</source>
        <translation>%1 से ऑनलाइन भुगतान नहीं होता, इसलिए इसका कोई भुगतान लिंक नहीं है।</translation>
    </message>
    <message>
        <source>Payment links for %1 are not set up on the server.</source>
        <translation>सर्वर पर %1 के लिए भुगतान लिंक सेट अप नहीं हैं।</translation>
    </message>
    <message>
        <source>A payment link needs a saved order.</source>
        <translation>भुगतान लिंक के लिए सहेजा गया ऑर्डर ज़रूरी है।</translation>
    </message>
    <message>
        <source>A payment link needs an amount above zero.</source>
        <translation>भुगतान लिंक के लिए शून्य से अधिक राशि ज़रूरी है।</translation>
    </message>
    <message>
        <source>A payment link needs an expiry time.</source>
        <translation>भुगतान लिंक के लिए समाप्ति का समय ज़रूरी है।</translation>
    </message>
    <message>
        <source>This is not a payment link.</source>
        <translation>यह भुगतान लिंक नहीं है।</translation>
    </message>
    <message>
        <source>The payment link carries no signature.</source>
        <translation>भुगतान लिंक में कोई हस्ताक्षर नहीं है।</translation>
    </message>
    <message>
        <source>The payment link is incomplete: its expiry or signature is missing or damaged.</source>
        <translation>भुगतान लिंक अधूरा है: इसकी समाप्ति या हस्ताक्षर गायब है या क्षतिग्रस्त है।</translation>
    </message>
    <message>
        <source>Payment links are not set up on the server.</source>
        <translation>सर्वर पर भुगतान लिंक सेट अप नहीं हैं।</translation>
    </message>
    <message>
        <source>The payment link expired at %1 UTC.</source>
        <translation>भुगतान लिंक की अवधि %1 UTC पर समाप्त हो गई।</translation>
    </message>
    <message>
        <source>The payment link does not match any payment provider set up on the server.</source>
        <translation>यह भुगतान लिंक सर्वर पर सेट अप किसी भी भुगतान प्रदाता से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment method; use card, paypal, skrill, bank_transfer or cash_on_delivery.</source>
        <translation>&quot;%1&quot; कोई भुगतान का तरीका नहीं है; card, paypal, skrill, bank_transfer या cash_on_delivery का उपयोग करें।</translation>
    </message>
    <message>
        <source>Card (Visa, Mastercard)</source>
        <translation>कार्ड (Visa, Mastercard)</translation>
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
        <translation>बैंक ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>डिलीवरी पर नकद भुगतान</translation>
    </message>
    <message>
        <source>The parameter %1 has the value &quot;%2&quot;; expected %3.</source>
        <translation>पैरामीटर %1 का मान &quot;%2&quot; है; अपेक्षित: %3।</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>YYYY-MM-DD के रूप में तारीख</translation>
    </message>
    <message>
        <source>Unknown period &quot;%1&quot;; use quarter, month, week or custom.</source>
        <translation>अज्ञात अवधि &quot;%1&quot;; quarter, month, week या custom का उपयोग करें।</translation>
    </message>
    <message>
        <source>Give either quarter or from and to, not both.</source>
        <translation>या तो quarter दें या from और to, दोनों नहीं।</translation>
    </message>
    <message>
        <source>a quarter as YYYY-Qn</source>
        <translation>YYYY-Qn के रूप में तिमाही</translation>
    </message>
    <message>
        <source>Give both from and to.</source>
        <translation>from और to दोनों दें।</translation>
    </message>
    <message>
        <source>The range starts on %1, after its end on %2.</source>
        <translation>सीमा %1 को शुरू होती है, जो इसके अंत (%2) के बाद है।</translation>
    </message>
    <message>
        <source>A report covers at most ten years, from 1970 on.</source>
        <translation>एक रिपोर्ट अधिकतम दस वर्षों की होती है, 1970 से आगे।</translation>
    </message>
    <message>
        <source>The report tables have version %1; this server knows %2. Use a newer server.</source>
        <translation>रिपोर्ट तालिकाओं का संस्करण %1 है; यह सर्वर संस्करण %2 जानता है। नए सर्वर का उपयोग करें।</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>सर्वर ने HTTP स्थिति %1 के साथ उत्तर दिया।</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>सर्वर तक नहीं पहुँचा जा सकता: %1</translation>
    </message>
    <message>
        <source>The %1 report has no parameter &quot;%2&quot;; it reads %3.</source>
        <translation>%1 रिपोर्ट में &quot;%2&quot; पैरामीटर नहीं है; यह %3 पढ़ती है।</translation>
    </message>
    <message>
        <source>The parameter %1 is given twice.</source>
        <translation>पैरामीटर %1 दो बार दिया गया है।</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;; use product, category or channel.</source>
        <translation>अज्ञात आयाम &quot;%1&quot;; product, category या channel का उपयोग करें।</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use chat, email, phone or web.</source>
        <translation>अज्ञात चैनल &quot;%1&quot;; chat, email, phone या web का उपयोग करें।</translation>
    </message>
    <message>
        <source>A category has at most 200 characters.</source>
        <translation>श्रेणी में अधिकतम 200 वर्ण हो सकते हैं।</translation>
    </message>
    <message>
        <source>The limit must be a whole number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>limit 1 से 1000 तक की पूर्ण संख्या होनी चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>Reports are for managers and admins.</source>
        <translation>रिपोर्ट केवल प्रबंधकों और व्यवस्थापकों के लिए हैं।</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;; the reports are %2.</source>
        <translation>&quot;%1&quot; नाम की कोई रिपोर्ट नहीं है; उपलब्ध रिपोर्ट: %2।</translation>
    </message>
    <message>
        <source>Lost demand needs a positive quantity.</source>
        <translation>खोई हुई माँग के लिए धनात्मक मात्रा ज़रूरी है।</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>उत्पाद %1 नहीं मिला।</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>उपयोगकर्ता नाम या पासवर्ड सही नहीं है।</translation>
    </message>
    <message>
        <source>The server accepted the log-in but sent no token.</source>
        <translation>सर्वर ने लॉग इन स्वीकार किया, लेकिन कोई टोकन नहीं भेजा।</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>गिनी गई</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>इकाइयाँ</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>से → तक</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>अपना उपयोगकर्ता नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://shop-server:8080.</source>
        <translation>सर्वर का पता दर्ज करें, उदाहरण के लिए: http://shop-server:8080</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this computer has no copy of your data to work offline with yet. (%1)</source>
        <translation>सर्वर तक नहीं पहुँचा जा सकता, और इस कंप्यूटर पर अभी आपके डेटा की कोई प्रति नहीं है जिससे ऑफ़लाइन काम किया जा सके। (%1)</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this is not the password that last worked on this computer.</source>
        <translation>सर्वर तक नहीं पहुँचा जा सकता, और यह वह पासवर्ड नहीं है जिससे इस कंप्यूटर पर पिछली बार लॉग इन हुआ था।</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>लॉग इन नहीं किया गया है।</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>ग्राहक का नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Name, e-mail and phone are up to 200 characters.</source>
        <translation>नाम, ई-मेल और फ़ोन में अधिकतम 200 वर्ण हो सकते हैं।</translation>
    </message>
    <message>
        <source>The address is up to 10,000 characters.</source>
        <translation>पते में अधिकतम 10,000 वर्ण हो सकते हैं।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; ई-मेल पता नहीं है।</translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number.</source>
        <translation>ई-मेल पता या फ़ोन नंबर दर्ज करें।</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the customer was not created. Try again when the connection is back.</source>
        <translation>सर्वर तक नहीं पहुँचा जा सकता, इसलिए ग्राहक नहीं बनाया गया। कनेक्शन वापस आने पर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>लोकल कैश %1 खोला नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>The local cache could not be written: %1</source>
        <translation>लोकल कैश में लिखा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The local cache&apos;s version cannot be read.</source>
        <translation>लोकल कैश का संस्करण पढ़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The local cache was written by a newer Shopdesk (schema %1; this one knows up to %2). Update Shopdesk or remove %3.</source>
        <translation>लोकल कैश Shopdesk के नए संस्करण ने लिखा है (स्कीमा %1; यह संस्करण %2 तक जानता है)। Shopdesk को अपडेट करें या %3 हटाएँ।</translation>
    </message>
    <message>
        <source>No such outbox entry.</source>
        <translation>लंबित बदलावों में ऐसी कोई प्रविष्टि नहीं है।</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 पर %1</translation>
    </message>
    <message>
        <source>Enter the payment reference (up to 200 characters).</source>
        <translation>भुगतान संदर्भ दर्ज करें (अधिकतम 200 वर्ण)।</translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was changed. Try again when the connection is back.</source>
        <translation>सर्वर तक नहीं पहुँचा जा सकता; कुछ भी नहीं बदला गया। कनेक्शन वापस आने पर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Queued — not confirmed</source>
        <translation>कतार में — पुष्टि नहीं हुई</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>आरक्षित</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>अवधि समाप्त</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>लौटाया गया</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>वेब</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>कार्ड</translation>
    </message>
    <message>
        <source>Skrill</source>
        <translation>Skrill</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>डेटा फ़ोल्डर %1 बनाया नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The quarterly report has no sales figures.</source>
        <translation>तिमाही रिपोर्ट में बिक्री के आँकड़े नहीं हैं।</translation>
    </message>
    <message>
        <source>Cannot write the report file.</source>
        <translation>रिपोर्ट फ़ाइल लिखी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>CSV फ़ाइल लिखी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>Paste the payment link that the provider reports as paid.</source>
        <translation>वह भुगतान लिंक चिपकाएँ जिसे भुगतान प्रदाता ने भुगतान किया हुआ बताया है।</translation>
    </message>
    <message>
        <source>This payment link has expired.</source>
        <translation>इस भुगतान लिंक की अवधि समाप्त हो गई है।</translation>
    </message>
    <message>
        <source>This payment link has been altered (order, amount, currency, expiry or signature): it is not the one the shop sent.</source>
        <translation>इस भुगतान लिंक में बदलाव किया गया है (ऑर्डर, राशि, मुद्रा, समाप्ति या हस्ताक्षर): यह वह लिंक नहीं है जो दुकान ने भेजा था।</translation>
    </message>
    <message>
        <source>This payment link is for an order the shop does not have.</source>
        <translation>यह भुगतान लिंक ऐसे ऑर्डर का है जो दुकान में नहीं है।</translation>
    </message>
    <message>
        <source>This payment link no longer matches its order (amount, currency or payment method changed).</source>
        <translation>यह भुगतान लिंक अब अपने ऑर्डर से मेल नहीं खाता (राशि, मुद्रा या भुगतान का तरीका बदल गया है)।</translation>
    </message>
    <message>
        <source>This is not a payment link of this shop.</source>
        <translation>यह इस दुकान का भुगतान लिंक नहीं है।</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>माल प्राप्ति</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>निकासी</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>समायोजन</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>ट्रांसफ़र</translation>
    </message>
    <message>
        <source>Only %1 of %2 available (%3 asked for).</source>
        <translation>%2 की केवल %1 इकाइयाँ उपलब्ध हैं (%3 माँगी गईं)।</translation>
    </message>
    <message>
        <source>Only %1 of %2 available.</source>
        <translation>%2 की केवल %1 इकाइयाँ उपलब्ध हैं।</translation>
    </message>
    <message>
        <source>Not possible now: the order is %1.</source>
        <translation>अभी संभव नहीं: ऑर्डर की स्थिति %1 है।</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>आपकी भूमिका को यह करने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>Your session has ended: log out and log in again.</source>
        <translation>आपका सत्र समाप्त हो गया है: लॉग आउट करके फिर से लॉग इन करें।</translation>
    </message>
    <message>
        <source>A product with this SKU exists already.</source>
        <translation>इस SKU वाला उत्पाद पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>यह उपयोगकर्ता नाम पहले से लिया जा चुका है।</translation>
    </message>
    <message>
        <source>A location of this name exists already.</source>
        <translation>इस नाम का स्थान पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>Another product page has this URL slug.</source>
        <translation>किसी अन्य उत्पाद पृष्ठ का यही URL स्लग है।</translation>
    </message>
    <message>
        <source>This customer is not on the server.</source>
        <translation>यह ग्राहक सर्वर पर नहीं है।</translation>
    </message>
    <message>
        <source>A removal needs a reason.</source>
        <translation>निकासी के लिए कारण आवश्यक है।</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>यह ईमेल पता नहीं है।</translation>
    </message>
    <message>
        <source>The customer has no e-mail address.</source>
        <translation>ग्राहक का कोई ईमेल पता नहीं है।</translation>
    </message>
    <message>
        <source>Bank transfer and cash on delivery have no payment link.</source>
        <translation>बैंक ट्रांसफ़र और डिलीवरी पर नकद भुगतान के लिए कोई भुगतान लिंक नहीं होता।</translation>
    </message>
    <message>
        <source>The server has no payment link set up for this payment method.</source>
        <translation>सर्वर पर इस भुगतान तरीके के लिए कोई भुगतान लिंक सेट नहीं है।</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>पासवर्ड में कम से कम 8 वर्ण होते हैं।</translation>
    </message>
    <message>
        <source>Too many failed log-ins: try again in %1 s.</source>
        <translation>बहुत अधिक विफल लॉग इन: %1 सेकंड बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Someone else saved this page after you opened it.</source>
        <translation>आपके खोलने के बाद किसी और ने यह पृष्ठ सहेज लिया।</translation>
    </message>
    <message>
        <source>An order has at most 500 lines.</source>
        <translation>एक ऑर्डर में अधिकतम 500 पंक्तियाँ होती हैं।</translation>
    </message>
    <message>
        <source>The server cannot store anything right now; try again in a moment.</source>
        <translation>सर्वर अभी कुछ भी सहेज नहीं सकता; थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The server refused it (%1).</source>
        <translation>सर्वर ने इसे अस्वीकार कर दिया (%1)।</translation>
    </message>
    <message>
        <source>This program cannot run the shop on this computer; connect to a server.</source>
        <translation>यह प्रोग्राम इस कंप्यूटर पर दुकान नहीं चला सकता; किसी सर्वर से जुड़ें।</translation>
    </message>
    <message>
        <source>The server&apos;s answer (%1) cannot be read: its field &quot;%2&quot; is missing or of the wrong type.</source>
        <translation>सर्वर का उत्तर (%1) पढ़ा नहीं जा सकता: उसका फ़ील्ड &quot;%2&quot; मौजूद नहीं है या उसका प्रकार गलत है।</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; नाम की कोई रिपोर्ट नहीं है।</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing or has the wrong type.</source>
        <translation>फ़ील्ड &quot;%1&quot; मौजूद नहीं है या उसका प्रकार गलत है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status.</source>
        <translation>&quot;%1&quot; कोई ऑर्डर स्थिति नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of stock movement.</source>
        <translation>&quot;%1&quot; स्टॉक मूवमेंट का कोई प्रकार नहीं है।</translation>
    </message>
    <message>
        <source>The opening hours of &quot;%1&quot; must be a list of [open, close] pairs.</source>
        <translation>&quot;%1&quot; के खुलने के समय [खुलना, बंद होना] जोड़ों की सूची होने चाहिए।</translation>
    </message>
    <message>
        <source>Opening hours %1 must be a pair of times, such as [&quot;09:00&quot;, &quot;17:00&quot;].</source>
        <translation>खुलने का समय %1 दो समयों का जोड़ा होना चाहिए, जैसे [&quot;09:00&quot;, &quot;17:00&quot;]।</translation>
    </message>
    <message>
        <source>Opening hours %1 hold a time that is not HH:MM between 00:00 and 23:59 (24:00 only as a closing time).</source>
        <translation>खुलने के समय %1 में ऐसा समय है जो 00:00 और 23:59 के बीच HH:MM नहीं है (24:00 केवल बंद होने के समय के रूप में)।</translation>
    </message>
    <message>
        <source>The holidays must be a list of dates (YYYY-MM-DD).</source>
        <translation>छुट्टियाँ तिथियों की सूची होनी चाहिए (YYYY-MM-DD)।</translation>
    </message>
    <message>
        <source>The holiday %1 is not a date written as YYYY-MM-DD.</source>
        <translation>छुट्टी %1 YYYY-MM-DD के रूप में लिखी तिथि नहीं है।</translation>
    </message>
    <message>
        <source>The time zone is not a known time zone.</source>
        <translation>यह समय क्षेत्र कोई ज्ञात समय क्षेत्र नहीं है।</translation>
    </message>
    <message>
        <source>Opening hours %1 (%2–%3) are empty or reversed: the opening time must come before the closing time.</source>
        <translation>खुलने का समय %1 (%2–%3) खाली या उल्टा है: खुलने का समय बंद होने के समय से पहले होना चाहिए।</translation>
    </message>
    <message>
        <source>The opening hours of &quot;%1&quot; overlap: %2–%3 and %4–%5.</source>
        <translation>&quot;%1&quot; के खुलने के समय एक-दूसरे पर चढ़ते हैं: %2–%3 और %4–%5।</translation>
    </message>
    <message>
        <source>The calendar has no opening hours on any day of the week.</source>
        <translation>कैलेंडर में सप्ताह के किसी भी दिन खुलने का समय नहीं है।</translation>
    </message>
    <message>
        <source>The holiday %1 is not a date.</source>
        <translation>छुट्टी %1 कोई तिथि नहीं है।</translation>
    </message>
    <message>
        <source>The holiday %1 (%2) is listed twice.</source>
        <translation>छुट्टी %1 (%2) दो बार दी गई है।</translation>
    </message>
    <message>
        <source>The calendar has an unknown field &quot;%1&quot;.</source>
        <translation>कैलेंडर में अज्ञात फ़ील्ड &quot;%1&quot; है।</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not a known time zone, such as &quot;Europe/Berlin&quot;.</source>
        <translation>समय क्षेत्र &quot;%1&quot; कोई ज्ञात समय क्षेत्र नहीं है, जैसे &quot;Europe/Berlin&quot;।</translation>
    </message>
    <message>
        <source>The opening hours are missing: &quot;hours&quot; must be an object with the weekdays mon … sun.</source>
        <translation>खुलने के समय नहीं दिए गए: &quot;hours&quot; सप्ताह के दिनों mon … sun वाला ऑब्जेक्ट होना चाहिए।</translation>
    </message>
    <message>
        <source>The opening hours name an unknown weekday &quot;%1&quot;; the weekdays are mon, tue, wed, thu, fri, sat and sun.</source>
        <translation>खुलने के समय में अज्ञात दिन &quot;%1&quot; है; सप्ताह के दिन mon, tue, wed, thu, fri, sat और sun हैं।</translation>
    </message>
    <message>
        <source>The service levels have an unknown field &quot;%1&quot;.</source>
        <translation>सेवा स्तरों में अज्ञात फ़ील्ड &quot;%1&quot; है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of business minutes from 1 to %2 (a year).</source>
        <translation>&quot;%1&quot; 1 से %2 (एक वर्ष) तक कार्य-मिनटों की पूर्ण संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>The policy %1 must be an object.</source>
        <translation>नीति %1 एक ऑब्जेक्ट होनी चाहिए।</translation>
    </message>
    <message>
        <source>The policy %1 has no priority.</source>
        <translation>नीति %1 की कोई प्राथमिकता नहीं है।</translation>
    </message>
    <message>
        <source>The kind of policy %1 must be a kind of ticket or null.</source>
        <translation>नीति %1 का प्रकार टिकट का कोई प्रकार या null होना चाहिए।</translation>
    </message>
    <message>
        <source>&quot;escalation&quot; must be an object with qa_after_minutes and managers_after_minutes.</source>
        <translation>&quot;escalation&quot; qa_after_minutes और managers_after_minutes वाला ऑब्जेक्ट होना चाहिए।</translation>
    </message>
    <message>
        <source>The managers are told after the QA queue, not before: managers_after_minutes (%1) must be at least qa_after_minutes (%2).</source>
        <translation>प्रबंधकों को QA कतार के बाद सूचित किया जाता है, पहले नहीं: managers_after_minutes (%1) कम से कम qa_after_minutes (%2) होना चाहिए।</translation>
    </message>
    <message>
        <source>The service levels need a &quot;calendar&quot; object.</source>
        <translation>सेवा स्तरों को &quot;calendar&quot; ऑब्जेक्ट चाहिए।</translation>
    </message>
    <message>
        <source>&quot;warning_share&quot; must be a number between 0 and 1 (0.8 warns when 80 % of a target is used).</source>
        <translation>&quot;warning_share&quot; 0 और 1 के बीच की संख्या होनी चाहिए (0.8 तब चेतावनी देता है जब लक्ष्य का 80 % उपयोग हो चुका हो)।</translation>
    </message>
    <message>
        <source>&quot;policies&quot; must be a list of policies.</source>
        <translation>&quot;policies&quot; नीतियों की सूची होनी चाहिए।</translation>
    </message>
    <message>
        <source>The policy %1 repeats priority &quot;%2&quot; and kind &quot;%3&quot;.</source>
        <translation>नीति %1 प्राथमिकता &quot;%2&quot; और प्रकार &quot;%3&quot; दोहराती है।</translation>
    </message>
    <message>
        <source>Priority &quot;%1&quot; has no policy of its own (one with &quot;kind&quot;: null).</source>
        <translation>प्राथमिकता &quot;%1&quot; की अपनी कोई नीति नहीं है (जिसमें &quot;kind&quot;: null हो)।</translation>
    </message>
    <message>
        <source>A ticket&apos;s history starts with its creation.</source>
        <translation>टिकट का इतिहास उसके बनने से शुरू होता है।</translation>
    </message>
    <message>
        <source>Event %1 of the ticket&apos;s history has no time.</source>
        <translation>टिकट के इतिहास की घटना %1 का कोई समय नहीं है।</translation>
    </message>
    <message>
        <source>Event %1 creates the ticket a second time.</source>
        <translation>घटना %1 टिकट को दूसरी बार बनाती है।</translation>
    </message>
    <message>
        <source>Event %1 of the ticket&apos;s history is earlier than the one before.</source>
        <translation>टिकट के इतिहास की घटना %1 पिछली घटना से पहले की है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of ticket; the kinds are %2.</source>
        <translation>&quot;%1&quot; टिकट का कोई प्रकार नहीं है; प्रकार हैं %2।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority; the priorities are %2.</source>
        <translation>&quot;%1&quot; कोई प्राथमिकता नहीं है; प्राथमिकताएँ हैं %2।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket status; the statuses are %2.</source>
        <translation>&quot;%1&quot; कोई टिकट स्थिति नहीं है; स्थितियाँ हैं %2।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cause; the causes are %2.</source>
        <translation>&quot;%1&quot; कोई कारण नहीं है; कारण हैं %2।</translation>
    </message>
    <message>
        <source>Write the note first (up to 10,000 characters).</source>
        <translation>पहले नोट लिखें (अधिकतम 10,000 अक्षर)।</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself. Pick the duplicate.</source>
        <translation>किसी ग्राहक को उसी के साथ नहीं मिलाया जा सकता। डुप्लिकेट चुनें।</translation>
    </message>
    <message>
        <source>Name and e-mail are up to 200 characters.</source>
        <translation>नाम और ई-मेल अधिकतम 200 अक्षर के होते हैं।</translation>
    </message>
    <message>
        <source>The notes are up to 10,000 characters.</source>
        <translation>नोट अधिकतम 10,000 अक्षर के होते हैं।</translation>
    </message>
    <message>
        <source>A customer has at most 10 phones and 10 addresses.</source>
        <translation>एक ग्राहक के अधिकतम 10 फ़ोन और 10 पते होते हैं।</translation>
    </message>
    <message>
        <source>Every phone needs a number.</source>
        <translation>हर फ़ोन के लिए एक नंबर चाहिए।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (AT, DE, …).</source>
        <translation>&quot;%1&quot; दो अक्षरों वाला देश कोड नहीं है (AT, DE, …)।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; the channels are %2.</source>
        <translation>&quot;%1&quot; चैनल नहीं है; चैनल हैं %2।</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>शिकायत</translation>
    </message>
    <message>
        <source>Return request</source>
        <translation>वापसी अनुरोध</translation>
    </message>
    <message>
        <source>Refund request</source>
        <translation>धनवापसी अनुरोध</translation>
    </message>
    <message>
        <source>Double charge / payment problem</source>
        <translation>दोहरा शुल्क / भुगतान समस्या</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>डिलीवरी समस्या</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>कम</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>सामान्य</translation>
    </message>
    <message>
        <source>High</source>
        <translation>उच्च</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>अत्यावश्यक</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>ग्राहक की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Waiting on third party</source>
        <translation>ग्राहक की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>एस्केलेट किया गया</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>हल किया गया</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>बंद</translation>
    </message>
    <message>
        <source>Stock error</source>
        <translation>स्टॉक त्रुटि</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>पैकिंग</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>उत्पाद गुणवत्ता</translation>
    </message>
    <message>
        <source>Agent error</source>
        <translation>एजेंट की त्रुटि</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>पहला जवाब</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>अगला अपडेट</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>समाधान</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 दिन %2 घं.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घं. %2 मि.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 मि. %2 से.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <translation>%1 पहले उल्लंघन</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>उल्लंघन</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>अभी देय</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>जिम्मेदार</translation>
    </message>
    <message>
        <source>Due in</source>
        <translation>देय में</translation>
    </message>
    <message>
        <source>Someone else has already taken this ticket.</source>
        <translation>यह टिकट कोई और पहले ही ले चुका है।</translation>
    </message>
    <message>
        <source>%1 has already taken this ticket.</source>
        <translation>%1 यह टिकट पहले ही ले चुके हैं।</translation>
    </message>
    <message>
        <source>A ticket cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>टिकट &quot;%1&quot; से &quot;%2&quot; में नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The ticket is closed: reopen it before you reply or add a note.</source>
        <translation>टिकट बंद है: जवाब देने या नोट जोड़ने से पहले इसे फिर से खोलें।</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>पहले पाठ लिखें।</translation>
    </message>
    <message>
        <source>This ticket is not in the QA queue any more.</source>
        <translation>यह टिकट अब QA कतार में नहीं है।</translation>
    </message>
    <message>
        <source>This follow-up was already done.</source>
        <translation>यह फ़ॉलो-अप पहले ही हो चुका है।</translation>
    </message>
    <message>
        <source>%1 is not on this order in that quantity.</source>
        <translation>%1 इस ऑर्डर में इस मात्रा में नहीं है।</translation>
    </message>
    <message>
        <source>This order belongs to another customer.</source>
        <translation>यह ऑर्डर किसी दूसरे ग्राहक का है।</translation>
    </message>
    <message>
        <source>This order is not on the server.</source>
        <translation>यह ऑर्डर सर्वर पर नहीं है।</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list.</source>
        <translation>सर्वर के जवाब में कोई सूची नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of a service-level clock.</source>
        <translation>&quot;%1&quot; सेवा-स्तर घड़ी की कोई स्थिति नहीं है।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of message; the kinds are customer, public, internal.</source>
        <translation>&quot;%1&quot; संदेश का कोई प्रकार नहीं है; प्रकार हैं customer, public, internal।</translation>
    </message>
    <message>
        <source>Unknown group &quot;%1&quot;; use agent, kind or channel.</source>
        <translation>अज्ञात समूह &quot;%1&quot;; agent, kind या channel का उपयोग करें।</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>असाइन नहीं</translation>
    </message>
    <message>
        <source>A refund&apos;s parts cannot be negative.</source>
        <translation>रिफ़ंड के हिस्से ऋणात्मक नहीं हो सकते।</translation>
    </message>
    <message>
        <source>The Shopdesk-Signature header is missing or not &quot;t=&lt;seconds&gt;,v1=&lt;hex&gt;&quot;.</source>
        <translation>Shopdesk-Signature हेडर नहीं है या &quot;t=&lt;सेकंड&gt;,v1=&lt;hex&gt;&quot; रूप में नहीं है।</translation>
    </message>
    <message>
        <source>The notification was signed at %1, more than five minutes from the server&apos;s time %2.</source>
        <translation>सूचना %1 पर हस्ताक्षरित हुई, जो सर्वर के समय %2 से पाँच मिनट से अधिक दूर है।</translation>
    </message>
    <message>
        <source>The notification&apos;s signature does not match its body.</source>
        <translation>सूचना का हस्ताक्षर उसकी सामग्री से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a refund destination; use original or store_credit.</source>
        <translation>&quot;%1&quot; रिफ़ंड गंतव्य नहीं है; original या store_credit का उपयोग करें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a refund status; use pending_approval, issued or rejected.</source>
        <translation>&quot;%1&quot; रिफ़ंड स्थिति नहीं है; pending_approval, issued या rejected का उपयोग करें।</translation>
    </message>
    <message>
        <source>Original payment method</source>
        <translation>मूल भुगतान तरीका</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>स्टोर क्रेडिट</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>स्वीकृति की प्रतीक्षा</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a return reason.</source>
        <translation>&quot;%1&quot; वापसी का कारण नहीं है।</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>क्षतिग्रस्त</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>गलत वस्तु</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>विवरण के अनुसार नहीं</translation>
    </message>
    <message>
        <source>No longer wanted</source>
        <translation>अब नहीं चाहिए</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a return status.</source>
        <translation>&quot;%1&quot; वापसी की स्थिति नहीं है।</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>अनुरोधित</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>A reply template needs an id and a name.</source>
        <translation>उत्तर टेम्पलेट के लिए एक आईडी और एक नाम ज़रूरी है।</translation>
    </message>
    <message>
        <source>Templates are written in %1; &quot;%2&quot; is not one of them.</source>
        <translation>टेम्पलेट %1 में लिखे जाते हैं; &quot;%2&quot; इनमें से नहीं है।</translation>
    </message>
    <message>
        <source>The text in %1 is empty.</source>
        <translation>%1 में पाठ खाली है।</translation>
    </message>
    <message>
        <source>The text in %1 is longer than %2 characters.</source>
        <translation>%1 में पाठ %2 अक्षरों से लंबा है।</translation>
    </message>
    <message>
        <source>The text in %1 uses {%2}, which is not a placeholder. Known: %3.</source>
        <translation>%1 में पाठ {%2} का उपयोग करता है, जो कोई प्लेसहोल्डर नहीं है। ज्ञात: %3।</translation>
    </message>
    <message>
        <source>Unknown group &quot;%1&quot;; use product, reason or month.</source>
        <translation>अज्ञात समूह &quot;%1&quot;; product, reason या month का उपयोग करें।</translation>
    </message>
    <message>
        <source>Shipping, goodwill and double charges</source>
        <translation>शिपिंग, सद्भावना और दोहरे शुल्क</translation>
    </message>
    <message>
        <source>No return (refund only)</source>
        <translation>कोई वापसी नहीं (केवल धनवापसी)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation status; the statuses are %2.</source>
        <translation>&quot;%1&quot; बातचीत की कोई स्थिति नहीं है; स्थितियाँ ये हैं: %2।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an inbox channel; the channels are %2.</source>
        <translation>&quot;%1&quot; इनबॉक्स का कोई चैनल नहीं है; चैनल ये हैं: %2।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message direction; the directions are %2.</source>
        <translation>&quot;%1&quot; संदेश की कोई दिशा नहीं है; दिशाएँ ये हैं: %2।</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>संपर्क फ़ॉर्म</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मि.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 दि.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>प्रतीक्षा</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>अंतिम संदेश</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no conversation.</source>
        <translation>सर्वर के उत्तर में कोई बातचीत नहीं है।</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged and cannot be moved aside.</source>
        <translation>स्थानीय कैश %1 क्षतिग्रस्त है और उसे अलग नहीं रखा जा सकता।</translation>
    </message>
    <message>
        <source>The server sent a user without a name.</source>
        <translation>सर्वर ने बिना नाम का एक उपयोगकर्ता भेजा।</translation>
    </message>
    <message>
        <source>This is the last admin: make another user an admin first.</source>
        <translation>यह अंतिम एडमिन है: पहले किसी दूसरे उपयोगकर्ता को एडमिन बनाएँ।</translation>
    </message>
    <message>
        <source>You cannot disable yourself; another admin can.</source>
        <translation>आप स्वयं को निष्क्रिय नहीं कर सकते; कोई दूसरा एडमिन कर सकता है।</translation>
    </message>
    <message>
        <source>This user name is taken: choose another.</source>
        <translation>यह उपयोगकर्ता नाम पहले से लिया जा चुका है: कोई दूसरा चुनें।</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>पासवर्ड बहुत छोटा है: कम से कम 8 अक्षर रखें।</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>नया पासवर्ड पुराने से अलग होना चाहिए।</translation>
    </message>
    <message>
        <source>The old password is wrong.</source>
        <translation>पुराना पासवर्ड गलत है।</translation>
    </message>
    <message>
        <source>The server sent a backup without a file.</source>
        <translation>सर्वर ने बिना फ़ाइल का एक बैकअप भेजा।</translation>
    </message>
    <message>
        <source>The server sent a setting without a name.</source>
        <translation>सर्वर ने बिना नाम की एक सेटिंग भेजी।</translation>
    </message>
    <message>
        <source>The server sent an audit entry that cannot be read.</source>
        <translation>सर्वर ने एक ऑडिट प्रविष्टि भेजी जिसे पढ़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Line %1 is not &quot;SKU,price&quot;.</source>
        <translation>पंक्ति %1 &quot;SKU,कीमत&quot; के रूप में नहीं है।</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a SKU.</source>
        <translation>पंक्ति %1: &quot;%2&quot; कोई SKU नहीं है।</translation>
    </message>
    <message>
        <source>Line %1 names %2 a second time.</source>
        <translation>पंक्ति %1 में %2 दूसरी बार आया है।</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a price in %3.</source>
        <translation>पंक्ति %1: &quot;%2&quot; %3 में कोई कीमत नहीं है।</translation>
    </message>
    <message>
        <source>Line %1: a price cannot be negative.</source>
        <translation>पंक्ति %1: कीमत ऋणात्मक नहीं हो सकती।</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shopdesk: the back-office for online shops.</source>
        <translation>Shopdesk: ऑनलाइन दुकानों के लिए बैक-ऑफ़िस।</translation>
    </message>
    <message>
        <source>Connect to the server at URL.</source>
        <translation>URL पर स्थित सर्वर से कनेक्ट करें।</translation>
    </message>
    <message>
        <source>Run the shop on this computer (the embedded server).</source>
        <translation>दुकान को इसी कंप्यूटर पर चलाएँ (अंतर्निहित सर्वर)।</translation>
    </message>
    <message>
        <source>Data folder of the embedded server.</source>
        <translation>अंतर्निहित सर्वर का डेटा फ़ोल्डर।</translation>
    </message>
    <message>
        <source>User name to log in with.</source>
        <translation>लॉग इन के लिए उपयोगकर्ता नाम।</translation>
    </message>
    <message>
        <source>Save PNGs of the log-in, shell and products view to DIR, then quit.</source>
        <translation>लॉग इन, शेल और उत्पाद दृश्य के PNG चित्र DIR में सहेजें, फिर बाहर निकलें।</translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de, es, hi, ar) for this run.</source>
        <translation>इस बार के लिए भाषा LANGUAGE (en, de, es, hi, ar) का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::AuditModel</name>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>स्टॉक</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>स्टॉक मूवमेंट</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>कम स्टॉक</translation>
    </message>
    <message>
        <source>Stock minimum</source>
        <translation>न्यूनतम स्टॉक</translation>
    </message>
    <message>
        <source>Product page</source>
        <translation>उत्पाद पेज</translation>
    </message>
    <message>
        <source>Product images</source>
        <translation>उत्पाद चित्र</translation>
    </message>
    <message>
        <source>Page placement</source>
        <translation>पेज पर स्थान</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Customer note</source>
        <translation>ग्राहक नोट</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>रिफ़ंड</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation>उत्तर टेम्पलेट</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>बदला गया</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>हटाया गया</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>पता</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>आईडी</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::ConversationOrderLinks</name>
    <message>
        <source>There is no conversation or order to link.</source>
        <translation>जोड़ने के लिए कोई बातचीत या ऑर्डर नहीं है।</translation>
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
        <translation>नाम</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>अंतिम ऑर्डर</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::CustomerTimelineModel</name>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>ऑर्डर स्थिति</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>मिलाया गया</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <source>Order #%1 created: %2 (%3)</source>
        <translation>ऑर्डर #%1 बनाया गया: %2 (%3)</translation>
    </message>
    <message>
        <source>Order #%1 created: %2</source>
        <translation>ऑर्डर #%1 बनाया गया: %2</translation>
    </message>
    <message>
        <source>Order #%1 is now %2</source>
        <translation>ऑर्डर #%1 अब %2 है</translation>
    </message>
    <message>
        <source>E-mail not delivered: %1</source>
        <translation>ई-मेल नहीं पहुँचा: %1</translation>
    </message>
    <message>
        <source>E-mail waiting to be sent: %1</source>
        <translation>ई-मेल भेजे जाने की प्रतीक्षा में: %1</translation>
    </message>
    <message>
        <source>E-mail sent: %1</source>
        <translation>ई-मेल भेजा गया: %1</translation>
    </message>
    <message>
        <source>Customer #%1, a duplicate, was merged into this one.</source>
        <translation>ग्राहक #%1, एक डुप्लिकेट, इसमें मिलाया गया।</translation>
    </message>
    <message>
        <source>A duplicate record was merged into this customer.</source>
        <translation>एक डुप्लिकेट रिकॉर्ड इस ग्राहक में मिलाया गया।</translation>
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
        <translation>आपके टिकट पर सेवा स्तर का उल्लंघन हुआ</translation>
    </message>
    <message>
        <source>Joined the QA queue after a breach</source>
        <translation>उल्लंघन के बाद QA कतार में आया</translation>
    </message>
    <message>
        <source>Still breached: the managers are notified</source>
        <translation>अब भी उल्लंघन: प्रबंधकों को सूचित किया गया</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::OrderListModel</name>
    <message>
        <source>Customer %1</source>
        <translation>ग्राहक %1</translation>
    </message>
    <message>
        <source>not yet numbered</source>
        <translation>अभी नंबर नहीं मिला</translation>
    </message>
    <message>
        <source>%1 — stock at risk</source>
        <translation>%1 — स्टॉक जोखिम में</translation>
    </message>
    <message>
        <source>A stock count found fewer units than this order holds: check with the warehouse before promising delivery.</source>
        <translation>स्टॉक की गिनती में इस ऑर्डर में आरक्षित इकाइयों से कम इकाइयाँ मिलीं: डिलीवरी का वादा करने से पहले गोदाम से पुष्टि करें।</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::OutboxModel</name>
    <message>
        <source>queued — not confirmed</source>
        <translation>कतार में — पुष्टि नहीं हुई</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>आरक्षित</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>अवधि समाप्त</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>लौटाया गया</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>tried once</source>
        <translation>एक बार कोशिश की गई</translation>
    </message>
    <message>
        <source>tried %1 times</source>
        <translation>%1 बार कोशिश की गई</translation>
    </message>
    <message>
        <source>Queued — not confirmed (%1: %2)</source>
        <translation>कतार में — पुष्टि नहीं हुई (%1: %2)</translation>
    </message>
    <message>
        <source>Queued — not confirmed</source>
        <translation>कतार में — पुष्टि नहीं हुई</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>ऑर्डर %1: %2</translation>
    </message>
    <message>
        <source>Recorded by the server</source>
        <translation>सर्वर ने दर्ज किया</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>अस्वीकृत: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>किया गया</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
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
        <translation>नाम</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>मौजूद</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>आरक्षित</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::ReplyTemplateListModel</name>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>भाषाएँ</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>अंतिम बदलाव</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::SyncEngine</name>
    <message>
        <source>The live connection stopped answering.</source>
        <translation>लाइव कनेक्शन ने जवाब देना बंद कर दिया।</translation>
    </message>
    <message>
        <source>Log in again to reach the server.</source>
        <translation>सर्वर तक पहुँचने के लिए फिर से लॉग इन करें।</translation>
    </message>
    <message>
        <source>The server no longer accepts this log-in.</source>
        <translation>सर्वर अब यह लॉग इन स्वीकार नहीं करता।</translation>
    </message>
    <message>
        <source>The server refused the live connection&apos;s log-in.</source>
        <translation>सर्वर ने लाइव कनेक्शन का लॉग इन अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The live connection was closed.</source>
        <translation>लाइव कनेक्शन बंद हो गया।</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>ऑर्डर में कम से कम एक पंक्ति होनी चाहिए।</translation>
    </message>
    <message>
        <source>Choose the channel the order came through.</source>
        <translation>वह चैनल चुनें जिससे ऑर्डर आया।</translation>
    </message>
    <message>
        <source>Choose a payment method.</source>
        <translation>भुगतान का तरीका चुनें।</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>ग्राहक चुनें।</translation>
    </message>
    <message>
        <source>Notes are up to 10,000 characters.</source>
        <translation>टिप्पणियों में अधिकतम 10,000 वर्ण हो सकते हैं।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SKU.</source>
        <translation>&quot;%1&quot; SKU नहीं है।</translation>
    </message>
    <message>
        <source>A quantity is between 1 and 1,000,000.</source>
        <translation>मात्रा 1 से 10,00,000 के बीच होनी चाहिए।</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Order for customer %1: %2</source>
        <translation>ग्राहक %1 का ऑर्डर: %2</translation>
    </message>
    <message>
        <source>Stock %1 of %2: %3</source>
        <translation>%2 का स्टॉक %1: %3</translation>
    </message>
    <message>
        <source>The server asked to log in again.</source>
        <translation>सर्वर ने फिर से लॉग इन करने को कहा।</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>कनेक्ट नहीं है</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>कनेक्ट हो रहा है</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>सिंक हो रहा है</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>लाइव</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>फिर से कनेक्ट हो रहा है</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>ऑफ़लाइन</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::TableCell</name>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::AdminView</name>
    <message>
        <source>&amp;Users</source>
        <translation>उपयोगकर्ता (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>बैकअप (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;सेटिंग्स</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>ऑडिट (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;कैटलॉग</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::AuditView</name>
    <message>
        <source>Fr&amp;om</source>
        <translation>से (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>तक (&amp;T)</translation>
    </message>
    <message>
        <source>Sear&amp;ch</source>
        <translation>खोजें (&amp;C)</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>और लोड करें (&amp;M)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV निर्यात करें (&amp;X)…</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>कोई भी उपयोगकर्ता</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>सभी रिकॉर्ड</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Fields of the change</source>
        <translation>बदलाव के फ़ील्ड</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Use&amp;r:</source>
        <translation>उपयोगकर्ता (&amp;R):</translation>
    </message>
    <message>
        <source>Recor&amp;d:</source>
        <translation>रिकॉर्ड (&amp;D):</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>समय सीमा की शुरुआत उसके अंत के बाद है।</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>ऑडिट को CSV के रूप में निर्यात करें</translation>
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
            <numerusform>%n बदलाव %1 में सहेजा गया।</numerusform>
            <numerusform>%n बदलाव %1 में सहेजे गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BackupsView</name>
    <message>
        <source>OK</source>
        <translation>ठीक</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n समस्या</numerusform>
            <numerusform>%n समस्याएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>This shop keeps its data in PostgreSQL, which Shopdesk does not copy itself. Your operator backs it up with pg_dump on the database server (see &quot;Backups&quot; in the operator guide).</source>
        <translation>यह दुकान अपना डेटा PostgreSQL में रखती है, जिसकी प्रतिलिपि Shopdesk स्वयं नहीं बनाता। आपका ऑपरेटर डेटाबेस सर्वर पर pg_dump से इसका बैकअप लेता है (ऑपरेटर गाइड में &quot;Backups&quot; देखें)।</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Running since %1, started by %2.</source>
        <translation>%1 से चल रहा है, %2 ने शुरू किया।</translation>
    </message>
    <message>
        <source>%1 by %2: failed. %3</source>
        <translation>%1, %2 द्वारा: विफल। %3</translation>
    </message>
    <message>
        <source>%1 by %2, %3: %4</source>
        <translation>%1, %2 द्वारा, %3: %4</translation>
    </message>
    <message>
        <source>Check OK: the copy is sound.</source>
        <translation>जाँच ठीक: प्रतिलिपि सही है।</translation>
    </message>
    <message>
        <source>The check found problems: %1</source>
        <translation>जाँच में समस्याएँ मिलीं: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>शुरू</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>अभी बैकअप लें (&amp;B)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>पिछला बैकअप</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>अभी तक कोई बैकअप नहीं।</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>बैकअप हो रहा है…</translation>
    </message>
    <message>
        <source>Backup started: %1</source>
        <translation>बैकअप शुरू हुआ: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BatchEntry</name>
    <message>
        <source>add %1</source>
        <translation>%1 जोड़ना</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 हटाना</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BatchEntryWidget</name>
    <message>
        <source>&amp;Supplier:</source>
        <translation>आपूर्तिकर्ता(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>संदर्भ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>स्थान(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;To location:</source>
        <translation>गंतव्य स्थान(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें(&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>फिर से करें(&amp;D)</translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation>पंक्ति हटाएँ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Post batch</source>
        <translation>बैच पोस्ट करें(&amp;P)</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>माल प्राप्ति</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>गिनती</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>निकासी</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>ट्रांसफ़र</translation>
    </message>
    <message>
        <source>direct sale</source>
        <translation>सीधी बिक्री</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>प्रतिस्थापन</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>क्षति</translation>
    </message>
    <message>
        <source>other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>who delivered</source>
        <translation>किसने डिलीवर किया</translation>
    </message>
    <message>
        <source>delivery note or order number</source>
        <translation>डिलीवरी नोट या ऑर्डर नंबर</translation>
    </message>
    <message>
        <source>Scan or type a SKU or EAN, then Enter</source>
        <translation>SKU या EAN स्कैन या टाइप करें, फिर Enter दबाएँ</translation>
    </message>
    <message>
        <source>Batch lines</source>
        <translation>बैच पंक्तियाँ</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>%1 संपादित करना</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>क्या(&amp;W):</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>स्कैन(&amp;C):</translation>
    </message>
    <message>
        <source>Post the whole batch (Ctrl+Enter)</source>
        <translation>पूरा बैच पोस्ट करें (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation>किसी भी उत्पाद का SKU या बारकोड &quot;%1&quot; नहीं है।</translation>
    </message>
    <message>
        <source>&amp;From location:</source>
        <translation>स्रोत स्थान(&amp;F):</translation>
    </message>
    <message>
        <source>scan %1</source>
        <translation>%1 स्कैन करना</translation>
    </message>
    <message>
        <source>count</source>
        <translation>गिनती</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>ट्रांसफ़र</translation>
    </message>
    <message>
        <source>%1 is moved from %2 to the same location.</source>
        <translation>%1 को %2 से उसी स्थान पर ले जाया जा रहा है।</translation>
    </message>
    <message>
        <source>Say in each line&apos;s note what &quot;other&quot; means (%1 has none).</source>
        <translation>हर पंक्ति की टिप्पणी में बताएँ कि &quot;अन्य&quot; का क्या अर्थ है (%1 में कोई टिप्पणी नहीं है)।</translation>
    </message>
    <message>
        <source>Nothing was posted: %1</source>
        <translation>कुछ भी पोस्ट नहीं किया गया: %1</translation>
    </message>
    <message>
        <source>Nothing was posted; line %1 (%2): %3</source>
        <translation>कुछ भी पोस्ट नहीं किया गया; पंक्ति %1 (%2): %3</translation>
    </message>
    <message>
        <source>Post the lines, or remove them, to change this.</source>
        <translation>इसे बदलने के लिए पंक्तियों को पोस्ट करें या हटाएँ।</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n line(s) as %1.</source>
        <translation>
            <numerusform>%n पंक्ति %1 के रूप में दर्ज की गई।</numerusform>
            <numerusform>%n पंक्तियाँ %1 के रूप में दर्ज की गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n मूवमेंट</numerusform>
            <numerusform>%n मूवमेंट</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CareServicePanel</name>
    <message>
        <source>&lt;b&gt;Care desk tickets&lt;/b&gt;</source>
        <translation>&lt;b&gt;ग्राहक सेवा टिकट&lt;/b&gt;</translation>
    </message>
    <message>
        <source>by agent</source>
        <translation>एजेंट के अनुसार</translation>
    </message>
    <message>
        <source>by kind</source>
        <translation>प्रकार के अनुसार</translation>
    </message>
    <message>
        <source>by channel</source>
        <translation>चैनल के अनुसार</translation>
    </message>
    <message>
        <source>Group the tickets</source>
        <translation>टिकटों का समूह बनाएँ</translation>
    </message>
    <message>
        <source>Care desk tickets</source>
        <translation>ग्राहक सेवा टिकट</translation>
    </message>
    <message>
        <source>%1 tickets · first response %2 (90%: %3), %4 in target · resolution %5 (90%: %6), %7 in target · %8 breaches · %9 escalations</source>
        <translation>%1 टिकट · पहला उत्तर %2 (90%: %3), %4 लक्ष्य में · समाधान %5 (90%: %6), %7 लक्ष्य में · %8 उल्लंघन · %9 एस्केलेशन</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CatalogueView</name>
    <message>
        <source>This barcode belongs to product %1 already.</source>
        <translation>यह बारकोड पहले से उत्पाद %1 का है।</translation>
    </message>
    <message>
        <source>A product with SKU %1 exists already.</source>
        <translation>SKU %1 वाला उत्पाद पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>A tax rate lies between 0 and 100 %.</source>
        <translation>कर दर 0 और 100 % के बीच होती है।</translation>
    </message>
    <message>
        <source>The price is negative or too large.</source>
        <translation>कीमत ऋणात्मक या बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>बारकोड</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>कीमत</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>कर दर</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>संग्रहीत</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>संग्रहीत &amp;दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;नया उत्पाद…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;संपादित करें…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>सं&amp;ग्रहीत करें</translation>
    </message>
    <message>
        <source>Change &amp;prices…</source>
        <translation>&amp;कीमतें बदलें…</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>उत्पाद खोजें</translation>
    </message>
    <message>
        <source>SKU, name or barcode</source>
        <translation>SKU, नाम या बारकोड</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Product %1 was created.</source>
        <translation>उत्पाद %1 बनाया गया।</translation>
    </message>
    <message>
        <source>Product %1 was saved.</source>
        <translation>उत्पाद %1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Product %1 is archived: it keeps its history but cannot be ordered.</source>
        <translation>उत्पाद %1 संग्रहीत है: इसका इतिहास बना रहता है, पर इसका ऑर्डर नहीं दिया जा सकता।</translation>
    </message>
    <message>
        <source>Product %1 can be ordered again.</source>
        <translation>उत्पाद %1 का फिर से ऑर्डर दिया जा सकता है।</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) changed.</source>
        <translation>
            <numerusform>%n कीमत बदली गई।</numerusform>
            <numerusform>%n कीमतें बदली गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>संग्रह से &amp;निकालें</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CategoryBrowser</name>
    <message>
        <source>Filter categories</source>
        <translation>श्रेणियाँ फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>फ़िल्टर करने के लिए टाइप करें</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CategoryPicker</name>
    <message>
        <source>Add sub-category</source>
        <translation>उप-श्रेणी जोड़ें</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>कोई श्रेणी चुनें</translation>
    </message>
    <message>
        <source>New sub-category name</source>
        <translation>नई उप-श्रेणी का नाम</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>चुनें</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CategoryTreeModel</name>
    <message>
        <source>Home page</source>
        <translation>होम पेज</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConflictView</name>
    <message>
        <source>Save with these choices</source>
        <translation>इन विकल्पों के साथ सहेजें</translation>
    </message>
    <message>
        <source>Back to my draft</source>
        <translation>मेरे ड्राफ़्ट पर वापस जाएँ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 saved version %2 while you were editing.&lt;/b&gt; Pick for each differing field which text to keep, then save.</source>
        <translation>&lt;b&gt;आपके संपादन के दौरान %1 ने संस्करण %2 सहेजा।&lt;/b&gt; हर अलग फ़ील्ड के लिए चुनें कि कौन-सा टेक्स्ट रखना है, फिर सहेजें।</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>मेरा</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>उनका</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
    <message>
        <source>same</source>
        <translation>समान</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 संपादित करें</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentEditor</name>
    <message>
        <source>In review</source>
        <translation>समीक्षा में</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>निर्धारित</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>प्रकाशित</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>समीक्षा के लिए भेजें</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>फिर से करें</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>संक्षिप्त विवरण</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Kitchen/Knives</source>
        <translation>रसोई/चाकू</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. steel, gift</source>
        <translation>अल्पविराम से अलग करें, जैसे स्टील, उपहार</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>गुण</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>गुण जोड़ें</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>गुण हटाएँ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>स्लग</translation>
    </message>
    <message>
        <source>Meta description</source>
        <translation>मेटा विवरण</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>टकराव सुलझाएँ</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · version %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · संस्करण %3</translation>
    </message>
    <message>
        <source> · &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation> · &lt;i&gt;बिना सहेजे बदलाव&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Someone saved this page while you were editing. Nothing was saved: choose what to keep.</source>
        <translation>आपके संपादन के दौरान किसी और ने यह पेज सहेज दिया। कुछ भी नहीं सहेजा गया: चुनें कि क्या रखना है।</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>संस्करण %1 के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>समीक्षा के लिए नहीं भेजा गया: %1</translation>
    </message>
    <message>
        <source>Sent for review.</source>
        <translation>समीक्षा के लिए भेजा गया।</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>श्रेणी चुनें</translation>
    </message>
    <message>
        <source>Choose the category from the tree (F4)</source>
        <translation>ट्री में से श्रेणी चुनें (F4)</translation>
    </message>
    <message>
        <source>Display order and featured slots are set on the Placement tab, page by page.</source>
        <translation>प्रदर्शन क्रम और फ़ीचर्ड स्लॉट प्लेसमेंट टैब पर, हर पेज के लिए अलग-अलग तय किए जाते हैं।</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>प्लेसमेंट</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentView</name>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>पेज</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>चित्र</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>समीक्षा कतार</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>प्लेसमेंट</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationListProxy</name>
    <message>
        <source>%1 · %2 typing…</source>
        <translation>%1 · %2 लिख रहे हैं…</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationMessagePanel</name>
    <message>
        <source>Lines the message names</source>
        <translation>संदेश में बताई गई पंक्तियाँ</translation>
    </message>
    <message>
        <source>A&amp;dd to order</source>
        <translation>ऑर्डर में जोड़ें (&amp;D)</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>संदेश बंद करें</translation>
    </message>
    <message>
        <source>The customer&apos;s message</source>
        <translation>ग्राहक का संदेश</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>संदेश का पाठ</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>स्टॉक में</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>यहाँ से पढ़ा गया</translation>
    </message>
    <message>
        <source>Put the ticked lines into the order</source>
        <translation>चुनी गई पंक्तियाँ ऑर्डर में डालें</translation>
    </message>
    <message>
        <source>Hide the message; the order stays as it is</source>
        <translation>संदेश छिपाएँ; ऑर्डर जैसा है वैसा ही रहेगा</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>%1 से, %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>विषय: %1</translation>
    </message>
    <message>
        <source>Not in the catalogue: %1</source>
        <translation>कैटलॉग में नहीं: %1</translation>
    </message>
    <message>
        <source>The message names no product of the catalogue.</source>
        <translation>संदेश में कैटलॉग का कोई उत्पाद नहीं बताया गया है।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationThread</name>
    <message>
        <source>This mail could not be read (%1); it is kept as it came.</source>
        <translation>यह मेल पढ़ा नहीं जा सका (%1); यह जैसा आया वैसा ही रखा गया है।</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>सहेजें…</translation>
    </message>
    <message>
        <source>too large, not kept</source>
        <translation>बहुत बड़ा, नहीं रखा गया</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>%1 answered · %2</source>
        <translation>%1 ने उत्तर दिया · %2</translation>
    </message>
    <message>
        <source>%1 wrote · %2</source>
        <translation>%1 ने लिखा · %2</translation>
    </message>
    <message>
        <source>automatic reply</source>
        <translation>स्वचालित उत्तर</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationView</name>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>संपर्क फ़ॉर्म</translation>
    </message>
    <message>
        <source>&amp;Link customer…</source>
        <translation>ग्राहक &amp;जोड़ें…</translation>
    </message>
    <message>
        <source>New customer from &amp;contact</source>
        <translation>&amp;संपर्क से नया ग्राहक</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;मुझे सौंपें</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;असाइनमेंट हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;पूरा</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;फिर से खोलें</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>नया &amp;ऑर्डर</translation>
    </message>
    <message>
        <source>Open tic&amp;ket…</source>
        <translation>टि&amp;कट खोलें…</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.</source>
        <translation>बाईं ओर एक बातचीत चुनें।</translation>
    </message>
    <message>
        <source>Snoo&amp;ze</source>
        <translation>स्थगि&amp;त करें</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>1 घंटे के लिए</translation>
    </message>
    <message>
        <source>Until tomorrow 9:00</source>
        <translation>कल 9:00 बजे तक</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>किसी समय तक…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(कोई विषय नहीं)</translation>
    </message>
    <message>
        <source>Customer: &lt;a href=&quot;customer&quot;&gt;%1&lt;/a&gt;</source>
        <translation>ग्राहक: &lt;a href=&quot;customer&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>अभी कोई ग्राहक नहीं</translation>
    </message>
    <message>
        <source>Nobody has it</source>
        <translation>किसी को नहीं सौंपा</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>%1 को सौंपा गया</translation>
    </message>
    <message>
        <source>Open, waiting since %1</source>
        <translation>खुला, %1 से प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>%1 तक स्थगित</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Put the conversation aside until a time</source>
        <translation>बातचीत को किसी समय तक स्थगित करें</translation>
    </message>
    <message>
        <source>A conversation that is done is reopened before it is snoozed</source>
        <translation>पूरी हुई बातचीत को स्थगित करने से पहले फिर से खोला जाता है</translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation>टिकट #%1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>ऑर्डर #%1</translation>
    </message>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 उत्तर लिख रहे हैं…</translation>
    </message>
    <message>
        <source>%1 answered at %2 while you were writing. Their answer is now in the thread; your draft is kept — read it and send yours again if it still fits.</source>
        <translation>आपके लिखते समय %1 ने %2 पर उत्तर दिया। उनका उत्तर अब बातचीत में है; आपका मसौदा सुरक्षित है — उसे पढ़ें और अगर आपका उत्तर अब भी ठीक है तो फिर से भेजें।</translation>
    </message>
    <message>
        <source>A ticket needs a customer: give the conversation a customer first (Link customer… or New customer from contact).</source>
        <translation>टिकट के लिए ग्राहक चाहिए: पहले बातचीत को ग्राहक दें (ग्राहक जोड़ें… या संपर्क से नया ग्राहक)।</translation>
    </message>
    <message>
        <source>%1 is a customer already with this address or phone: link the conversation to them instead of making a second record.</source>
        <translation>%1 इस पते या फ़ोन के साथ पहले से ग्राहक है: दूसरा रिकॉर्ड बनाने के बजाय बातचीत को उनसे जोड़ें।</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>%1 से जोड़ें</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>अनुलग्नक सहेजें</translation>
    </message>
    <message>
        <source>Could not save the attachment to %1: %2</source>
        <translation>अनुलग्नक %1 में सहेजा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 में सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CredentialStore</name>
    <message>
        <source>No password is saved for this user.</source>
        <translation>इस उपयोगकर्ता के लिए कोई पासवर्ड सहेजा नहीं गया है।</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the password cannot be remembered (%1).</source>
        <translation>इस कंप्यूटर पर कोई सिस्टम कीचेन उपलब्ध नहीं है, इसलिए पासवर्ड याद नहीं रखा जा सकता (%1)।</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>सिस्टम कीचेन ने पहुँच देने से इनकार कर दिया (%1)।</translation>
    </message>
    <message>
        <source>The system keychain did not answer (%1), so the password is not remembered.</source>
        <translation>सिस्टम कीचेन ने उत्तर नहीं दिया (%1), इसलिए पासवर्ड याद नहीं रखा गया।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerFigures</name>
    <message>
        <source>Lifetime revenue</source>
        <translation>कुल राजस्व</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Returns rate</source>
        <translation>वापसी दर</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>खुले टिकट</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>ग्राहक कब से</translation>
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
        <translation>नया ग्राहक(&amp;W)</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>नया ग्राहक</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>ग्राहक बनाएँ</translation>
    </message>
    <message>
        <source>&amp;Use this customer</source>
        <translation>इस ग्राहक का उपयोग करें(&amp;U)</translation>
    </message>
    <message>
        <source>Create a new one anyway</source>
        <translation>फिर भी नया ग्राहक बनाएँ</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>ग्राहक खोज</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number</source>
        <translation>नाम, ई-मेल, फ़ोन या ऑर्डर नंबर</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>मेल खाते ग्राहक</translation>
    </message>
    <message>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <source>German</source>
        <translation>जर्मन</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>स्पेनिश</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>अरबी</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>हिन्दी</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>नाम(&amp;M)</translation>
    </message>
    <message>
        <source>E-m&amp;ail</source>
        <translation>ई-मेल(&amp;A)</translation>
    </message>
    <message>
        <source>Phon&amp;e</source>
        <translation>फ़ोन(&amp;E)</translation>
    </message>
    <message>
        <source>Deli&amp;very address</source>
        <translation>डिलीवरी का पता(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>Using the existing customer %1.</source>
        <translation>मौजूदा ग्राहक %1 का उपयोग किया जा रहा है।</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>ग्राहक %1 बनाया गया।</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>कोई ग्राहक &quot;%1&quot; से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>अभी कोई ग्राहक नहीं चुना गया।</translation>
    </message>
    <message>
        <source>This looks like a customer we already have (same e-mail or phone):
%1</source>
        <translation>यह ऐसा ग्राहक लगता है जो पहले से हमारे पास है (वही ई-मेल या फ़ोन):
%1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerPickerDialog</name>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;जोड़ें</translation>
    </message>
    <message>
        <source>Link the conversation to a customer</source>
        <translation>बातचीत को ग्राहक से जोड़ें</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number</source>
        <translation>नाम, ई-मेल, फ़ोन या ऑर्डर संख्या</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerProfileEditor</name>
    <message>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>फ़ोन जोड़ें</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>फ़ोन हटाएँ</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>सड़क</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>पिन कोड</translation>
    </message>
    <message>
        <source>City</source>
        <translation>शहर</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>पता जोड़ें</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>पता हटाएँ</translation>
    </message>
    <message>
        <source>Agrees to marketing e-mails</source>
        <translation>मार्केटिंग ई-मेल के लिए सहमत</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;सहेजें</translation>
    </message>
    <message>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <source>German</source>
        <translation>जर्मन</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>स्पेनिश</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>अरबी</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>हिन्दी</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>नाम(&amp;M)</translation>
    </message>
    <message>
        <source>E-m&amp;ail</source>
        <translation>ई-मेल(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>पते</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>नो&amp;ट</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>Address failing: mail to it came back undelivered (%1).</source>
        <translation>पता विफल: इस पर भेजा गया मेल बिना पहुँचे लौट आया (%1)।</translation>
    </message>
    <message>
        <source>Address failing</source>
        <translation>पता विफल</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerSearchBox</name>
    <message>
        <source>Matching customers</source>
        <translation>मेल खाते ग्राहक</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerTimelineView</name>
    <message>
        <source>Show &amp;older</source>
        <translation>पु&amp;राने दिखाएँ</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;नोट जोड़ें</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>टाइमलाइन</translation>
    </message>
    <message>
        <source>Internal note: what was said or agreed</source>
        <translation>आंतरिक नोट: क्या कहा या तय हुआ</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomersView</name>
    <message>
        <source>Customer search</source>
        <translation>ग्राहक खोज</translation>
    </message>
    <message>
        <source>Find a customer: name, e-mail, phone, order number or ticket number</source>
        <translation>ग्राहक खोजें: नाम, ई-मेल, फ़ोन, ऑर्डर नंबर या टिकट नंबर</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>मिलते ग्राहक</translation>
    </message>
    <message>
        <source>Search for a customer above and pick one to see their profile, figures and timeline.</source>
        <translation>ऊपर ग्राहक खोजें और उसकी प्रोफ़ाइल, आँकड़े और टाइमलाइन देखने के लिए उसे चुनें।</translation>
    </message>
    <message>
        <source>Mer&amp;ge duplicate…</source>
        <translation>डुप्लिकेट &amp;मिलाएँ…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>नि&amp;र्यात…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;मिटाएँ…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजा गया।</translation>
    </message>
    <message>
        <source>The duplicate was merged into this customer.</source>
        <translation>डुप्लिकेट इस ग्राहक में मिला दिया गया।</translation>
    </message>
    <message>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>ग्राहक का व्यक्तिगत डेटा मिटा दिया गया।</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile; saving replaces their change with yours.</source>
        <translation>इस बीच किसी और ने यह ग्राहक बदला है; सहेजने से उनका परिवर्तन आपके परिवर्तन से बदल जाएगा।</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>This record was merged into customer #%1.</source>
        <translation>यह रिकॉर्ड ग्राहक #%1 में मिलाया गया।</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>ग्राहक डेटा निर्यात करें</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>निर्यात %1 में नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <source>Exported the customer&apos;s data to %1.</source>
        <translation>ग्राहक का डेटा %1 में निर्यात किया गया।</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>नया &amp;टिकट…</translation>
    </message>
    <message>
        <source>Open a ticket for this customer</source>
        <translation>इस ग्राहक के लिए टिकट खोलें</translation>
    </message>
    <message>
        <source>Ticket %1 is open.</source>
        <translation>टिकट %1 खुला है।</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;फ़ॉलो-अप…</translation>
    </message>
    <message>
        <source>Schedule a call-back or follow-up with this customer</source>
        <translation>इस ग्राहक के साथ कॉल-बैक या फ़ॉलो-अप तय करें</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1.</source>
        <translation>फ़ॉलो-अप %1 के लिए तय किया गया।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::EraseCustomerDialog</name>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;मिटाएँ</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>%1 को मिटाएँ</translation>
    </message>
    <message>
        <source>Erasing removes this customer&apos;s name, e-mail, phones, addresses and notes everywhere they are held, also in sent e-mails and the change history. Orders, payments and stock movements stay for the accounts, without the person.

This cannot be undone. Type the customer&apos;s name to confirm: %1</source>
        <translation>मिटाने से इस ग्राहक का नाम, ई-मेल, फ़ोन, पते और नोट हर जगह से हट जाते हैं जहाँ वे रखे हैं, भेजे गए ई-मेल और परिवर्तन इतिहास में भी। ऑर्डर, भुगतान और स्टॉक गतिविधियाँ हिसाब के लिए रहती हैं, व्यक्ति के बिना।

इसे पूर्ववत नहीं किया जा सकता। पुष्टि के लिए ग्राहक का नाम लिखें: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ExchangeDialog</name>
    <message>
        <source>%1 — %2 (%3 available)</source>
        <translation>%1 — %2 (%3 उपलब्ध)</translation>
    </message>
    <message>
        <source>Exchange return %1</source>
        <translation>वापसी %1 बदलें</translation>
    </message>
    <message>
        <source>A replacement order for order #%1, paid by the return. Replace a line by another product at the same price (another size or colour): type part of its SKU or name.</source>
        <translation>ऑर्डर #%1 के लिए एक प्रतिस्थापन ऑर्डर, वापसी द्वारा भुगतान किया गया। किसी पंक्ति को उसी कीमत के किसी अन्य उत्पाद (दूसरा साइज़ या रंग) से बदलें: उसके SKU या नाम का कोई भाग लिखें।</translation>
    </message>
    <message>
        <source>Lines to replace</source>
        <translation>बदली जाने वाली पंक्तियाँ</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>लौटाया गया</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>इकाइयाँ</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>प्रतिस्थापन</translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation>बदलें (&amp;E)</translation>
    </message>
    <message>
        <source>Replacement for %1</source>
        <translation>%1 का प्रतिस्थापन</translation>
    </message>
    <message>
        <source>Choose the replacement for %1 from the list.</source>
        <translation>%1 का प्रतिस्थापन सूची से चुनें।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::FeaturedSlotsModel</name>
    <message>
        <source>Slot %1 · empty</source>
        <translation>स्लॉट %1 · ख़ाली</translation>
    </message>
    <message>
        <source>Slot %1 · %2 (%3)</source>
        <translation>स्लॉट %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Drop a product here to feature it in this slot</source>
        <translation>इस स्लॉट में फ़ीचर करने के लिए किसी उत्पाद को खींचकर यहाँ छोड़ें</translation>
    </message>
    <message>
        <source>Drag back to the product list, or press Delete, to remove</source>
        <translation>हटाने के लिए उत्पाद सूची में वापस खींचें या Delete दबाएँ</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::FollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>फ़ॉलो-अप तय करें</translation>
    </message>
    <message>
        <source>What was promised: call back about the refund…</source>
        <translation>क्या वादा किया गया: धनवापसी के बारे में वापस कॉल करें…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;देय</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;नोट</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>फ़ॉलो-अप पूरा</translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation>देय %1: %2</translation>
    </message>
    <message>
        <source>What came of it: customer happy with the refund…</source>
        <translation>क्या नतीजा निकला: ग्राहक धनवापसी से संतुष्ट…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;नतीजा</translation>
    </message>
    <message>
        <source>Write what came of it first.</source>
        <translation>पहले लिखें कि क्या नतीजा निकला।</translation>
    </message>
    <message>
        <source>Write what is to be followed up first.</source>
        <translation>पहले लिखें कि किस पर फ़ॉलो-अप करना है।</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>विषय: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ImageCheck</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 पढ़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; images may be at most %3 KiB.</source>
        <translation>%1 का आकार %2 KiB है; चित्र अधिकतम %3 KiB के हो सकते हैं।</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or WebP image.</source>
        <translation>%1 PNG, JPEG या WebP चित्र नहीं है।</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; each side must be 1 to %4 pixels.</source>
        <translation>%1 का आकार %2 × %3 पिक्सेल है; हर भुजा 1 से %4 पिक्सेल की होनी चाहिए।</translation>
    </message>
    <message>
        <source>%1 is damaged: the file ends too early.</source>
        <translation>%1 क्षतिग्रस्त है: फ़ाइल समय से पहले समाप्त हो जाती है।</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be shown (%2).</source>
        <translation>%1 क्षतिग्रस्त है और दिखाया नहीं जा सकता (%2)।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ImagePanel</name>
    <message>
        <source>Images, the first is the main image</source>
        <translation>चित्र; पहला चित्र मुख्य चित्र है</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>चित्र जोड़ें…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>पहले रखें</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>बाद में रखें</translation>
    </message>
    <message>
        <source>Make main image</source>
        <translation>मुख्य चित्र बनाएँ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>चित्र जोड़ें</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>चित्र (*.png *.jpg *.jpeg *.webp);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Main · %1</source>
        <translation>मुख्य · %1</translation>
    </message>
    <message>
        <source>%1, %2 KiB</source>
        <translation>%1, %2 KiB</translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation>अपलोड नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Order not changed: %1</source>
        <translation>क्रम नहीं बदला गया: %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>हटाया नहीं गया: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::InboxView</name>
    <message>
        <source>Con&amp;versations</source>
        <translation>&amp;बातचीत</translation>
    </message>
    <message>
        <source>Templ&amp;ates</source>
        <translation>टेम्पले&amp;ट</translation>
    </message>
    <message>
        <source>The inbox could not be read: %1</source>
        <translation>इनबॉक्स पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>&amp;प्रतीक्षारत</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>खु&amp;ले</translation>
    </message>
    <message>
        <source>S&amp;noozed</source>
        <translation>स्थ&amp;गित</translation>
    </message>
    <message>
        <source>Don&amp;e</source>
        <translation>पू&amp;रे</translation>
    </message>
    <message>
        <source>M&amp;ine</source>
        <translation>मे&amp;रे</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>इनबॉक्स (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>इनबॉक्स</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::LoginDialog</name>
    <message>
        <source>On this computer (standalone)</source>
        <translation>इसी कंप्यूटर पर (स्टैंडअलोन)</translation>
    </message>
    <message>
        <source>On a server:</source>
        <translation>किसी सर्वर पर:</translation>
    </message>
    <message>
        <source>Share this computer&apos;s shop on the local network</source>
        <translation>इस कंप्यूटर की दुकान को लोकल नेटवर्क पर साझा करें</translation>
    </message>
    <message>
        <source>&amp;Remember me (password kept in the system keychain)</source>
        <translation>मुझे याद रखें(&amp;R) (पासवर्ड सिस्टम कीचेन में रखा जाएगा)</translation>
    </message>
    <message>
        <source>Log in — Shopdesk</source>
        <translation>लॉग इन — Shopdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shopdesk&lt;/h2&gt;Log in to your shop.</source>
        <translation>&lt;h2&gt;Shopdesk&lt;/h2&gt;अपनी दुकान में लॉग इन करें।</translation>
    </message>
    <message>
        <source>http://shop-server:8080</source>
        <translation>http://shop-server:8080</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <source>Other computers then log in to this one as their server.</source>
        <translation>तब अन्य कंप्यूटर इसे अपना सर्वर मानकर इसमें लॉग इन करते हैं।</translation>
    </message>
    <message>
        <source>Address to share on</source>
        <translation>साझा करने का पता</translation>
    </message>
    <message>
        <source>Port to share on</source>
        <translation>साझा करने का पोर्ट</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>पता(&amp;A):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>पोर्ट(&amp;O):</translation>
    </message>
    <message>
        <source>Where is the shop?</source>
        <translation>दुकान कहाँ है?</translation>
    </message>
    <message>
        <source>This computer has no shop yet. Shopdesk will create one: the administrator is &lt;b&gt;admin&lt;/b&gt;, with the password you choose below.</source>
        <translation>इस कंप्यूटर पर अभी कोई दुकान नहीं है। Shopdesk एक दुकान बनाएगा: व्यवस्थापक &lt;b&gt;admin&lt;/b&gt; होगा, और उसका पासवर्ड वह होगा जो आप नीचे चुनेंगे।</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>उपयोगकर्ता नाम(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>लॉग इन करें(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>अपना उपयोगकर्ता नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>अपना पासवर्ड दर्ज करें।</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network address such as 0.0.0.0 or 192.168.1.20.</source>
        <translation>&quot;%1&quot; 0.0.0.0 या 192.168.1.20 जैसा नेटवर्क पता नहीं है।</translation>
    </message>
    <message>
        <source>Starting the shop on this computer…</source>
        <translation>इस कंप्यूटर पर दुकान शुरू की जा रही है…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>पासवर्ड सिस्टम कीचेन में सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>An admin set your password: choose your own to go on.</source>
        <translation>आपका पासवर्ड एक एडमिन ने रखा है: आगे बढ़ने के लिए अपना पासवर्ड चुनें।</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>अपना पासवर्ड चुनें</translation>
    </message>
    <message>
        <source>An admin set the password you logged in with. Choose your own now; nobody else will know it.</source>
        <translation>जिस पासवर्ड से आपने लॉग-इन किया, वह एक एडमिन ने रखा था। अब अपना पासवर्ड चुनें; इसे कोई और नहीं जानेगा।</translation>
    </message>
    <message>
        <source>Log in again when you are ready to choose your password.</source>
        <translation>जब आप अपना पासवर्ड चुनने के लिए तैयार हों, तब फिर से लॉग-इन करें।</translation>
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
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>मौजूद</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>न्यूनतम</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>कमी</translation>
    </message>
    <message>
        <source>Set &amp;minimum</source>
        <translation>न्यूनतम सेट करें(&amp;M)</translation>
    </message>
    <message>
        <source>Products below their minimum</source>
        <translation>न्यूनतम से कम स्टॉक वाले उत्पाद</translation>
    </message>
    <message>
        <source>SKU or EAN</source>
        <translation>SKU या EAN</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>उत्पाद(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>स्थान(&amp;L):</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>न्यूनतम(&amp;I):</translation>
    </message>
    <message>
        <source>Low stock cannot be loaded: %1</source>
        <translation>कम स्टॉक की सूची लोड नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 पर %1</translation>
    </message>
    <message>
        <source>Below the minimum now: %1</source>
        <translation>अब न्यूनतम से कम: %1</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation>किसी भी उत्पाद का SKU या बारकोड &quot;%1&quot; नहीं है।</translation>
    </message>
    <message>
        <source>Minimum of %1 at %2 is now %3.</source>
        <translation>%2 पर %1 का न्यूनतम अब %3 है।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MainWindow</name>
    <message>
        <source>Pending changes</source>
        <translation>लंबित बदलाव</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>यह कंप्यूटर</translation>
    </message>
    <message>
        <source>this computer, shared at %1</source>
        <translation>यह कंप्यूटर, %1 पर साझा</translation>
    </message>
    <message>
        <source>Shopdesk — %1 (%2) on %3</source>
        <translation>Shopdesk — %3 पर %1 (%2)</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>मॉड्यूल</translation>
    </message>
    <message>
        <source>The server refused: %1 — %2</source>
        <translation>सर्वर ने अस्वीकार किया: %1 — %2</translation>
    </message>
    <message>
        <source>%1 Changes stay queued until you log in again (File → Log out).</source>
        <translation>%1 फिर से लॉग इन करने तक बदलाव कतार में रहेंगे (फ़ाइल → लॉग आउट)।</translation>
    </message>
    <message>
        <source>Low stock: %1</source>
        <translation>कम स्टॉक: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: you are working offline from this computer&apos;s copy. Changes wait until it is back.</source>
        <translation>सर्वर तक नहीं पहुँचा जा सकता: आप इस कंप्यूटर की प्रति से ऑफ़लाइन काम कर रहे हैं। सर्वर वापस आने तक बदलाव प्रतीक्षा में रहेंगे।</translation>
    </message>
    <message>
        <source>Your role (%1) has no module in this desktop client.</source>
        <translation>इस डेस्कटॉप क्लाइंट में आपकी भूमिका (%1) के लिए कोई मॉड्यूल नहीं है।</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>लॉग आउट(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन(&amp;E)</translation>
    </message>
    <message>
        <source>Find &amp;product…</source>
        <translation>उत्पाद खोजें(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Search this list</source>
        <translation>इस सूची में खोजें(&amp;S)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>वरीयताएँ(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Pending changes</source>
        <translation>लंबित बदलाव(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>पूर्ण स्क्रीन(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>सिंक(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>अभी फिर से कोशिश करें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Shopdesk</source>
        <translation>Shopdesk के बारे में(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में(&amp;Q)</translation>
    </message>
    <message>
        <source>About Shopdesk</source>
        <translation>Shopdesk के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shopdesk %1&lt;/h3&gt;&lt;p&gt;The back-office for online shops: orders, warehouse, content and trends on one live stock.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shopdesk %1&lt;/h3&gt;&lt;p&gt;ऑनलाइन दुकानों के लिए बैक-ऑफ़िस: ऑर्डर, गोदाम, सामग्री और रुझान, सब एक ही लाइव स्टॉक पर।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes still waiting</source>
        <translation>बदलाव अभी भी प्रतीक्षा में हैं</translation>
    </message>
    <message>
        <source>Changes not yet on the server: %1. They are kept on this computer and sent the next time you start Shopdesk. Quit now?</source>
        <translation>सर्वर पर अभी तक न पहुँचे बदलाव: %1। ये इस कंप्यूटर पर रखे जाते हैं और अगली बार Shopdesk शुरू करने पर भेजे जाएँगे। अभी बाहर निकलें?</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s copy was damaged and has been rebuilt from the server; %n queued change(s) were kept.</source>
        <translation>
            <numerusform>इस कंप्यूटर की प्रति क्षतिग्रस्त थी और सर्वर से फिर से बनाई गई है; कतार में %n बदलाव रखा गया।</numerusform>
            <numerusform>इस कंप्यूटर की प्रति क्षतिग्रस्त थी और सर्वर से फिर से बनाई गई है; कतार में %n बदलाव रखे गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MergeCustomerDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;मिलाएँ</translation>
    </message>
    <message>
        <source>Merge duplicate into %1</source>
        <translation>डुप्लिकेट को %1 में मिलाएँ</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number of the duplicate</source>
        <translation>डुप्लिकेट का नाम, ई-मेल, फ़ोन या ऑर्डर नंबर</translation>
    </message>
    <message>
        <source>Pick the duplicate above.</source>
        <translation>ऊपर डुप्लिकेट चुनें।</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>रहेगा</translation>
    </message>
    <message>
        <source>Merged into it, then closed</source>
        <translation>इसमें मिलाया जाएगा, फिर बंद</translation>
    </message>
    <message>
        <source>The duplicate&apos;s orders and notes move to the customer that stays; empty fields are filled from it and its phones and addresses are added. Only a new edit undoes it.</source>
        <translation>डुप्लिकेट के ऑर्डर और नोट बने रहने वाले ग्राहक के पास चले जाते हैं; खाली फ़ील्ड उससे भरे जाते हैं और उसके फ़ोन और पते जोड़े जाते हैं। केवल नया संपादन इसे पूर्ववत करता है।</translation>
    </message>
    <message>
        <source>This is the customer that stays; pick the other record.</source>
        <translation>यह बना रहने वाला ग्राहक है; दूसरा रिकॉर्ड चुनें।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>यह संदेश बंद करें</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>संदेश बंद करें</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MovementHistoryWidget</name>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>इकाइयाँ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>से(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>तक(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>दिखाएँ(&amp;S)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV निर्यात करें(&amp;C)…</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>स्टॉक मूवमेंट</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>सभी प्रकार</translation>
    </message>
    <message>
        <source>SKU or EAN</source>
        <translation>SKU या EAN</translation>
    </message>
    <message>
        <source>any location</source>
        <translation>कोई भी स्थान</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>कोई भी उपयोगकर्ता</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>उत्पाद(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>प्रकार(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>स्थान(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>उपयोगकर्ता(&amp;U):</translation>
    </message>
    <message>
        <source>The history cannot be loaded: %1</source>
        <translation>इतिहास लोड नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Export movements</source>
        <translation>मूवमेंट निर्यात करें</translation>
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
            <numerusform>%n मूवमेंट %1 में सहेजा गया।</numerusform>
            <numerusform>%n मूवमेंट %1 में सहेजे गए।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NewPasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>नया पासवर्ड दोबारा लिखें</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>नया पासवर्ड (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>दोबारा लिखें (&amp;R):</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>पासवर्ड में कम से कम %1 अक्षर होते हैं।</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>दोनों पासवर्ड अलग हैं।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>नया टिकट</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>ग्राहक खोज</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number, then Enter</source>
        <translation>नाम, ई-मेल, फ़ोन या ऑर्डर नंबर, फिर Enter</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>मिले ग्राहक</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>अभी कोई ग्राहक नहीं चुना गया।</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>कोई ऑर्डर नहीं</translation>
    </message>
    <message>
        <source>Order lines the ticket is about</source>
        <translation>ऑर्डर की पंक्तियाँ जिनके बारे में टिकट है</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>ऑर्डर किया</translation>
    </message>
    <message>
        <source>On the ticket</source>
        <translation>टिकट पर</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>वेब</translation>
    </message>
    <message>
        <source>What the customer wrote or said (optional)</source>
        <translation>ग्राहक ने क्या लिखा या कहा (वैकल्पिक)</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>टिकट &amp;खोलें</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;ग्राहक</translation>
    </message>
    <message>
        <source>O&amp;rder</source>
        <translation>&amp;ऑर्डर</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;प्रकार</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;चैनल</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;प्राथमिकता</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;विषय</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;पाठ</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; से कोई ग्राहक मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Order #%1 of %2</source>
        <translation>%2 का ऑर्डर #%1</translation>
    </message>
    <message>
        <source>Units of %1 on the ticket</source>
        <translation>टिकट पर %1 की इकाइयाँ</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>पहले ग्राहक चुनें।</translation>
    </message>
    <message>
        <source>Give the ticket a subject.</source>
        <translation>टिकट को एक विषय दें।</translation>
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
        <translation>पहले लॉग-इन पर इसे बदलना होगा (&amp;M)</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>नया उपयोगकर्ता</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>प्रारंभिक पासवर्ड</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>उपयोगकर्ता नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>भूमिका (&amp;R):</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>प्रारंभिक पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>पासवर्ड में कम से कम %1 अक्षर होते हैं।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NoticesButton</name>
    <message>
        <source>Escalations of tickets that concern you: a breach of your ticket, a ticket joining the QA queue, the managers&apos; notice</source>
        <translation>आपसे जुड़े टिकटों के एस्केलेशन: आपके टिकट पर उल्लंघन, QA कतार में आया टिकट, प्रबंधकों को सूचना</translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation>सूचनाएँ (%1)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>सूचनाएँ</translation>
    </message>
    <message>
        <source>Shopdesk</source>
        <translation>Shopdesk</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>टिकट %1: %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 और %2 अन्य</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NoticesPanel</name>
    <message>
        <source>No notices in this session.</source>
        <translation>इस सत्र में कोई सूचना नहीं।</translation>
    </message>
    <message>
        <source>Mark all &amp;read</source>
        <translation>सभी को &amp;पढ़ा हुआ चिह्नित करें</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>सूचनाएँ</translation>
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
        <translation>बातचीत से टिकट खोलें</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>टिकट &amp;खोलें</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;प्रकार</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;प्राथमिकता</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;विषय</translation>
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
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>इकाई मूल्य</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>पंक्ति योग</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>किसने</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>भुगतान हुआ चिह्नित करें(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>ऑर्डर रद्द करें</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF सहेजें…</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>भुगतान संदर्भ</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>ऑर्डर पंक्तियाँ</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>स्थिति इतिहास</translation>
    </message>
    <message>
        <source>Press again to cancel order #%1</source>
        <translation>ऑर्डर #%1 रद्द करने के लिए फिर से दबाएँ</translation>
    </message>
    <message>
        <source>Save order summary</source>
        <translation>ऑर्डर सारांश सहेजें</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Order #%1 is cancelled; its units are free again.</source>
        <translation>ऑर्डर #%1 रद्द कर दिया गया; इसकी इकाइयाँ फिर से उपलब्ध हैं।</translation>
    </message>
    <message>
        <source>Order #%1 is paid.</source>
        <translation>ऑर्डर #%1 का भुगतान हो गया।</translation>
    </message>
    <message>
        <source>Pick an order in the list to see it here.</source>
        <translation>यहाँ देखने के लिए सूची में से कोई ऑर्डर चुनें।</translation>
    </message>
    <message>
        <source>Order #%1 — %2</source>
        <translation>ऑर्डर #%1 — %2</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>ग्राहक %1</translation>
    </message>
    <message>
        <source>Channel: %1 · Payment: %2</source>
        <translation>चैनल: %1 · भुगतान: %2</translation>
    </message>
    <message>
        <source>Taken by %1 on %2</source>
        <translation>%2 को %1 द्वारा लिया गया</translation>
    </message>
    <message>
        <source>Reservation expires in %1 min %2 s</source>
        <translation>आरक्षण %1 मिनट %2 सेकंड में समाप्त होगा</translation>
    </message>
    <message>
        <source>Payment reference: %1</source>
        <translation>भुगतान संदर्भ: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>टिप्पणियाँ: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>कुल: %1</translation>
    </message>
    <message>
        <source>Shipped with %1 · tracking %2</source>
        <translation>%1 से भेजा गया · ट्रैकिंग %2</translation>
    </message>
    <message>
        <source>No order is shown.</source>
        <translation>कोई ऑर्डर नहीं दिखाया गया है।</translation>
    </message>
    <message>
        <source>Check link and mark paid</source>
        <translation>लिंक जाँचें और भुगतान हुआ चिह्नित करें</translation>
    </message>
    <message>
        <source>Payment link the provider reports as paid</source>
        <translation>वह भुगतान लिंक जिसे प्रदाता ने भुगतान किया हुआ बताया है</translation>
    </message>
    <message>
        <source>Paid payment link</source>
        <translation>भुगतान किया गया भुगतान लिंक</translation>
    </message>
    <message>
        <source>The server checks the link&apos;s signature and expiry and that it matches its order, then marks that order paid with the reference above.</source>
        <translation>सर्वर लिंक के हस्ताक्षर और समाप्ति की जाँच करता है और यह कि वह अपने ऑर्डर से मेल खाता है, फिर ऊपर दिए संदर्भ के साथ उस ऑर्डर को भुगतान हुआ चिह्नित करता है।</translation>
    </message>
    <message>
        <source>The payment link checks out: order #%1 is paid.</source>
        <translation>भुगतान लिंक सही है: ऑर्डर #%1 का भुगतान हो गया।</translation>
    </message>
    <message>
        <source>The link was made for order #%1, which is now paid; this order is unchanged.</source>
        <translation>यह लिंक ऑर्डर #%1 के लिए बना था, जिसका अब भुगतान हो गया है; यह ऑर्डर नहीं बदला।</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>नया &amp;टिकट…</translation>
    </message>
    <message>
        <source>Open a ticket about this order</source>
        <translation>इस ऑर्डर के बारे में टिकट खोलें</translation>
    </message>
    <message>
        <source>Ticket %1 is open.</source>
        <translation>टिकट %1 खुल गया है।</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up…</source>
        <translation>फ़ॉलो-&amp;अप…</translation>
    </message>
    <message>
        <source>Schedule a call-back or follow-up with the customer about this order</source>
        <translation>इस ऑर्डर के बारे में ग्राहक के साथ कॉल-बैक या फ़ॉलो-अप तय करें</translation>
    </message>
    <message>
        <source>%1 · order #%2</source>
        <translation>%1 · ऑर्डर #%2</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1.</source>
        <translation>फ़ॉलो-अप %1 के लिए तय किया गया।</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>वापसी…</translation>
    </message>
    <message>
        <source>Take some of this order&apos;s units back</source>
        <translation>इस ऑर्डर की कुछ इकाइयाँ वापस लें</translation>
    </message>
    <message>
        <source>Return %1 is started.</source>
        <translation>वापसी %1 शुरू हो गई है।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderIntakeWidget</name>
    <message>
        <source>&amp;Remove line</source>
        <translation>पंक्ति हटाएँ(&amp;R)</translation>
    </message>
    <message>
        <source>Con&amp;firm order</source>
        <translation>ऑर्डर की पुष्टि करें(&amp;F)</translation>
    </message>
    <message>
        <source>Ne&amp;xt order</source>
        <translation>अगला ऑर्डर(&amp;X)</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>उत्पाद जोड़ें</translation>
    </message>
    <message>
        <source>SKU, barcode or product name — Enter adds it</source>
        <translation>SKU, बारकोड या उत्पाद का नाम — Enter दबाने पर जुड़ जाएगा</translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation>मेल खाते उत्पाद</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>ऑर्डर पंक्तियाँ</translation>
    </message>
    <message>
        <source>Notes for the warehouse and colleagues (optional)</source>
        <translation>गोदाम और सहकर्मियों के लिए टिप्पणियाँ (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Reserve the order on the server (Ctrl+Enter)</source>
        <translation>सर्वर पर ऑर्डर आरक्षित करें (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>चैनल(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>भुगतान(&amp;P)</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>टिप्पणियाँ(&amp;T)</translation>
    </message>
    <message>
        <source>Find the customer (Alt+C)</source>
        <translation>ग्राहक खोजें (Alt+C)</translation>
    </message>
    <message>
        <source>Add a product (Alt+I)</source>
        <translation>उत्पाद जोड़ें (Alt+I)</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation>किसी भी उत्पाद का SKU या बारकोड &quot;%1&quot; नहीं है।</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>कुल: %1</translation>
    </message>
    <message>
        <source>No lines yet</source>
        <translation>अभी कोई पंक्ति नहीं</translation>
    </message>
    <message>
        <source>Choose or create the customer first.</source>
        <translation>पहले ग्राहक चुनें या बनाएँ।</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>कम से कम एक पंक्ति जोड़ें।</translation>
    </message>
    <message>
        <source>A line asks for more than is available.</source>
        <translation>एक पंक्ति में उपलब्ध से अधिक मात्रा माँगी गई है।</translation>
    </message>
    <message>
        <source>Queued — not confirmed. Sending it to the server…</source>
        <translation>कतार में — पुष्टि नहीं हुई। इसे सर्वर पर भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Queued — not confirmed. The server cannot be reached; the order goes to it as soon as the connection is back.</source>
        <translation>कतार में — पुष्टि नहीं हुई। सर्वर तक नहीं पहुँचा जा सकता; कनेक्शन वापस आते ही ऑर्डर सर्वर पर भेज दिया जाएगा।</translation>
    </message>
    <message>
        <source>Not confirmed — the server refused the order: %1</source>
        <translation>पुष्टि नहीं हुई — सर्वर ने ऑर्डर अस्वीकार कर दिया: %1</translation>
    </message>
    <message>
        <source>Reserved — order #%1. The reservation expires in %2.</source>
        <translation>आरक्षित — ऑर्डर #%1। आरक्षण %2 में समाप्त होगा।</translation>
    </message>
    <message>
        <source>Reserved — order #%1. The units are held until shipment.</source>
        <translation>आरक्षित — ऑर्डर #%1। इकाइयाँ शिपमेंट तक रोककर रखी गई हैं।</translation>
    </message>
    <message>
        <source>Order #%1: %2</source>
        <translation>ऑर्डर #%1: %2</translation>
    </message>
    <message>
        <source>%1 is archived and can no longer be ordered.</source>
        <translation>%1 संग्रहीत है और अब इसका ऑर्डर नहीं दिया जा सकता।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderLinesModel</name>
    <message>
        <source>Only %1 of %2 available (%3 asked for).</source>
        <translation>%2 की केवल %1 इकाइयाँ उपलब्ध हैं (%3 माँगी गईं)।</translation>
    </message>
    <message>
        <source>Only %1 available: lower the quantity or remove the line.</source>
        <translation>केवल %1 उपलब्ध: मात्रा कम करें या पंक्ति हटाएँ।</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>इकाई मूल्य</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>पंक्ति योग</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderListView</name>
    <message>
        <source>Status filter</source>
        <translation>स्थिति फ़िल्टर</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>कोई भी स्थिति</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>चैनल फ़िल्टर</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>कोई भी चैनल</translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation>एजेंट फ़िल्टर</translation>
    </message>
    <message>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation>ग्राहक फ़िल्टर</translation>
    </message>
    <message>
        <source>Search: order number, SKU, product, notes, tracking</source>
        <translation>खोजें: ऑर्डर नंबर, SKU, उत्पाद, टिप्पणियाँ, ट्रैकिंग</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>ऑर्डर खोजें</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>कोई भी एजेंट</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln ऑर्डर</numerusform>
            <numerusform>%Ln ऑर्डर</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderPaymentsPanel</name>
    <message>
        <source>Store credit</source>
        <translation>स्टोर क्रेडिट</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>तरीका</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>To</source>
        <translation>किसे</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Record pa&amp;yment…</source>
        <translation>भु&amp;गतान दर्ज करें…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>रि&amp;फ़ंड…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>भुगतान</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>रिफ़ंड</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>भुगतान: %1</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>रिफ़ंड: %1</translation>
    </message>
    <message>
        <source>Owed back: %1</source>
        <translation>वापस देय: %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>शेष: %1</translation>
    </message>
    <message>
        <source>Refund of %1 awaits a manager&apos;s approval.</source>
        <translation>%1 का रिफ़ंड प्रबंधक की स्वीकृति की प्रतीक्षा में है।</translation>
    </message>
    <message>
        <source>Refund of %1 issued.</source>
        <translation>%1 का रिफ़ंड जारी किया गया।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderSummary</name>
    <message>
        <source>Order #%1</source>
        <translation>ऑर्डर #%1</translation>
    </message>
    <message>
        <source>Order (not confirmed)</source>
        <translation>ऑर्डर (पुष्टि नहीं हुई)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>डिलीवरी का पता</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>इकाई मूल्य</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>पंक्ति योग</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>कुल: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>चैनल: %1</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>भुगतान: %1</translation>
    </message>
    <message>
        <source>Pay online: %1</source>
        <translation>ऑनलाइन भुगतान करें: %1</translation>
    </message>
    <message>
        <source>Shipped with %1, tracking number %2</source>
        <translation>%1 से भेजा गया, ट्रैकिंग नंबर %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrdersWidget</name>
    <message>
        <source>&amp;New order</source>
        <translation>नया ऑर्डर(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>ऑर्डर(&amp;O)</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OutboxPanel</name>
    <message>
        <source>Changes waiting for the server</source>
        <translation>सर्वर की प्रतीक्षा में बदलाव</translation>
    </message>
    <message>
        <source>Changes made here wait in this list until the server confirms them.</source>
        <translation>यहाँ किए गए बदलाव सर्वर की पुष्टि मिलने तक इस सूची में प्रतीक्षा करते हैं।</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>अभी फिर से कोशिश करें(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing waiting: everything done on this computer has reached the server.</source>
        <translation>कुछ भी प्रतीक्षा में नहीं: इस कंप्यूटर पर किया गया सब कुछ सर्वर तक पहुँच गया है।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PaymentLinkBox</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>कॉपी करें(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;E-mail to customer</source>
        <translation>ग्राहक को ई-मेल करें(&amp;E)</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>भुगतान लिंक</translation>
    </message>
    <message>
        <source>Payment link:</source>
        <translation>भुगतान लिंक:</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>कॉपी किया गया।</translation>
    </message>
    <message>
        <source>The payment link is on its way to the customer.</source>
        <translation>भुगतान लिंक ग्राहक को भेजा जा रहा है।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PickListDocument</name>
    <message>
        <source>Pick list</source>
        <translation>पिक लिस्ट</translation>
    </message>
    <message>
        <source>No paid orders are waiting to ship.</source>
        <translation>भेजने के लिए भुगतान किया गया कोई ऑर्डर प्रतीक्षा में नहीं है।</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>ऑर्डर %1</translation>
    </message>
    <message>
        <source>Stock at risk: a count found fewer units than are reserved.</source>
        <translation>स्टॉक जोखिम में: गिनती में आरक्षित इकाइयों से कम इकाइयाँ मिलीं।</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>बारकोड</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>इकाइयाँ</translation>
    </message>
    <message>
        <source>Pick from</source>
        <translation>यहाँ से उठाएँ</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>नोट्स:</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PickListWidget</name>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>इकाइयाँ</translation>
    </message>
    <message>
        <source>Pick from</source>
        <translation>यहाँ से उठाएँ</translation>
    </message>
    <message>
        <source>Stock at risk</source>
        <translation>स्टॉक जोखिम में</translation>
    </message>
    <message>
        <source>&amp;Ship order</source>
        <translation>ऑर्डर भेजें(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF निर्यात करें(&amp;P)…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>प्रिंट करें(&amp;I)…</translation>
    </message>
    <message>
        <source>Orders to pick</source>
        <translation>पिकिंग के लिए ऑर्डर</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>कूरियर</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>ट्रैकिंग नंबर</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>कूरियर(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Tracking:</source>
        <translation>ट्रैकिंग(&amp;T):</translation>
    </message>
    <message>
        <source>The pick list cannot be loaded: %1</source>
        <translation>पिक लिस्ट लोड नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>Export pick list</source>
        <translation>पिक लिस्ट निर्यात करें</translation>
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
        <translation>पिक लिस्ट %1 में सहेजी गई।</translation>
    </message>
    <message>
        <source>Order %1 was not shipped: %2</source>
        <translation>ऑर्डर %1 नहीं भेजा गया: %2</translation>
    </message>
    <message>
        <source>Order %1 shipped.</source>
        <translation>ऑर्डर %1 भेज दिया गया।</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट्स</translation>
    </message>
    <message>
        <source>Notes on order %1: %2</source>
        <translation>ऑर्डर %1 के नोट्स: %2</translation>
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
        <translation> · स्लॉट %1 में फ़ीचर्ड</translation>
    </message>
    <message>
        <source> · not published yet</source>
        <translation> · अभी प्रकाशित नहीं</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PlacementView</name>
    <message>
        <source>Home page</source>
        <translation>होम पेज</translation>
    </message>
    <message>
        <source>Category page: %1</source>
        <translation>श्रेणी पेज: %1</translation>
    </message>
    <message>
        <source>Feature in slot</source>
        <translation>स्लॉट में फ़ीचर करें</translation>
    </message>
    <message>
        <source>Remove from slot</source>
        <translation>स्लॉट से हटाएँ</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>ऊपर ले जाएँ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>नीचे ले जाएँ</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>फिर से लोड करें</translation>
    </message>
    <message>
        <source>Save placement</source>
        <translation>प्लेसमेंट सहेजें</translation>
    </message>
    <message>
        <source>Publish placement</source>
        <translation>प्लेसमेंट प्रकाशित करें</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पेज</translation>
    </message>
    <message>
        <source>Filter pages</source>
        <translation>पेज फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Featured slots</source>
        <translation>फ़ीचर्ड स्लॉट</translation>
    </message>
    <message>
        <source>Products in display order</source>
        <translation>प्रदर्शन क्रम में उत्पाद</translation>
    </message>
    <message>
        <source>Feature the selected product in the selected slot</source>
        <translation>चुने गए उत्पाद को चुने गए स्लॉट में फ़ीचर करें</translation>
    </message>
    <message>
        <source>Empty the selected slot (Delete)</source>
        <translation>चुना गया स्लॉट ख़ाली करें (Delete)</translation>
    </message>
    <message>
        <source>Move the selected product up (Alt+Up)</source>
        <translation>चुने गए उत्पाद को ऊपर ले जाएँ (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected product down (Alt+Down)</source>
        <translation>चुने गए उत्पाद को नीचे ले जाएँ (Alt+Down)</translation>
    </message>
    <message>
        <source>Featured slots — drop a product on a slot</source>
        <translation>फ़ीचर्ड स्लॉट — किसी उत्पाद को खींचकर स्लॉट पर छोड़ें</translation>
    </message>
    <message>
        <source>Products in display order — drag to reorder</source>
        <translation>प्रदर्शन क्रम में उत्पाद — क्रम बदलने के लिए खींचें</translation>
    </message>
    <message>
        <source>Could not read the categories: %1</source>
        <translation>श्रेणियाँ पढ़ी नहीं जा सकीं: %1</translation>
    </message>
    <message>
        <source>Could not read the placement: %1</source>
        <translation>प्लेसमेंट पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>कभी सहेजा नहीं गया</translation>
    </message>
    <message>
        <source>Version %1 · published</source>
        <translation>संस्करण %1 · प्रकाशित</translation>
    </message>
    <message>
        <source>Version %1 · draft (version %2 is live)</source>
        <translation>संस्करण %1 · ड्राफ़्ट (संस्करण %2 लाइव है)</translation>
    </message>
    <message>
        <source>Version %1 · draft, not published</source>
        <translation>संस्करण %1 · ड्राफ़्ट, प्रकाशित नहीं</translation>
    </message>
    <message>
        <source> · &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation> · &lt;i&gt;बिना सहेजे बदलाव&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Someone saved this page&apos;s placement meanwhile (version %1). Nothing was saved: Reload to see theirs, then place again.</source>
        <translation>इस बीच किसी और ने इस पेज का प्लेसमेंट सहेज दिया (संस्करण %1)। कुछ भी नहीं सहेजा गया: उनका प्लेसमेंट देखने के लिए &quot;फिर से लोड करें&quot; दबाएँ, फिर उत्पादों को दोबारा रखें।</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>संस्करण %1 के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>प्रकाशित नहीं किया गया: %1</translation>
    </message>
    <message>
        <source>Published: the catalog now shows this placement.</source>
        <translation>प्रकाशित: कैटलॉग अब यह प्लेसमेंट दिखाता है।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>वरीयताएँ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>सिस्टम के अनुसार (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Money, dates and numbers follow the language too. The window reopens in the new language; nothing waiting to be sent is lost.</source>
        <translation>राशि, तिथियाँ और संख्याएँ भी भाषा के अनुसार दिखेंगी। विंडो नई भाषा में फिर से खुलेगी; भेजे जाने की प्रतीक्षा में कोई भी बदलाव नहीं खोएगा।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PriceChangeDialog</name>
    <message>
        <source>By &amp;category</source>
        <translation>&amp;श्रेणी के अनुसार</translation>
    </message>
    <message>
        <source>From a CSV &amp;file</source>
        <translation>CSV &amp;फ़ाइल से</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;ब्राउज़ करें…</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;पूर्वावलोकन</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;लागू करें</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>पुरानी कीमत</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>नई कीमत</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Change prices</source>
        <translation>कीमतें बदलें</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Change in percent</source>
        <translation>प्रतिशत में बदलाव</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV फ़ाइल</translation>
    </message>
    <message>
        <source>A file of &quot;SKU,price&quot; lines</source>
        <translation>&quot;SKU,कीमत&quot; पंक्तियों वाली फ़ाइल</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>कीमत में बदलाव</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>मूल्य सूची</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV फ़ाइलें (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Working out the changes…</source>
        <translation>बदलावों की गणना हो रही है…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be put right before the prices can change.</source>
        <translation>
            <numerusform>कीमतें बदलने से पहले %n समस्या ठीक करनी होगी।</numerusform>
            <numerusform>कीमतें बदलने से पहले %n समस्याएँ ठीक करनी होंगी।</numerusform>
        </translation>
    </message>
    <message>
        <source>No price would change.</source>
        <translation>कोई कीमत नहीं बदलेगी।</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) will change. Apply changes them all at once.</source>
        <translation>
            <numerusform>%n कीमत बदलेगी। &quot;लागू करें&quot; सभी को एक साथ बदलता है।</numerusform>
            <numerusform>%n कीमतें बदलेंगी। &quot;लागू करें&quot; सभी को एक साथ बदलता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the prices…</source>
        <translation>कीमतें बदली जा रही हैं…</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>नया उत्पाद</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>उत्पाद संपादित करें</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>बारकोड</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Price in %1</source>
        <translation>%1 में कीमत</translation>
    </message>
    <message>
        <source>Tax rate in percent</source>
        <translation>प्रतिशत में कर दर</translation>
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
        <translation>&amp;नाम:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;बारकोड:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;श्रेणी:</translation>
    </message>
    <message>
        <source>&amp;Price (%1):</source>
        <translation>&amp;कीमत (%1):</translation>
    </message>
    <message>
        <source>&amp;Tax rate:</source>
        <translation>&amp;कर दर:</translation>
    </message>
    <message>
        <source>A SKU is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>SKU में 1 से 64 अक्षर, अंक, बिंदु, डैश या अंडरस्कोर होते हैं।</translation>
    </message>
    <message>
        <source>The price is not an amount of money.</source>
        <translation>कीमत कोई धनराशि नहीं है।</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>कीमत ऋणात्मक नहीं हो सकती।</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>न्यूनतम स्टॉक</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>&amp;Minimum stock:</source>
        <translation>&amp;न्यूनतम स्टॉक:</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductPreview</name>
    <message>
        <source>Preview of the product page</source>
        <translation>उत्पाद पेज का पूर्वावलोकन</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No image&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;कोई चित्र नहीं&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#1b7f3b&quot;&gt;In stock (%1 available)&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#1b7f3b&quot;&gt;स्टॉक में (%1 उपलब्ध)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b00020&quot;&gt;Out of stock&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#b00020&quot;&gt;स्टॉक में नहीं&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Details&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;विवरण&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductsView</name>
    <message>
        <source>Available only</source>
        <translation>केवल उपलब्ध</translation>
    </message>
    <message>
        <source>Search by SKU, name, barcode or category</source>
        <translation>SKU, नाम, बारकोड या श्रेणी से खोजें</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>उत्पाद खोजें</translation>
    </message>
    <message>
        <source>Hide products with nothing left to sell</source>
        <translation>जिन उत्पादों में बेचने के लिए कुछ नहीं बचा, उन्हें छिपाएँ</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>उत्पाद लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln उत्पाद</numerusform>
            <numerusform>%Ln उत्पाद</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QaQueueView</name>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;लें</translation>
    </message>
    <message>
        <source>&amp;Open thread</source>
        <translation>&amp;थ्रेड खोलें</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;हल करें</translation>
    </message>
    <message>
        <source>&amp;Hand back</source>
        <translation>&amp;वापस सौंपें</translation>
    </message>
    <message>
        <source>Escalated tickets</source>
        <translation>एस्केलेट किए गए टिकट</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>क्या गलत हुआ</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>सुधारात्मक कार्रवाई</translation>
    </message>
    <message>
        <source>What was done so that it does not happen again</source>
        <translation>क्या किया गया ताकि यह दोबारा न हो</translation>
    </message>
    <message>
        <source>Returns the ticket to its assignee, open</source>
        <translation>टिकट को खुला करके उसके जिम्मेदार को लौटाता है</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>निष्कर्ष</translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation>&amp;कारण</translation>
    </message>
    <message>
        <source>Corrective &amp;action</source>
        <translation>सुधारात्मक &amp;कार्रवाई</translation>
    </message>
    <message>
        <source>Nothing is escalated.</source>
        <translation>कुछ भी एस्केलेट नहीं है।</translation>
    </message>
    <message>
        <source>Choose a ticket.</source>
        <translation>एक टिकट चुनें।</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · escalation level %4 · %5</source>
        <translation>%1 · %2 · %3 · एस्केलेशन स्तर %4 · %5</translation>
    </message>
    <message>
        <source>nobody has it</source>
        <translation>किसी के पास नहीं</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>%1 के पास</translation>
    </message>
    <message>
        <source>%1 is yours.</source>
        <translation>%1 अब आपका है।</translation>
    </message>
    <message>
        <source>Write the corrective action first.</source>
        <translation>पहले सुधारात्मक कार्रवाई लिखें।</translation>
    </message>
    <message>
        <source>%1 is resolved.</source>
        <translation>%1 हल हो गया।</translation>
    </message>
    <message>
        <source>%1 is back with its assignee.</source>
        <translation>%1 अपने जिम्मेदार के पास वापस है।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuarterlyReportWriter</name>
    <message>
        <source>Page %1</source>
        <translation>पृष्ठ %1</translation>
    </message>
    <message>
        <source>Quarterly trends report</source>
        <translation>तिमाही रुझान रिपोर्ट</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 से %3 तक)</translation>
    </message>
    <message>
        <source>Shopdesk quarterly trends report, %1</source>
        <translation>Shopdesk तिमाही रुझान रिपोर्ट, %1</translation>
    </message>
    <message>
        <source>%1: quarterly trends report</source>
        <translation>%1: तिमाही रुझान रिपोर्ट</translation>
    </message>
    <message>
        <source> Channel: %1.</source>
        <translation> चैनल: %1।</translation>
    </message>
    <message>
        <source>Generated on %1 UTC. Sales are orders with status %2, dated by when they were placed; amounts in %3.%4</source>
        <translation>%1 UTC को बनाई गई। बिक्री में %2 स्थिति वाले ऑर्डर शामिल हैं, जिनकी तिथि ऑर्डर देने के समय के अनुसार है; राशियाँ %3 में।%4</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>राजस्व</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>बिकी इकाइयाँ</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Revenue vs %1</source>
        <translation>राजस्व बनाम %1</translation>
    </message>
    <message>
        <source>Repeat-customer rate</source>
        <translation>दोबारा ख़रीद दर</translation>
    </message>
    <message>
        <source>Products out of stock</source>
        <translation>स्टॉक ख़त्म हुए उत्पाद</translation>
    </message>
    <message>
        <source>Time out of stock</source>
        <translation>स्टॉक ख़त्म रहने का समय</translation>
    </message>
    <message>
        <source>Refused orders</source>
        <translation>अस्वीकृत ऑर्डर</translation>
    </message>
    <message>
        <source>Lost to stock-outs</source>
        <translation>स्टॉक ख़त्म होने से हानि</translation>
    </message>
    <message>
        <source>Revenue by category, month by month</source>
        <translation>श्रेणी के अनुसार राजस्व, महीने-दर-महीने</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>श्रेणी के अनुसार बिक्री</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>चैनल के अनुसार बिक्री</translation>
    </message>
    <message>
        <source>Growth by category</source>
        <translation>श्रेणी के अनुसार वृद्धि</translation>
    </message>
    <message>
        <source>Top 10 products</source>
        <translation>शीर्ष 10 उत्पाद</translation>
    </message>
    <message>
        <source>Top movers against %1</source>
        <translation>%1 की तुलना में सबसे बड़े बदलाव</translation>
    </message>
    <message>
        <source>Stock-outs and demand lost to them</source>
        <translation>स्टॉक ख़त्म होने की घटनाएँ और उनसे खोई माँग</translation>
    </message>
    <message>
        <source>No product was out of stock and no order was refused.</source>
        <translation>किसी उत्पाद का स्टॉक ख़त्म नहीं हुआ और कोई ऑर्डर अस्वीकृत नहीं हुआ।</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Service by agent</source>
        <translation>एजेंट के अनुसार सेवा</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>लौटाई गई इकाइयाँ</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>धनवापसी की गई</translation>
    </message>
    <message>
        <source>Net revenue after refunds</source>
        <translation>धनवापसी के बाद शुद्ध राजस्व</translation>
    </message>
    <message>
        <source>Care desk tickets by agent</source>
        <translation>एजेंट के अनुसार सहायता टिकट</translation>
    </message>
    <message>
        <source>Returns and refunds by month</source>
        <translation>महीने के अनुसार वापसी और धनवापसी</translation>
    </message>
    <message>
        <source>Returns and refunds by reason</source>
        <translation>कारण के अनुसार वापसी और धनवापसी</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuickSearchDialog</name>
    <message>
        <source>Find product</source>
        <translation>उत्पाद खोजें</translation>
    </message>
    <message>
        <source>SKU, name or barcode</source>
        <translation>SKU, नाम या बारकोड</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuickSearchModel</name>
    <message>
        <source>%1 available</source>
        <translation>%1 उपलब्ध</translation>
    </message>
    <message>
        <source>%1 on hand, %2 reserved</source>
        <translation>%1 मौजूद, %2 आरक्षित</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RecordPaymentDialog</name>
    <message>
        <source>Record a payment for order %1</source>
        <translation>ऑर्डर %1 का भुगतान दर्ज करें</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>स्टोर क्रेडिट</translation>
    </message>
    <message>
        <source>The provider&apos;s or bank&apos;s reference</source>
        <translation>प्रदाता या बैंक का संदर्भ</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;तरीका</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;राशि (%1)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;संदर्भ</translation>
    </message>
    <message>
        <source>Type the amount, for example %1.</source>
        <translation>राशि लिखें, उदाहरण के लिए %1।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RefundApprovalView</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;स्वीकृत करें</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>अ&amp;स्वीकार करें</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>फिर से &amp;लोड करें</translation>
    </message>
    <message>
        <source>Refunds awaiting approval</source>
        <translation>स्वीकृति की प्रतीक्षा में रिफ़ंड</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>To</source>
        <translation>किसे</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>अनुरोधकर्ता</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Refund reference from the provider (optional)</source>
        <translation>प्रदाता से रिफ़ंड संदर्भ (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Refund of %1 for order %2 issued.</source>
        <translation>ऑर्डर %2 के लिए %1 का रिफ़ंड जारी किया गया।</translation>
    </message>
    <message>
        <source>Refund of %1 for order %2 rejected.</source>
        <translation>ऑर्डर %2 के लिए %1 का रिफ़ंड अस्वीकार किया गया।</translation>
    </message>
    <message>
        <source>Refund reference</source>
        <translation>धनवापसी संदर्भ</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RefundDialog</name>
    <message>
        <source>This refunds a &amp;double charge</source>
        <translation>यह &amp;दोहरी कटौती का रिफ़ंड है</translation>
    </message>
    <message>
        <source>Refund order %1</source>
        <translation>ऑर्डर %1 का रिफ़ंड</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>इकाई मूल्य</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>इकाइयाँ</translation>
    </message>
    <message>
        <source>Units of %1 to refund</source>
        <translation>रिफ़ंड के लिए %1 की इकाइयाँ</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;रिफ़ंड करें</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>&amp;शिपिंग</translation>
    </message>
    <message>
        <source>&amp;Goodwill</source>
        <translation>&amp;सद्भावना राशि</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;किसे</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;भुगतान</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>का&amp;रण</translation>
    </message>
    <message>
        <source>Refere&amp;nce</source>
        <translation>सं&amp;दर्भ</translation>
    </message>
    <message>
        <source>Type amounts like %1.</source>
        <translation>%1 जैसी राशियाँ लिखें।</translation>
    </message>
    <message>
        <source>Refund: %1. Above the shop&apos;s approval limit it waits for a manager&apos;s approval.</source>
        <translation>रिफ़ंड: %1। दुकान की स्वीकृति सीमा से अधिक होने पर यह प्रबंधक की स्वीकृति की प्रतीक्षा करता है।</translation>
    </message>
    <message>
        <source>Choose units to refund, or type a shipping or goodwill amount.</source>
        <translation>रिफ़ंड के लिए इकाइयाँ चुनें, या शिपिंग या सद्भावना राशि लिखें।</translation>
    </message>
    <message>
        <source>Refund: %1. Above %2 a manager approves — this refund will wait for approval.</source>
        <translation>रिफ़ंड: %1। %2 से ऊपर मैनेजर मंज़ूरी देता है — यह रिफ़ंड मंज़ूरी की प्रतीक्षा करेगा।</translation>
    </message>
    <message>
        <source>Refund: %1. Up to %2 it is issued at once.</source>
        <translation>रिफ़ंड: %1। %2 तक यह तुरंत जारी होता है।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReplyBox</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;भेजें</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>उत्तर</translation>
    </message>
    <message>
        <source>Write the answer… (Ctrl+Enter sends it)</source>
        <translation>उत्तर लिखें… (Ctrl+Enter से भेजें)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;टेम्पलेट</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>अभी कोई टेम्पलेट नहीं</translation>
    </message>
    <message>
        <source>Not filled in: %1 — replace them before sending.</source>
        <translation>नहीं भरा गया: %1 — भेजने से पहले इन्हें बदलें।</translation>
    </message>
    <message>
        <source>the customer&apos;s language</source>
        <translation>ग्राहक की भाषा</translation>
    </message>
    <message>
        <source>The template has no text in %1; the %2 text was used.</source>
        <translation>टेम्पलेट में %1 में कोई पाठ नहीं है; %2 पाठ का उपयोग किया गया।</translation>
    </message>
    <message>
        <source>Templates are filled in for the customer: link the conversation to a customer first.</source>
        <translation>टेम्पलेट ग्राहक के लिए भरे जाते हैं: पहले बातचीत को ग्राहक से जोड़ें।</translation>
    </message>
    <message>
        <source>Insert a template filled in for the customer</source>
        <translation>ग्राहक के लिए भरा हुआ टेम्पलेट डालें</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReplyTemplatesView</name>
    <message>
        <source>The customer&apos;s full name</source>
        <translation>ग्राहक का पूरा नाम</translation>
    </message>
    <message>
        <source>The first word of the customer&apos;s name</source>
        <translation>ग्राहक के नाम का पहला शब्द</translation>
    </message>
    <message>
        <source>The order&apos;s number</source>
        <translation>ऑर्डर का नंबर</translation>
    </message>
    <message>
        <source>The day the order was placed</source>
        <translation>ऑर्डर देने का दिन</translation>
    </message>
    <message>
        <source>The order&apos;s total in the customer&apos;s format</source>
        <translation>ग्राहक के प्रारूप में ऑर्डर की कुल राशि</translation>
    </message>
    <message>
        <source>Where the order stands, in the customer&apos;s words</source>
        <translation>ऑर्डर की स्थिति, ग्राहक की भाषा में</translation>
    </message>
    <message>
        <source>The courier the order went with</source>
        <translation>वह कूरियर जिससे ऑर्डर भेजा गया</translation>
    </message>
    <message>
        <source>The parcel&apos;s tracking number</source>
        <translation>पार्सल का ट्रैकिंग नंबर</translation>
    </message>
    <message>
        <source>The shop&apos;s name</source>
        <translation>दुकान का नाम</translation>
    </message>
    <message>
        <source>The name of the agent who answers</source>
        <translation>उत्तर देने वाले एजेंट का नाम</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>संग्रहित &amp;दिखाएँ</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;नया टेम्पलेट</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;सहेजें</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>सं&amp;ग्रहित करें</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>उत्तर टेम्पलेट</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>टेम्पलेट का नाम</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <translation>%1 में पाठ</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>प्लेसहोल्डर</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;नाम:</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>प्लेसहोल्डर (डालने के लिए डबल-क्लिक करें):</translation>
    </message>
    <message>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <source>German</source>
        <translation>जर्मन</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>स्पेनिश</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>हिन्दी</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>अरबी</translation>
    </message>
    <message>
        <source>The %1 text uses {%2}, which is not a placeholder. Use one from the list.</source>
        <translation>%1 पाठ {%2} का उपयोग करता है, जो कोई प्लेसहोल्डर नहीं है। सूची में से कोई एक चुनें।</translation>
    </message>
    <message>
        <source>The %1 text is empty.</source>
        <translation>%1 पाठ खाली है।</translation>
    </message>
    <message>
        <source>There is a template of that name already.</source>
        <translation>इस नाम का टेम्पलेट पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>टेम्पलेट को एक नाम दें।</translation>
    </message>
    <message>
        <source>Write the template&apos;s text in one language at least.</source>
        <translation>टेम्पलेट का पाठ कम से कम एक भाषा में लिखें।</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>टेम्पलेट सहेजा गया।</translation>
    </message>
    <message>
        <source>Template archived; it is no longer offered.</source>
        <translation>टेम्पलेट संग्रहित किया गया; अब यह पेश नहीं किया जाता।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReportTableModel</name>
    <message>
        <source>n/a</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 घंटे %2 मिनट</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 दिन %2 घंटे</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>श्रेणी</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>राजस्व (%1)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>इकाइयाँ</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>पिछली अवधि (%1)</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>पिछली की तुलना में</translation>
    </message>
    <message>
        <source>A year ago (%1)</source>
        <translation>एक साल पहले (%1)</translation>
    </message>
    <message>
        <source>vs a year ago</source>
        <translation>एक साल पहले की तुलना में</translation>
    </message>
    <message>
        <source>Units vs previous</source>
        <translation>इकाइयाँ, पिछली की तुलना में</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <translation>बदलाव (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Units change</source>
        <translation>इकाइयों में बदलाव</translation>
    </message>
    <message>
        <source>Stock-outs</source>
        <translation>स्टॉक ख़त्म</translation>
    </message>
    <message>
        <source>Time out of stock</source>
        <translation>स्टॉक ख़त्म रहने का समय</translation>
    </message>
    <message>
        <source>Share of period</source>
        <translation>अवधि का हिस्सा</translation>
    </message>
    <message>
        <source>Out now</source>
        <translation>अभी ख़त्म</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Refused orders</source>
        <translation>अस्वीकृत ऑर्डर</translation>
    </message>
    <message>
        <source>Units refused</source>
        <translation>अस्वीकृत इकाइयाँ</translation>
    </message>
    <message>
        <source>Lost revenue (%1)</source>
        <translation>खोया राजस्व (%1)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>दोबारा आए ग्राहक</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>नए ग्राहक</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>दोबारा ख़रीद दर</translation>
    </message>
    <message>
        <source>Orders from repeat customers</source>
        <translation>दोबारा आए ग्राहकों के ऑर्डर</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Orders handled</source>
        <translation>संभाले गए ऑर्डर</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Cancelled or expired</source>
        <translation>रद्द या अवधि समाप्त</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>भुगतान हुआ</translation>
    </message>
    <message>
        <source>Median time to payment</source>
        <translation>भुगतान तक माध्यिका समय</translation>
    </message>
    <message>
        <source>Average time to payment</source>
        <translation>भुगतान तक औसत समय</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>बढ़त</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>गिरावट</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>पहला उत्तर, माध्यिका</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>पहला उत्तर, 90वाँ प्रतिशतक</translation>
    </message>
    <message>
        <source>First response in target</source>
        <translation>पहला उत्तर लक्ष्य में</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>समाधान, माध्यिका</translation>
    </message>
    <message>
        <source>Resolution, 90th percentile</source>
        <translation>समाधान, 90वाँ प्रतिशतक</translation>
    </message>
    <message>
        <source>Resolution in target</source>
        <translation>समाधान लक्ष्य में</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>उल्लंघन</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>एस्केलेशन</translation>
    </message>
    <message>
        <source>QA causes</source>
        <translation>QA कारण</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnDialog</name>
    <message>
        <source>&amp;Approve now and send the customer the instructions</source>
        <translation>अभी स्वीकृत करें और ग्राहक को निर्देश भेजें (&amp;A)</translation>
    </message>
    <message>
        <source>Start a return</source>
        <translation>वापसी शुरू करें</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>ऑर्डर की गई</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>Lines to return</source>
        <translation>वापस करने वाली पंक्तियाँ</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>ग्राहक ने क्या कहा (वैकल्पिक)</translation>
    </message>
    <message>
        <source>&amp;Start return</source>
        <translation>वापसी शुरू करें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>टिप्पणी (&amp;N):</translation>
    </message>
    <message>
        <source>Return of order #%1 for ticket T-%2</source>
        <translation>टिकट T-%2 के लिए ऑर्डर #%1 की वापसी</translation>
    </message>
    <message>
        <source>Return of order #%1</source>
        <translation>ऑर्डर #%1 की वापसी</translation>
    </message>
    <message>
        <source>Units of %1 to return</source>
        <translation>%1 की वापस करने वाली इकाइयाँ</translation>
    </message>
    <message>
        <source>Untick &quot;Approve now&quot; to request the return; a manager or QA approves it.</source>
        <translation>वापसी का अनुरोध करने के लिए &quot;अभी स्वीकृत करें&quot; का निशान हटाएँ; कोई प्रबंधक या QA इसे स्वीकृत करेगा।</translation>
    </message>
    <message>
        <source>Choose how many units come back.</source>
        <translation>चुनें कि कितनी इकाइयाँ वापस आती हैं।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnReceivingWidget</name>
    <message>
        <source>&amp;Receive</source>
        <translation>प्राप्त करें (&amp;R)</translation>
    </message>
    <message>
        <source>Scan or type a return (R-17) or order number, then a product per unit, each with Enter</source>
        <translation>वापसी (R-17) या ऑर्डर नंबर स्कैन करें या लिखें, फिर हर इकाई के लिए एक उत्पाद, हर बार Enter के साथ</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>इकाइयाँ</translation>
    </message>
    <message>
        <source>Approved returns waiting</source>
        <translation>प्रतीक्षा में स्वीकृत वापसियाँ</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>अपेक्षित</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>स्टॉक में रखें</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>बट्टे खाते में</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>स्थान</translation>
    </message>
    <message>
        <source>Units received per line</source>
        <translation>प्रति पंक्ति प्राप्त इकाइयाँ</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>स्कैन (&amp;C):</translation>
    </message>
    <message>
        <source>All %1 units of %2 are counted already.</source>
        <translation>%2 की सभी %1 इकाइयाँ पहले ही गिनी जा चुकी हैं।</translation>
    </message>
    <message>
        <source>%1: %2 restocked.</source>
        <translation>%1: %2 स्टॉक में वापस।</translation>
    </message>
    <message>
        <source>%1 is not on %2 and no approved return has that number.</source>
        <translation>%1, %2 पर नहीं है और किसी स्वीकृत वापसी का यह नंबर नहीं है।</translation>
    </message>
    <message>
        <source>No approved return has the number %1.</source>
        <translation>किसी स्वीकृत वापसी का नंबर %1 नहीं है।</translation>
    </message>
    <message>
        <source>%1 — order #%2, %3</source>
        <translation>%1 — ऑर्डर #%2, %3</translation>
    </message>
    <message>
        <source>Scan each unit, or type the counts; then Receive.</source>
        <translation>हर इकाई स्कैन करें या गिनती लिखें; फिर प्राप्त करें।</translation>
    </message>
    <message>
        <source>%1 is received.</source>
        <translation>%1 प्राप्त हो गई।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsChart</name>
    <message>
        <source>Returns and refunds per month</source>
        <translation>प्रति माह वापसी और धनवापसी</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>धनवापसी</translation>
    </message>
    <message>
        <source>Net revenue after refunds (%1)</source>
        <translation>धनवापसी के बाद शुद्ध राजस्व (%1)</translation>
    </message>
    <message>
        <source>returns and refunds</source>
        <translation>वापसी और धनवापसी</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsColumns</name>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>महीना</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>लौटाई गई इकाइयाँ</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>फिर से स्टॉक में</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>बट्टे खाते में</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>धनवापसी</translation>
    </message>
    <message>
        <source>Refunded (%1)</source>
        <translation>धनवापसी (%1)</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>पंक्तियाँ (%1)</translation>
    </message>
    <message>
        <source>Shipping (%1)</source>
        <translation>शिपिंग (%1)</translation>
    </message>
    <message>
        <source>Goodwill (%1)</source>
        <translation>सद्भावना (%1)</translation>
    </message>
    <message>
        <source>Double charges (%1)</source>
        <translation>दोहरे शुल्क (%1)</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>बेची गई इकाइयाँ</translation>
    </message>
    <message>
        <source>Share returned</source>
        <translation>लौटाया गया हिस्सा</translation>
    </message>
    <message>
        <source>Gross revenue (%1)</source>
        <translation>सकल राजस्व (%1)</translation>
    </message>
    <message>
        <source>Net revenue (%1)</source>
        <translation>शुद्ध राजस्व (%1)</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsPanel</name>
    <message>
        <source>&amp;Group:</source>
        <translation>समूह (&amp;G):</translation>
    </message>
    <message>
        <source>by product</source>
        <translation>उत्पाद के अनुसार</translation>
    </message>
    <message>
        <source>by reason</source>
        <translation>कारण के अनुसार</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>महीने के अनुसार</translation>
    </message>
    <message>
        <source>Group the returns and refunds</source>
        <translation>वापसी और धनवापसी का समूह बनाएँ</translation>
    </message>
    <message>
        <source>Returns and refunds</source>
        <translation>वापसी और धनवापसी</translation>
    </message>
    <message>
        <source>%1 returns, %2 units (%3 restocked, %4 written off) · %5 refunds, %6 · %7 of units sold came back · net revenue %8 (gross %9)</source>
        <translation>%1 वापसी, %2 इकाइयाँ (%3 फिर से स्टॉक में, %4 बट्टे खाते में) · %5 धनवापसी, %6 · बेची गई इकाइयों में से %7 लौटीं · शुद्ध राजस्व %8 (सकल %9)</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsView</name>
    <message>
        <source>&amp;Approve</source>
        <translation>स्वीकृत करें (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>अस्वीकार करें… (&amp;R)</translation>
    </message>
    <message>
        <source>Show returns</source>
        <translation>वापसियाँ दिखाएँ</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>सभी वापसियाँ</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>अनुरोधित</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>वापसियाँ</translation>
    </message>
    <message>
        <source>Lines of the return</source>
        <translation>वापसी की पंक्तियाँ</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>मात्रा</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>स्टॉक में वापस</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>बट्टे खाते में डाली गई</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>गायब</translation>
    </message>
    <message>
        <source>Return %1 is approved; the customer has the instructions.</source>
        <translation>वापसी %1 स्वीकृत है; ग्राहक को निर्देश मिल गए हैं।</translation>
    </message>
    <message>
        <source>Return %1 is exchanged: order #%2 is reserved and paid.</source>
        <translation>वापसी %1 बदली गई: ऑर्डर #%2 आरक्षित और भुगतान किया गया है।</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pick a return in the list to see it here.</source>
        <translation>यहाँ देखने के लिए सूची में एक वापसी चुनें।</translation>
    </message>
    <message>
        <source>Order #%1 of %2</source>
        <translation>%2 का ऑर्डर #%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>कारण: %1</translation>
    </message>
    <message>
        <source>From ticket T-%1</source>
        <translation>टिकट T-%1 से</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>अस्वीकृत: %1</translation>
    </message>
    <message>
        <source>Return window ends %1</source>
        <translation>वापसी की अवधि %1 को समाप्त होती है</translation>
    </message>
    <message>
        <source>Exchanged: order #%1</source>
        <translation>बदला गया: ऑर्डर #%1</translation>
    </message>
    <message>
        <source>Reject return</source>
        <translation>वापसी अस्वीकार करें</translation>
    </message>
    <message>
        <source>Why is %1 rejected?</source>
        <translation>%1 को क्यों अस्वीकार किया गया?</translation>
    </message>
    <message>
        <source>Return %1 is rejected.</source>
        <translation>वापसी %1 अस्वीकृत है।</translation>
    </message>
    <message>
        <source>Refunds to approve</source>
        <translation>स्वीकृति के लिए धनवापसी</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>बदलें… (&amp;X)</translation>
    </message>
    <message>
        <source>A replacement order for the returned lines, or others at the same price, paid by the return</source>
        <translation>लौटाई गई पंक्तियों, या उसी कीमत की अन्य पंक्तियों, के लिए एक प्रतिस्थापन ऑर्डर, वापसी द्वारा भुगतान किया गया</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReviewQueueWidget</name>
    <message>
        <source>In review</source>
        <translation>समीक्षा में</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>निर्धारित</translation>
    </message>
    <message>
        <source>Content waiting for review or scheduled</source>
        <translation>समीक्षा की प्रतीक्षा में या निर्धारित सामग्री</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>किसने बदला</translation>
    </message>
    <message>
        <source>Changed / publishes at</source>
        <translation>बदला गया / प्रकाशन का समय</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>प्रकाशन का समय</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>संपादक में खोलें</translation>
    </message>
    <message>
        <source>Approve &amp;&amp; publish now</source>
        <translation>स्वीकृत करें &amp;&amp; अभी प्रकाशित करें</translation>
    </message>
    <message>
        <source>Schedule at</source>
        <translation>इस समय पर निर्धारित करें</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>वापस भेजें</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Pick a time in the future to schedule.</source>
        <translation>निर्धारित करने के लिए भविष्य का कोई समय चुनें।</translation>
    </message>
    <message>
        <source>Select a page first.</source>
        <translation>पहले कोई पेज चुनें।</translation>
    </message>
    <message>
        <source>%1 was sent back to its editor.</source>
        <translation>%1 उसके संपादक को वापस भेज दिया गया।</translation>
    </message>
    <message>
        <source>%1 will be published at %2.</source>
        <translation>%1 %2 पर प्रकाशित होगा।</translation>
    </message>
    <message>
        <source>%1 is published as revision %2.</source>
        <translation>%1 संशोधन %2 के रूप में प्रकाशित हो गया है।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RevisionHistoryWidget</name>
    <message>
        <source>Roll back to this revision</source>
        <translation>इस संशोधन पर वापस लौटें</translation>
    </message>
    <message>
        <source>Published revisions</source>
        <translation>प्रकाशित संशोधन</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>संशोधन</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>प्रकाशित</translation>
    </message>
    <message>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Differences between the revisions</source>
        <translation>संशोधनों के बीच अंतर</translation>
    </message>
    <message>
        <source>Compare from revision</source>
        <translation>तुलना के लिए पहला संशोधन</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>इससे तुलना करें</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>तुलना करें</translation>
    </message>
    <message>
        <source>Compare revision</source>
        <translation>तुलना करें: संशोधन</translation>
    </message>
    <message>
        <source>with</source>
        <translation>और</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>current draft</source>
        <translation>वर्तमान ड्राफ़्ट</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing published yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;अभी तक कुछ भी प्रकाशित नहीं हुआ।&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>संशोधन %1</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>वर्तमान ड्राफ़्ट</translation>
    </message>
    <message>
        <source>&lt;p&gt;No field differs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;कोई भी फ़ील्ड अलग नहीं है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#666&quot;&gt;Unchanged: %1&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#666&quot;&gt;अपरिवर्तित: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a revision first.</source>
        <translation>पहले कोई संशोधन चुनें।</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>वापस नहीं लौटाया गया: %1</translation>
    </message>
    <message>
        <source>Revision %1 is live again as revision %2.</source>
        <translation>संशोधन %1 अब संशोधन %2 के रूप में फिर से लाइव है।</translation>
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
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>H3</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>उपशीर्षक</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>अनुच्छेद</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• सूची</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>बुलेट सूची</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. सूची</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>क्रमांकित सूची</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>बोल्ड</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>इटैलिक</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>लिंक…</translation>
    </message>
    <message>
        <source>Link the selected text</source>
        <translation>चुने गए टेक्स्ट को लिंक करें</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>लिंक</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>पता (https://…):</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SettingsView</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;सहेजें</translation>
    </message>
    <message>
        <source>Mail relay &amp;&amp; sender</source>
        <translation>मेल रिले &amp;&amp; प्रेषक</translation>
    </message>
    <message>
        <source>Relay (SMTP URL):</source>
        <translation>रिले (SMTP URL):</translation>
    </message>
    <message>
        <source>Relay password:</source>
        <translation>रिले पासवर्ड:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>प्रेषक:</translation>
    </message>
    <message>
        <source>Shop identity</source>
        <translation>दुकान की पहचान</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>नाम:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>डाक पता:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>फ़ोन:</translation>
    </message>
    <message>
        <source>Replies go to:</source>
        <translation>जवाब यहाँ जाते हैं:</translation>
    </message>
    <message>
        <source>Bank details:</source>
        <translation>बैंक विवरण:</translation>
    </message>
    <message>
        <source>Orders &amp;&amp; payments</source>
        <translation>ऑर्डर &amp;&amp; भुगतान</translation>
    </message>
    <message>
        <source>Reservation (minutes):</source>
        <translation>आरक्षण (मिनट):</translation>
    </message>
    <message>
        <source>Payment reminder (minutes before):</source>
        <translation>भुगतान अनुस्मारक (मिनट पहले):</translation>
    </message>
    <message>
        <source>Return window (days):</source>
        <translation>वापसी अवधि (दिन):</translation>
    </message>
    <message>
        <source>Refund approval limit (cents):</source>
        <translation>धनवापसी स्वीकृति सीमा (सेंट):</translation>
    </message>
    <message>
        <source>Payment pages (method=URL):</source>
        <translation>भुगतान पृष्ठ (तरीका=URL):</translation>
    </message>
    <message>
        <source>Carriers&apos; tracking (carrier=URL):</source>
        <translation>कूरियर ट्रैकिंग (कूरियर=URL):</translation>
    </message>
    <message>
        <source>Shop mailbox (IMAP)</source>
        <translation>दुकान का मेलबॉक्स (IMAP)</translation>
    </message>
    <message>
        <source>Mailbox (IMAP URL):</source>
        <translation>मेलबॉक्स (IMAP URL):</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>उपयोगकर्ता:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message>
        <source>Read every (seconds):</source>
        <translation>हर इतने सेकंड में पढ़ें:</translation>
    </message>
    <message>
        <source>Business calendar &amp;&amp; service levels</source>
        <translation>कारोबारी कैलेंडर &amp;&amp; सेवा स्तर</translation>
    </message>
    <message>
        <source>The business calendar and the service levels are kept with customer care.</source>
        <translation>कारोबारी कैलेंडर और सेवा स्तर ग्राहक सेवा में रखे जाते हैं।</translation>
    </message>
    <message>
        <source>Open &amp;Tickets</source>
        <translation>&amp;टिकट खोलें</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1</source>
        <translation>सेटिंग्स पढ़ी नहीं जा सकतीं: %1</translation>
    </message>
    <message>
        <source>Set by the operator on the server&apos;s command line; change it there.</source>
        <translation>ऑपरेटर ने सर्वर की कमांड लाइन पर सेट किया है; इसे वहीं बदलें।</translation>
    </message>
    <message>
        <source>A change applies at the server&apos;s next start.</source>
        <translation>बदलाव सर्वर के अगले प्रारंभ पर लागू होता है।</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(सेट है)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(सेट नहीं)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>सेटिंग्स सहेज ली गईं।</translation>
    </message>
    <message>
        <source>Not saved: the mail relay cannot be used. %1</source>
        <translation>सहेजा नहीं गया: मेल रिले का उपयोग नहीं हो सकता। %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ShellModule</name>
    <message>
        <source>Products</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>रुझान</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>गोदाम</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>सामग्री</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>वापसियाँ</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>इनबॉक्स</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>एडमिन</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>तब तक स्थगित करें</translation>
    </message>
    <message>
        <source>Open again at</source>
        <translation>फिर से खुलेगा</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SyncStatusWidget</name>
    <message>
        <source>Show the changes waiting for the server</source>
        <translation>सर्वर की प्रतीक्षा में बदलाव दिखाएँ</translation>
    </message>
    <message>
        <source>Offline — retrying in %1 s</source>
        <translation>ऑफ़लाइन — %1 सेकंड में फिर से कोशिश</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>कुछ भी प्रतीक्षा में नहीं</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>कभी सिंक नहीं हुआ</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>पिछला सिंक %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln बदलाव प्रतीक्षा में</numerusform>
            <numerusform>%Ln बदलाव प्रतीक्षा में</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TicketQueueView</name>
    <message>
        <source>New tic&amp;ket…</source>
        <translation>नया टि&amp;कट…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;पूरा…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खुला</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>मेरे</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>बिना जिम्मेदार</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>टिकट कतार</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>टिकट</translation>
    </message>
    <message>
        <source>Open a ticket for a customer (Ctrl+N)</source>
        <translation>किसी ग्राहक के लिए टिकट खोलें (Ctrl+N)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>देय फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>देय</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>About</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Record the outcome of the selected follow-up</source>
        <translation>चुने गए फ़ॉलो-अप का नतीजा दर्ज करें</translation>
    </message>
    <message>
        <source>Follow-ups due for you</source>
        <translation>आपके देय फ़ॉलो-अप</translation>
    </message>
    <message>
        <source>Ticket %1 is open; the customer was sent an acknowledgement.</source>
        <translation>टिकट %1 खुल गया है; ग्राहक को पावती भेजी गई।</translation>
    </message>
    <message>
        <source>Ticket T-%1</source>
        <translation>टिकट T-%1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>ऑर्डर #%1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>ग्राहक %1</translation>
    </message>
    <message>
        <source>The follow-up is done.</source>
        <translation>फ़ॉलो-अप पूरा हो गया।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TicketThreadView</name>
    <message>
        <source>From the customer</source>
        <translation>ग्राहक से</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>ग्राहक को जवाब</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>आंतरिक नोट</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>शुरू नहीं</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>देर से पूरा</translation>
    </message>
    <message>
        <source>met</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>breached (was due %1)</source>
        <translation>उल्लंघन (देय था %1)</translation>
    </message>
    <message>
        <source>due %1 (in %2)</source>
        <translation>देय %1 (%2 में)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>&amp;जवाब भेजें</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;नोट जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;लें</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>&amp;स्थिति बदलें</translation>
    </message>
    <message>
        <source>&amp;Escalate to QA</source>
        <translation>QA को &amp;एस्केलेट करें</translation>
    </message>
    <message>
        <source>Schedule &amp;follow-up…</source>
        <translation>&amp;फ़ॉलो-अप तय करें…</translation>
    </message>
    <message>
        <source>The ticket is yours.</source>
        <translation>टिकट अब आपका है।</translation>
    </message>
    <message>
        <source>Choose a ticket in the queue.</source>
        <translation>कतार में एक टिकट चुनें।</translation>
    </message>
    <message>
        <source>Messages of the ticket</source>
        <translation>टिकट के संदेश</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>जवाब या नोट</translation>
    </message>
    <message>
        <source>A reply is e-mailed to the customer; a note only staff read.</source>
        <translation>जवाब ग्राहक को ई-मेल होता है; नोट केवल कर्मचारी पढ़ते हैं।</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>नई स्थिति</translation>
    </message>
    <message>
        <source>Moves the ticket to the QA queue; the text in the box goes with it as the reason, as an internal note.</source>
        <translation>टिकट को QA कतार में भेजता है; बॉक्स का पाठ कारण के रूप में आंतरिक नोट बनकर साथ जाता है।</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>ग्राहक: %1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>ऑर्डर #%1</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>पंक्तियाँ: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>प्राथमिकता: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
    <message>
        <source>Nobody has it</source>
        <translation>किसी के पास नहीं</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>%1 को सौंपा गया</translation>
    </message>
    <message>
        <source>In the QA queue</source>
        <translation>QA कतार में</translation>
    </message>
    <message>
        <source>QA found: %1 — %2</source>
        <translation>QA का निष्कर्ष: %1 — %2</translation>
    </message>
    <message>
        <source>First response: %1 · Next update: %2 · Resolution: %3</source>
        <translation>पहला जवाब: %1 · अगला अपडेट: %2 · समाधान: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>पहले पाठ लिखें।</translation>
    </message>
    <message>
        <source>The reply is on its way to the customer.</source>
        <translation>जवाब ग्राहक के पास भेजा जा रहा है।</translation>
    </message>
    <message>
        <source>The note is added.</source>
        <translation>नोट जोड़ दिया गया।</translation>
    </message>
    <message>
        <source>The ticket is now &quot;%1&quot;.</source>
        <translation>टिकट अब &quot;%1&quot; है।</translation>
    </message>
    <message>
        <source>The ticket is in the QA queue.</source>
        <translation>टिकट QA कतार में है।</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1.</source>
        <translation>%1 के लिए फ़ॉलो-अप तय किया गया।</translation>
    </message>
    <message>
        <source>St&amp;art return…</source>
        <translation>वापसी शुरू करें… (&amp;A)</translation>
    </message>
    <message>
        <source>Return %1 is started for this ticket.</source>
        <translation>इस टिकट के लिए वापसी %1 शुरू हो गई है।</translation>
    </message>
    <message>
        <source>Returns of this ticket</source>
        <translation>इस टिकट की वापसियाँ</translation>
    </message>
    <message>
        <source>Double-click a return to open it in Returns.</source>
        <translation>किसी वापसी को वापसियाँ में खोलने के लिए उस पर डबल-क्लिक करें।</translation>
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
        <translation>&amp;कतार</translation>
    </message>
    <message>
        <source>QA q&amp;ueue</source>
        <translation>QA क&amp;तार</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TrendCharts</name>
    <message>
        <source>Revenue (%1)</source>
        <translation>राजस्व (%1)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>राजस्व</translation>
    </message>
    <message>
        <source>Revenue against the previous period and a year ago (%1)</source>
        <translation>पिछली अवधि और एक साल पहले की तुलना में राजस्व (%1)</translation>
    </message>
    <message>
        <source>A year ago (%1)</source>
        <translation>एक साल पहले (%1)</translation>
    </message>
    <message>
        <source>Previous (%1)</source>
        <translation>पिछली (%1)</translation>
    </message>
    <message>
        <source>Current (%1)</source>
        <translation>वर्तमान (%1)</translation>
    </message>
    <message>
        <source>Top movers: change in revenue (%1)</source>
        <translation>सबसे बड़े बदलाव: राजस्व में बदलाव (%1)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>बढ़त</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>गिरावट</translation>
    </message>
    <message>
        <source>Hours out of stock</source>
        <translation>स्टॉक ख़त्म रहने के घंटे</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>घंटे</translation>
    </message>
    <message>
        <source>Customers and repeat customers</source>
        <translation>ग्राहक और दोबारा आए ग्राहक</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>दोबारा आए ग्राहक</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Orders per agent</source>
        <translation>प्रति एजेंट ऑर्डर</translation>
    </message>
    <message>
        <source>Orders handled</source>
        <translation>संभाले गए ऑर्डर</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <source>QA causes per month</source>
        <translation>प्रति माह QA कारण</translation>
    </message>
    <message>
        <source>QA causes per month: no findings</source>
        <translation>प्रति माह QA कारण: कोई निष्कर्ष नहीं</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>निष्कर्ष</translation>
    </message>
    <message>
        <source>%1: nothing in this period</source>
        <translation>%1: इस अवधि में कुछ नहीं</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TrendsWidget</name>
    <message>
        <source>Saved the quarterly report as %1.</source>
        <translation>तिमाही रिपोर्ट %1 के रूप में सहेजी गई।</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>तिमाही के अनुसार</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>महीने के अनुसार</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>सप्ताह के अनुसार</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>उत्पाद</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>श्रेणियाँ</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>सभी चैनल</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ई-मेल</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>वेब</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV निर्यात करें…</translation>
    </message>
    <message>
        <source>Save the table of this tab as a CSV file</source>
        <translation>इस टैब की तालिका को CSV फ़ाइल के रूप में सहेजें</translation>
    </message>
    <message>
        <source>Quarterly report PDF…</source>
        <translation>तिमाही रिपोर्ट PDF…</translation>
    </message>
    <message>
        <source>Save a printable report of the chosen range with its charts</source>
        <translation>चुनी गई सीमा की चार्ट सहित प्रिंट करने योग्य रिपोर्ट सहेजें</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <source>Print the quarterly report of the chosen range</source>
        <translation>चुनी गई सीमा की तिमाही रिपोर्ट प्रिंट करें</translation>
    </message>
    <message>
        <source>Range start</source>
        <translation>सीमा की शुरुआत</translation>
    </message>
    <message>
        <source>Range end</source>
        <translation>सीमा का अंत</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>सीमा(&amp;R):</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>दिखाएँ(&amp;H):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>से</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>सभी श्रेणियाँ</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>वृद्धि</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>सबसे बड़े बदलाव</translation>
    </message>
    <message>
        <source>Stock-outs</source>
        <translation>स्टॉक ख़त्म</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>सेवा</translation>
    </message>
    <message>
        <source>Preparing the quarterly report…</source>
        <translation>तिमाही रिपोर्ट तैयार की जा रही है…</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>कस्टम सीमा</translation>
    </message>
    <message>
        <source>Products of the category &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; श्रेणी के उत्पाद</translation>
    </message>
    <message>
        <source>Double-click a category or channel to see its products.</source>
        <translation>किसी श्रेणी या चैनल के उत्पाद देखने के लिए उस पर डबल-क्लिक करें।</translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation>सीमा अपने अंत के बाद शुरू होती है।</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>अपडेट हो रहा है…</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>%1 तक के आँकड़े</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>तालिका को CSV के रूप में निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Save the quarterly report</source>
        <translation>तिमाही रिपोर्ट सहेजें</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <source>Revenue &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>राजस्व &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; vs %2</source>
        <translation>%2 की तुलना में &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; orders, &lt;b&gt;%2&lt;/b&gt; units</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ऑर्डर, &lt;b&gt;%2&lt;/b&gt; इकाइयाँ</translation>
    </message>
    <message>
        <source>repeat customers &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>दोबारा आए ग्राहक &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; products out of stock, &lt;b&gt;%2&lt;/b&gt; orders refused (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; उत्पादों का स्टॉक ख़त्म, &lt;b&gt;%2&lt;/b&gt; ऑर्डर अस्वीकृत (%3)</translation>
    </message>
    <message>
        <source>Quarterly trends report</source>
        <translation>तिमाही रुझान रिपोर्ट</translation>
    </message>
    <message>
        <source>Sent the quarterly report to %1.</source>
        <translation>तिमाही रिपोर्ट %1 पर प्रिंट के लिए भेजी गई।</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>वापसी</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::UsersView</name>
    <message>
        <source>Disabled</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>पासवर्ड बदलना होगा</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>गोदाम</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>मैनेजर</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>एडमिन</translation>
    </message>
    <message>
        <source>Shop website</source>
        <translation>दुकान की वेबसाइट</translation>
    </message>
    <message>
        <source>Content editor</source>
        <translation>सामग्री संपादक</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>गुणवत्ता आश्वासन</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Last log-in</source>
        <translation>अंतिम लॉग-इन</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>नया उपयोगकर्ता (&amp;N)…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>भूमिका बदलें (&amp;R)</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>पासवर्ड रीसेट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>निष्क्रिय करें (&amp;D)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>नई भूमिका</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>सक्रिय करें (&amp;E)</translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation>%1 अब लॉग-इन कर सकते हैं।</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>%1 का पासवर्ड रीसेट करें</translation>
    </message>
    <message>
        <source>%1 must change this password at the next log-in; their open sessions end now.</source>
        <translation>%1 को अगले लॉग-इन पर यह पासवर्ड बदलना होगा; उनके खुले सत्र अभी समाप्त होते हैं।</translation>
    </message>
    <message>
        <source>%1 must change the new password at the next log-in.</source>
        <translation>%1 को अगले लॉग-इन पर नया पासवर्ड बदलना होगा।</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 अब है: %2।</translation>
    </message>
    <message>
        <source>%1 is disabled and signed out everywhere.</source>
        <translation>%1 निष्क्रिय है और हर जगह से साइन आउट हो गए हैं।</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 फिर से लॉग-इन कर सकते हैं।</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::WarehouseView</name>
    <message>
        <source>&amp;New location…</source>
        <translation>नया स्थान(&amp;N)…</translation>
    </message>
    <message>
        <source>Batch entry</source>
        <translation>बैच प्रविष्टि</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>कम स्टॉक</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>पिक लिस्ट</translation>
    </message>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>नया स्थान</translation>
    </message>
    <message>
        <source>Name of the warehouse, room or bin:</source>
        <translation>गोदाम, कमरे या बिन का नाम:</translation>
    </message>
    <message>
        <source>Location %1 created.</source>
        <translation>स्थान %1 बनाया गया।</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>वापसियाँ</translation>
    </message>
</context>
</TS>
