<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>shopdesk::mail::OrderConfirmationMail</name>
    <message>
        <source>Card (Visa, Mastercard)</source>
        <translation>Karte (Visa, Mastercard)</translation>
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
        <translation>Banküberweisung</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Nachnahme</translation>
    </message>
    <message>
        <source>Please pay securely online with this link:</source>
        <translation>Bitte bezahlen Sie sicher online über diesen Link:</translation>
    </message>
    <message>
        <source>We will send you a link to pay online shortly.</source>
        <translation>Wir senden Ihnen in Kürze einen Link zur Online-Zahlung.</translation>
    </message>
    <message>
        <source>Please transfer the total, quoting your order number %1.</source>
        <translation>Bitte überweisen Sie die Summe unter Angabe Ihrer Bestellnummer %1.</translation>
    </message>
    <message>
        <source>Please pay the total in cash when your parcel is delivered.</source>
        <translation>Bitte bezahlen Sie die Summe bar bei Lieferung.</translation>
    </message>
    <message>
        <source>We hold the items for you until %1, %2 UTC.</source>
        <translation>Wir halten die Artikel für Sie bis %1, %2 UTC bereit.</translation>
    </message>
    <message>
        <source>Would you like to change something? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>Möchten Sie etwas ändern? Antworten Sie einfach auf diese E-Mail und nennen Sie Ihre Bestellnummer %1.</translation>
    </message>
    <message>
        <source>Would you like to change something? Simply reply to this e-mail or call us at %1, and quote your order number %2.</source>
        <translation>Möchten Sie etwas ändern? Antworten Sie einfach auf diese E-Mail oder rufen Sie uns unter %1 an und nennen Sie Ihre Bestellnummer %2.</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Your order %1 at %2</source>
        <translation>Ihre Bestellung %1 bei %2</translation>
    </message>
    <message>
        <source>Thank you for your order at %1. We have reserved these items for you:</source>
        <translation>Vielen Dank für Ihre Bestellung bei %1. Wir haben diese Artikel für Sie reserviert:</translation>
    </message>
    <message>
        <source>%1 × %2 (%3), %4 each: %5</source>
        <translation>%1 × %2 (%3) zu je %4: %5</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>Payment method: %1</source>
        <translation>Zahlungsart: %1</translation>
    </message>
    <message>
        <source>Delivery address:</source>
        <translation>Lieferadresse:</translation>
    </message>
    <message>
        <source>We do not have your delivery address yet: please reply with it.</source>
        <translation>Uns fehlt noch Ihre Lieferadresse: Bitte antworten Sie mit ihr.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>Jetzt bezahlen</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::PaymentLinkMail</name>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Payment link for your order %1 at %2</source>
        <translation>Zahlungslink für Ihre Bestellung %1 bei %2</translation>
    </message>
    <message>
        <source>Please pay %1 for your order %2 securely online with this link:</source>
        <translation>Bitte bezahlen Sie %1 für Ihre Bestellung %2 sicher online über diesen Link:</translation>
    </message>
    <message>
        <source>The link is valid until %1, %2 UTC.</source>
        <translation>Der Link gilt bis %1, %2 UTC.</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>Fragen? Antworten Sie einfach auf diese E-Mail und nennen Sie Ihre Bestellnummer %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>Jetzt bezahlen</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::TicketMail</name>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>We have received your request %1</source>
        <translation>Wir haben Ihre Anfrage %1 erhalten</translation>
    </message>
    <message>
        <source>Thank you for contacting %1. Your request has the number %2: %3</source>
        <translation>Danke, dass Sie sich an %1 gewandt haben. Ihre Anfrage hat die Nummer %2: %3</translation>
    </message>
    <message>
        <source>We will answer you by %1, %2 (%3) at the latest.</source>
        <translation>Wir antworten Ihnen spätestens bis %1, %2 (%3).</translation>
    </message>
    <message>
        <source>To add anything, simply reply to this e-mail and keep %1 in the subject.</source>
        <translation>Wenn Sie etwas ergänzen möchten, antworten Sie einfach auf diese E-Mail und lassen Sie %1 im Betreff stehen.</translation>
    </message>
    <message>
        <source>Re: %1 [%2]</source>
        <translation>Re: %1 [%2]</translation>
    </message>
    <message>
        <source>This is about your request %1. To answer, simply reply to this e-mail.</source>
        <translation>Dies betrifft Ihre Anfrage %1. Um zu antworten, antworten Sie einfach auf diese E-Mail.</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::ReturnMail</name>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>We have approved your return %1 for order %2.</source>
        <translation>Wir haben Ihre Rücksendung %1 zu Bestellung %2 genehmigt.</translation>
    </message>
    <message>
        <source>Please send these items back:</source>
        <translation>Bitte senden Sie diese Artikel zurück:</translation>
    </message>
    <message>
        <source>Send the parcel to:</source>
        <translation>Senden Sie das Paket an:</translation>
    </message>
    <message>
        <source>Please write %1 on the parcel or put a printout of this e-mail inside, so that we know it is yours.</source>
        <translation>Bitte schreiben Sie %1 auf das Paket oder legen Sie einen Ausdruck dieser E-Mail bei, damit wir es Ihnen zuordnen können.</translation>
    </message>
    <message>
        <source>Your return %1: how to send it back</source>
        <translation>Ihre Rücksendung %1: so senden Sie sie zurück</translation>
    </message>
    <message>
        <source>Your return %1 has arrived. We received:</source>
        <translation>Ihre Rücksendung %1 ist angekommen. Wir haben erhalten:</translation>
    </message>
    <message>
        <source>These items were not in the parcel:</source>
        <translation>Diese Artikel waren nicht im Paket:</translation>
    </message>
    <message>
        <source>Thank you. If you have any question, simply reply to this e-mail.</source>
        <translation>Vielen Dank. Wenn Sie Fragen haben, antworten Sie einfach auf diese E-Mail.</translation>
    </message>
    <message>
        <source>We have received your return %1</source>
        <translation>Wir haben Ihre Rücksendung %1 erhalten</translation>
    </message>
</context>
</TS>
