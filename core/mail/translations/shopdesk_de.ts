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
    <name>shopdesk::mail::ShippedMail</name>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
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
        <source>Your order %1 at %2 is on its way</source>
        <translation>Ihre Bestellung %1 bei %2 ist unterwegs</translation>
    </message>
    <message>
        <source>Good news: we have handed your order %1 to %2. In the parcel:</source>
        <translation>Gute Nachrichten: Wir haben Ihre Bestellung %1 an %2 übergeben. Im Paket:</translation>
    </message>
    <message>
        <source>Tracking number: %1</source>
        <translation>Sendungsnummer: %1</translation>
    </message>
    <message>
        <source>Follow your parcel here:</source>
        <translation>Hier können Sie Ihr Paket verfolgen:</translation>
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
        <source>Carrier: %1</source>
        <translation>Versanddienst: %1</translation>
    </message>
    <message>
        <source>Track your parcel</source>
        <translation>Sendung verfolgen</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::PaymentReminderMail</name>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Reminder: your order %1 at %2 is waiting for payment</source>
        <translation>Erinnerung: Ihre Bestellung %1 bei %2 wartet auf Ihre Zahlung</translation>
    </message>
    <message>
        <source>We are holding the items of your order %1 for you, but your payment of %2 has not reached us yet. Please pay securely online with this link:</source>
        <translation>Wir halten die Artikel Ihrer Bestellung %1 für Sie bereit, aber Ihre Zahlung über %2 ist noch nicht bei uns eingegangen. Bitte bezahlen Sie sicher online über diesen Link:</translation>
    </message>
    <message>
        <source>Without payment the reservation ends on %1, %2 UTC, and the items are released.</source>
        <translation>Ohne Zahlung endet die Reservierung am %1, %2 UTC, und die Artikel werden wieder freigegeben.</translation>
    </message>
    <message>
        <source>Already paid? Then please ignore this e-mail.</source>
        <translation>Schon bezahlt? Dann betrachten Sie diese E-Mail bitte als gegenstandslos.</translation>
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
    <name>shopdesk::mail::PaymentReceivedMail</name>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Payment received for your order %1 at %2</source>
        <translation>Zahlung für Ihre Bestellung %1 bei %2 erhalten</translation>
    </message>
    <message>
        <source>Thank you: we received your payment of %1 for order %2.</source>
        <translation>Vielen Dank: Wir haben Ihre Zahlung über %1 für die Bestellung %2 erhalten.</translation>
    </message>
    <message>
        <source>%1 is still open on this order.</source>
        <translation>Für diese Bestellung sind noch %1 offen.</translation>
    </message>
    <message>
        <source>Your order is paid in full and is being prepared for shipment.</source>
        <translation>Ihre Bestellung ist vollständig bezahlt und wird für den Versand vorbereitet.</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>Fragen? Antworten Sie einfach auf diese E-Mail und nennen Sie Ihre Bestellnummer %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::RefundIssuedMail</name>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Refund for your order %1 at %2</source>
        <translation>Erstattung für Ihre Bestellung %1 bei %2</translation>
    </message>
    <message>
        <source>We have issued a refund of %1 for your order %2.</source>
        <translation>Wir haben Ihnen für Ihre Bestellung %2 %1 erstattet.</translation>
    </message>
    <message>
        <source>The amount is added to your store credit; it is taken into account with your next order.</source>
        <translation>Der Betrag wird Ihrem Guthaben gutgeschrieben und bei Ihrer nächsten Bestellung verrechnet.</translation>
    </message>
    <message>
        <source>The amount goes back by the payment method you paid with; depending on your bank or provider it may take a few days to appear.</source>
        <translation>Der Betrag geht über die Zahlungsart zurück, mit der Sie bezahlt haben; je nach Bank oder Anbieter kann es einige Tage dauern, bis er erscheint.</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>Fragen? Antworten Sie einfach auf diese E-Mail und nennen Sie Ihre Bestellnummer %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Mit freundlichen Grüßen</translation>
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
