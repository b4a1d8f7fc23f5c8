<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>shopdesk::mail::OrderConfirmationMail</name>
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
        <source>Please pay securely online with this link:</source>
        <translation>कृपया इस लिंक से सुरक्षित ऑनलाइन भुगतान करें:</translation>
    </message>
    <message>
        <source>We will send you a link to pay online shortly.</source>
        <translation>हम जल्द ही आपको ऑनलाइन भुगतान का लिंक भेजेंगे।</translation>
    </message>
    <message>
        <source>Please transfer the total, quoting your order number %1.</source>
        <translation>कृपया अपना ऑर्डर नंबर %1 लिखकर कुल राशि ट्रांसफ़र करें।</translation>
    </message>
    <message>
        <source>Please pay the total in cash when your parcel is delivered.</source>
        <translation>कृपया पार्सल मिलने पर कुल राशि नकद में चुकाएँ।</translation>
    </message>
    <message>
        <source>We hold the items for you until %1, %2 UTC.</source>
        <translation>हम ये सामान आपके लिए %1, %2 UTC तक रखेंगे।</translation>
    </message>
    <message>
        <source>Would you like to change something? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>कुछ बदलना चाहते हैं? बस इस ई-मेल का जवाब दें और अपना ऑर्डर नंबर %1 बताएँ।</translation>
    </message>
    <message>
        <source>Would you like to change something? Simply reply to this e-mail or call us at %1, and quote your order number %2.</source>
        <translation>कुछ बदलना चाहते हैं? बस इस ई-मेल का जवाब दें या हमें %1 पर कॉल करें, और अपना ऑर्डर नंबर %2 बताएँ।</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>नमस्ते,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>नमस्ते %1,</translation>
    </message>
    <message>
        <source>Your order %1 at %2</source>
        <translation>%2 पर आपका ऑर्डर %1</translation>
    </message>
    <message>
        <source>Thank you for your order at %1. We have reserved these items for you:</source>
        <translation>%1 पर ऑर्डर करने के लिए धन्यवाद। हमने ये सामान आपके लिए आरक्षित कर दिए हैं:</translation>
    </message>
    <message>
        <source>%1 × %2 (%3), %4 each: %5</source>
        <translation>%1 × %2 (%3), प्रति %4: %5</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>कुल: %1</translation>
    </message>
    <message>
        <source>Payment method: %1</source>
        <translation>भुगतान का तरीका: %1</translation>
    </message>
    <message>
        <source>Delivery address:</source>
        <translation>डिलीवरी का पता:</translation>
    </message>
    <message>
        <source>We do not have your delivery address yet: please reply with it.</source>
        <translation>हमारे पास अभी आपका डिलीवरी पता नहीं है: कृपया जवाब में भेजें।</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>सादर,</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>सामान</translation>
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
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>अभी भुगतान करें</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::PaymentLinkMail</name>
    <message>
        <source>Hello,</source>
        <translation>नमस्ते,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>नमस्ते %1,</translation>
    </message>
    <message>
        <source>Payment link for your order %1 at %2</source>
        <translation>%2 पर आपके ऑर्डर %1 का भुगतान लिंक</translation>
    </message>
    <message>
        <source>Please pay %1 for your order %2 securely online with this link:</source>
        <translation>कृपया अपने ऑर्डर %2 के लिए %1 इस लिंक से सुरक्षित ऑनलाइन चुकाएँ:</translation>
    </message>
    <message>
        <source>The link is valid until %1, %2 UTC.</source>
        <translation>यह लिंक %1, %2 UTC तक मान्य है।</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>कोई प्रश्न? बस इस ई-मेल का जवाब दें और अपना ऑर्डर नंबर %1 बताएँ।</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>सादर,</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>अभी भुगतान करें</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::TicketMail</name>
    <message>
        <source>Hello,</source>
        <translation>नमस्ते,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>नमस्ते %1,</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>सादर,</translation>
    </message>
    <message>
        <source>We have received your request %1</source>
        <translation>हमें आपका अनुरोध %1 मिल गया है</translation>
    </message>
    <message>
        <source>Thank you for contacting %1. Your request has the number %2: %3</source>
        <translation>%1 से संपर्क करने के लिए धन्यवाद। आपके अनुरोध की संख्या %2 है: %3</translation>
    </message>
    <message>
        <source>We will answer you by %1, %2 (%3) at the latest.</source>
        <translation>हम आपको अधिकतम %1, %2 (%3) तक उत्तर देंगे।</translation>
    </message>
    <message>
        <source>To add anything, simply reply to this e-mail and keep %1 in the subject.</source>
        <translation>कुछ जोड़ने के लिए, बस इस ई-मेल का उत्तर दें और विषय में %1 रहने दें।</translation>
    </message>
    <message>
        <source>Re: %1 [%2]</source>
        <translation>Re: %1 [%2]</translation>
    </message>
    <message>
        <source>This is about your request %1. To answer, simply reply to this e-mail.</source>
        <translation>यह आपके अनुरोध %1 के बारे में है। उत्तर देने के लिए, बस इस ई-मेल का उत्तर दें।</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::ReturnMail</name>
    <message>
        <source>Hello,</source>
        <translation>नमस्ते,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>नमस्ते %1,</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>सादर,</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>We have approved your return %1 for order %2.</source>
        <translation>हमने ऑर्डर %2 के लिए आपकी वापसी %1 स्वीकृत कर दी है।</translation>
    </message>
    <message>
        <source>Please send these items back:</source>
        <translation>कृपया ये वस्तुएँ वापस भेजें:</translation>
    </message>
    <message>
        <source>Send the parcel to:</source>
        <translation>पार्सल इस पते पर भेजें:</translation>
    </message>
    <message>
        <source>Please write %1 on the parcel or put a printout of this e-mail inside, so that we know it is yours.</source>
        <translation>कृपया पार्सल पर %1 लिखें या इस ई-मेल का प्रिंट अंदर रखें, ताकि हम जान सकें कि यह आपका है।</translation>
    </message>
    <message>
        <source>Your return %1: how to send it back</source>
        <translation>आपकी वापसी %1: इसे वापस कैसे भेजें</translation>
    </message>
    <message>
        <source>Your return %1 has arrived. We received:</source>
        <translation>आपकी वापसी %1 पहुँच गई है। हमें मिला:</translation>
    </message>
    <message>
        <source>These items were not in the parcel:</source>
        <translation>ये वस्तुएँ पार्सल में नहीं थीं:</translation>
    </message>
    <message>
        <source>Thank you. If you have any question, simply reply to this e-mail.</source>
        <translation>धन्यवाद। कोई प्रश्न हो तो बस इस ई-मेल का उत्तर दें।</translation>
    </message>
    <message>
        <source>We have received your return %1</source>
        <translation>हमें आपकी वापसी %1 मिल गई है</translation>
    </message>
</context>
</TS>
