<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Eine SKU besteht aus 1 bis 64 Buchstaben, Ziffern, Punkten, Unterstrichen oder Bindestrichen: „%1“ ist keine.</translation>
    </message>
    <message>
        <source>The Idempotency-Key header must be a UUID such as 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>Der Header Idempotency-Key muss eine UUID sein, etwa 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation>Beträge in %1 und %2 können nicht kombiniert werden.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu hoch.</translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO 4217 code such as EUR: &quot;%1&quot; is not.</source>
        <translation>Eine Währung ist ein dreistelliger ISO-4217-Code wie EUR: „%1“ ist keiner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>„%1“ ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimal places.</source>
        <translation>Beträge in %1 haben keine Nachkommastellen.</translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Beträge in %1 haben höchstens %n Nachkommastelle.</numerusform>
            <numerusform>Beträge in %1 haben höchstens %n Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Money is written as {&quot;amount_minor&quot;: integer, &quot;currency&quot;: &quot;EUR&quot;}.</source>
        <translation>Geldbeträge werden als {&quot;amount_minor&quot;: integer, &quot;currency&quot;: &quot;EUR&quot;} geschrieben.</translation>
    </message>
    <message>
        <source>The payment link template &quot;%1&quot; cannot be used: %2</source>
        <translation>Die Zahlungslink-Vorlage „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The payment link has been altered or was not issued by this shop.</source>
        <translation>Der Zahlungslink wurde verändert oder nicht von diesem Shop ausgestellt.</translation>
    </message>
    <message>
        <source>%1 is not paid online.</source>
        <translation>%1 wird nicht online bezahlt.</translation>
    </message>
    <message>
        <source>{%1} appears more than once.</source>
        <translation>{%1} kommt mehr als einmal vor.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder; use {order_id}, {amount_minor} or {amount}, and {currency}.</source>
        <translation>{%1} ist kein Platzhalter; verwenden Sie {order_id}, {amount_minor} oder {amount} sowie {currency}.</translation>
    </message>
    <message>
        <source>it needs {order_id}, {currency} and one of {amount_minor} or {amount}.</source>
        <translation>sie benötigt {order_id}, {currency} und entweder {amount_minor} oder {amount}.</translation>
    </message>
    <message>
        <source>it is not an http or https address.</source>
        <translation>sie ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>it must not have a #fragment.</source>
        <translation>sie darf kein #Fragment enthalten.</translation>
    </message>
    <message>
        <source>write it fully percent-encoded.</source>
        <translation>schreiben Sie sie vollständig prozentkodiert.</translation>
    </message>
    <message>
        <source>the parameters &quot;expires&quot; and &quot;sig&quot; are reserved.</source>
        <translation>die Parameter „expires“ und „sig“ sind reserviert.</translation>
    </message>
    <message>
        <source>write it as method=URL, for example paypal=https://...</source>
        <translation>schreiben Sie sie als Zahlungsart=URL, zum Beispiel paypal=https://...</translation>
    </message>
    <message>
        <source>%1 is not paid online, so it has no payment link.</source>
        <translation>%1 wird nicht online bezahlt und hat daher keinen Zahlungslink.</translation>
    </message>
    <message>
        <source>Payment links for %1 are not set up on the server.</source>
        <translation>Zahlungslinks für %1 sind auf dem Server nicht eingerichtet.</translation>
    </message>
    <message>
        <source>A payment link needs a saved order.</source>
        <translation>Ein Zahlungslink erfordert eine gespeicherte Bestellung.</translation>
    </message>
    <message>
        <source>A payment link needs an amount above zero.</source>
        <translation>Ein Zahlungslink erfordert einen Betrag über null.</translation>
    </message>
    <message>
        <source>A payment link needs an expiry time.</source>
        <translation>Ein Zahlungslink erfordert ein Ablaufdatum.</translation>
    </message>
    <message>
        <source>This is not a payment link.</source>
        <translation>Dies ist kein Zahlungslink.</translation>
    </message>
    <message>
        <source>The payment link carries no signature.</source>
        <translation>Der Zahlungslink trägt keine Signatur.</translation>
    </message>
    <message>
        <source>The payment link is incomplete: its expiry or signature is missing or damaged.</source>
        <translation>Der Zahlungslink ist unvollständig: Ablaufzeit oder Signatur fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <source>Payment links are not set up on the server.</source>
        <translation>Zahlungslinks sind auf dem Server nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The payment link expired at %1 UTC.</source>
        <translation>Der Zahlungslink ist am %1 UTC abgelaufen.</translation>
    </message>
    <message>
        <source>The payment link does not match any payment provider set up on the server.</source>
        <translation>Der Zahlungslink passt zu keinem auf dem Server eingerichteten Zahlungsanbieter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment method; use card, paypal, skrill, bank_transfer or cash_on_delivery.</source>
        <translation>„%1“ ist keine Zahlungsart; verwenden Sie card, paypal, skrill, bank_transfer oder cash_on_delivery.</translation>
    </message>
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
        <source>The parameter %1 has the value &quot;%2&quot;; expected %3.</source>
        <translation>Der Parameter %1 hat den Wert „%2“; erwartet wird %3.</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>ein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Unknown period &quot;%1&quot;; use quarter, month, week or custom.</source>
        <translation>Unbekannter Zeitraum „%1“; verwenden Sie quarter, month, week oder custom.</translation>
    </message>
    <message>
        <source>Give either quarter or from and to, not both.</source>
        <translation>Geben Sie entweder quarter oder from und to an, nicht beides.</translation>
    </message>
    <message>
        <source>a quarter as YYYY-Qn</source>
        <translation>ein Quartal im Format JJJJ-Qn</translation>
    </message>
    <message>
        <source>Give both from and to.</source>
        <translation>Geben Sie sowohl from als auch to an.</translation>
    </message>
    <message>
        <source>The range starts on %1, after its end on %2.</source>
        <translation>Der Zeitraum beginnt am %1, nach seinem Ende am %2.</translation>
    </message>
    <message>
        <source>A report covers at most ten years, from 1970 on.</source>
        <translation>Ein Bericht umfasst höchstens zehn Jahre, ab 1970.</translation>
    </message>
    <message>
        <source>The report tables have version %1; this server knows %2. Use a newer server.</source>
        <translation>Die Berichtstabellen haben Version %1; dieser Server kennt %2. Verwenden Sie einen neueren Server.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The %1 report has no parameter &quot;%2&quot;; it reads %3.</source>
        <translation>Der Bericht %1 hat keinen Parameter „%2“; er liest %3.</translation>
    </message>
    <message>
        <source>The parameter %1 is given twice.</source>
        <translation>Der Parameter %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;; use product, category or channel.</source>
        <translation>Unbekannte Dimension „%1“; verwenden Sie product, category oder channel.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use chat, email, phone or web.</source>
        <translation>Unbekannter Kanal „%1“; verwenden Sie chat, email, phone oder web.</translation>
    </message>
    <message>
        <source>A category has at most 200 characters.</source>
        <translation>Eine Kategorie hat höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>The limit must be a whole number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>Das Limit muss eine ganze Zahl von 1 bis 1000 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Reports are for managers and admins.</source>
        <translation>Berichte sind Managern und Administratoren vorbehalten.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;; the reports are %2.</source>
        <translation>Es gibt keinen Bericht „%1“; verfügbar sind %2.</translation>
    </message>
    <message>
        <source>Lost demand needs a positive quantity.</source>
        <translation>Entgangene Nachfrage erfordert eine positive Menge.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>Es gibt kein Produkt %1.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The server accepted the log-in but sent no token.</source>
        <translation>Der Server hat die Anmeldung akzeptiert, aber kein Token gesendet.</translation>
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
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://shop-server:8080.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel http://shop-server:8080.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this computer has no copy of your data to work offline with yet. (%1)</source>
        <translation>Der Server ist nicht erreichbar, und auf diesem Computer gibt es noch keine Kopie Ihrer Daten, mit der Sie offline arbeiten könnten. (%1)</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this is not the password that last worked on this computer.</source>
        <translation>Der Server ist nicht erreichbar, und dies ist nicht das Passwort, das zuletzt auf diesem Computer funktioniert hat.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Geben Sie den Namen des Kunden ein.</translation>
    </message>
    <message>
        <source>Name, e-mail and phone are up to 200 characters.</source>
        <translation>Name, E-Mail und Telefon haben jeweils höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>The address is up to 10,000 characters.</source>
        <translation>Die Adresse hat höchstens 10.000 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number.</source>
        <translation>Geben Sie eine E-Mail-Adresse oder eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the customer was not created. Try again when the connection is back.</source>
        <translation>Der Server ist nicht erreichbar, daher wurde der Kunde nicht angelegt. Versuchen Sie es erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>Der lokale Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The local cache could not be written: %1</source>
        <translation>Der lokale Cache konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The local cache&apos;s version cannot be read.</source>
        <translation>Die Version des lokalen Caches kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer Shopdesk (schema %1; this one knows up to %2). Update Shopdesk or remove %3.</source>
        <translation>Der lokale Cache wurde von einer neueren Shopdesk-Version geschrieben (Schema %1; diese Version kennt bis %2). Aktualisieren Sie Shopdesk oder entfernen Sie %3.</translation>
    </message>
    <message>
        <source>No such outbox entry.</source>
        <translation>Dieser Eintrag der ausstehenden Änderungen existiert nicht.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Enter the payment reference (up to 200 characters).</source>
        <translation>Geben Sie die Zahlungsreferenz ein (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was changed. Try again when the connection is back.</source>
        <translation>Der Server ist nicht erreichbar; es wurde nichts geändert. Versuchen Sie es erneut, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Queued — not confirmed</source>
        <translation>In Warteschlange — nicht bestätigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourniert</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Skrill</source>
        <translation>Skrill</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The quarterly report has no sales figures.</source>
        <translation>Der Quartalsbericht enthält keine Verkaufszahlen.</translation>
    </message>
    <message>
        <source>Cannot write the report file.</source>
        <translation>Die Berichtsdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>Die CSV-Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Paste the payment link that the provider reports as paid.</source>
        <translation>Fügen Sie den Zahlungslink ein, den der Zahlungsanbieter als bezahlt meldet.</translation>
    </message>
    <message>
        <source>This payment link has expired.</source>
        <translation>Dieser Zahlungslink ist abgelaufen.</translation>
    </message>
    <message>
        <source>This payment link has been altered (order, amount, currency, expiry or signature): it is not the one the shop sent.</source>
        <translation>Dieser Zahlungslink wurde verändert (Bestellung, Betrag, Währung, Ablauf oder Signatur): Es ist nicht der Link, den der Shop versandt hat.</translation>
    </message>
    <message>
        <source>This payment link is for an order the shop does not have.</source>
        <translation>Dieser Zahlungslink gehört zu einer Bestellung, die der Shop nicht kennt.</translation>
    </message>
    <message>
        <source>This payment link no longer matches its order (amount, currency or payment method changed).</source>
        <translation>Dieser Zahlungslink passt nicht mehr zu seiner Bestellung (Betrag, Währung oder Zahlungsart geändert).</translation>
    </message>
    <message>
        <source>This is not a payment link of this shop.</source>
        <translation>Dies ist kein Zahlungslink dieses Shops.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retoure</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Umlagerung</translation>
    </message>
    <message>
        <source>Only %1 of %2 available (%3 asked for).</source>
        <translation>Nur %1 von %2 verfügbar (%3 angefragt).</translation>
    </message>
    <message>
        <source>Only %1 of %2 available.</source>
        <translation>Nur %1 von %2 verfügbar.</translation>
    </message>
    <message>
        <source>Not possible now: the order is %1.</source>
        <translation>Jetzt nicht möglich: Die Bestellung ist %1.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Ihre Rolle darf das nicht.</translation>
    </message>
    <message>
        <source>Your session has ended: log out and log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen: Melden Sie sich ab und wieder an.</translation>
    </message>
    <message>
        <source>A product with this SKU exists already.</source>
        <translation>Ein Produkt mit dieser SKU gibt es bereits.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>Dieser Benutzername ist vergeben.</translation>
    </message>
    <message>
        <source>A location of this name exists already.</source>
        <translation>Einen Lagerplatz mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <source>Another product page has this URL slug.</source>
        <translation>Eine andere Produktseite hat diesen URL-Slug.</translation>
    </message>
    <message>
        <source>This customer is not on the server.</source>
        <translation>Dieser Kunde ist nicht auf dem Server.</translation>
    </message>
    <message>
        <source>A removal needs a reason.</source>
        <translation>Eine Entnahme braucht einen Grund.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The customer has no e-mail address.</source>
        <translation>Der Kunde hat keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Bank transfer and cash on delivery have no payment link.</source>
        <translation>Banküberweisung und Nachnahme haben keinen Zahlungslink.</translation>
    </message>
    <message>
        <source>The server has no payment link set up for this payment method.</source>
        <translation>Auf dem Server ist für diese Zahlungsart kein Zahlungslink eingerichtet.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>Ein Passwort hat mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Too many failed log-ins: try again in %1 s.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen: Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>Someone else saved this page after you opened it.</source>
        <translation>Jemand anderes hat diese Seite gespeichert, nachdem Sie sie geöffnet hatten.</translation>
    </message>
    <message>
        <source>An order has at most 500 lines.</source>
        <translation>Eine Bestellung hat höchstens 500 Positionen.</translation>
    </message>
    <message>
        <source>The server cannot store anything right now; try again in a moment.</source>
        <translation>Der Server kann gerade nichts speichern; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server refused it (%1).</source>
        <translation>Der Server hat es abgelehnt (%1).</translation>
    </message>
    <message>
        <source>This program cannot run the shop on this computer; connect to a server.</source>
        <translation>Dieses Programm kann den Shop nicht auf diesem Computer betreiben; verbinden Sie sich mit einem Server.</translation>
    </message>
    <message>
        <source>The server&apos;s answer (%1) cannot be read: its field &quot;%2&quot; is missing or of the wrong type.</source>
        <translation>Die Antwort des Servers (%1) kann nicht gelesen werden: Ihr Feld „%2“ fehlt oder hat den falschen Typ.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;.</source>
        <translation>Es gibt keinen Bericht „%1“.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing or has the wrong type.</source>
        <translation>Das Feld &quot;%1&quot; fehlt oder hat den falschen Typ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status.</source>
        <translation>&quot;%1&quot; ist kein Bestellstatus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of stock movement.</source>
        <translation>&quot;%1&quot; ist keine Art von Lagerbewegung.</translation>
    </message>
    <message>
        <source>The opening hours of &quot;%1&quot; must be a list of [open, close] pairs.</source>
        <translation>Die Öffnungszeiten von „%1“ müssen eine Liste von [Öffnung, Schluss]-Paaren sein.</translation>
    </message>
    <message>
        <source>Opening hours %1 must be a pair of times, such as [&quot;09:00&quot;, &quot;17:00&quot;].</source>
        <translation>Die Öffnungszeiten %1 müssen ein Paar von Uhrzeiten sein, etwa [&quot;09:00&quot;, &quot;17:00&quot;].</translation>
    </message>
    <message>
        <source>Opening hours %1 hold a time that is not HH:MM between 00:00 and 23:59 (24:00 only as a closing time).</source>
        <translation>Die Öffnungszeiten %1 enthalten eine Uhrzeit, die nicht HH:MM zwischen 00:00 und 23:59 ist (24:00 nur als Schlusszeit).</translation>
    </message>
    <message>
        <source>The holidays must be a list of dates (YYYY-MM-DD).</source>
        <translation>Die Feiertage müssen eine Liste von Daten sein (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The holiday %1 is not a date written as YYYY-MM-DD.</source>
        <translation>Der Feiertag %1 ist kein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The time zone is not a known time zone.</source>
        <translation>Die Zeitzone ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>Opening hours %1 (%2–%3) are empty or reversed: the opening time must come before the closing time.</source>
        <translation>Die Öffnungszeiten %1 (%2–%3) sind leer oder vertauscht: Die Öffnungszeit muss vor der Schlusszeit liegen.</translation>
    </message>
    <message>
        <source>The opening hours of &quot;%1&quot; overlap: %2–%3 and %4–%5.</source>
        <translation>Die Öffnungszeiten von „%1“ überschneiden sich: %2–%3 und %4–%5.</translation>
    </message>
    <message>
        <source>The calendar has no opening hours on any day of the week.</source>
        <translation>Der Kalender hat an keinem Wochentag Öffnungszeiten.</translation>
    </message>
    <message>
        <source>The holiday %1 is not a date.</source>
        <translation>Der Feiertag %1 ist kein Datum.</translation>
    </message>
    <message>
        <source>The holiday %1 (%2) is listed twice.</source>
        <translation>Der Feiertag %1 (%2) ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The calendar has an unknown field &quot;%1&quot;.</source>
        <translation>Der Kalender hat ein unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not a known time zone, such as &quot;Europe/Berlin&quot;.</source>
        <translation>Die Zeitzone „%1“ ist keine bekannte Zeitzone wie „Europe/Berlin“.</translation>
    </message>
    <message>
        <source>The opening hours are missing: &quot;hours&quot; must be an object with the weekdays mon … sun.</source>
        <translation>Die Öffnungszeiten fehlen: „hours“ muss ein Objekt mit den Wochentagen mon … sun sein.</translation>
    </message>
    <message>
        <source>The opening hours name an unknown weekday &quot;%1&quot;; the weekdays are mon, tue, wed, thu, fri, sat and sun.</source>
        <translation>Die Öffnungszeiten nennen einen unbekannten Wochentag „%1“; die Wochentage sind mon, tue, wed, thu, fri, sat und sun.</translation>
    </message>
    <message>
        <source>The service levels have an unknown field &quot;%1&quot;.</source>
        <translation>Die Service-Level haben ein unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of business minutes from 1 to %2 (a year).</source>
        <translation>„%1“ muss eine ganze Zahl von Geschäftsminuten von 1 bis %2 (ein Jahr) sein.</translation>
    </message>
    <message>
        <source>The policy %1 must be an object.</source>
        <translation>Die Richtlinie %1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The policy %1 has no priority.</source>
        <translation>Die Richtlinie %1 hat keine Priorität.</translation>
    </message>
    <message>
        <source>The kind of policy %1 must be a kind of ticket or null.</source>
        <translation>Die Art der Richtlinie %1 muss eine Ticketart oder null sein.</translation>
    </message>
    <message>
        <source>&quot;escalation&quot; must be an object with qa_after_minutes and managers_after_minutes.</source>
        <translation>„escalation“ muss ein Objekt mit qa_after_minutes und managers_after_minutes sein.</translation>
    </message>
    <message>
        <source>The managers are told after the QA queue, not before: managers_after_minutes (%1) must be at least qa_after_minutes (%2).</source>
        <translation>Die Manager werden nach der QS-Warteschlange informiert, nicht davor: managers_after_minutes (%1) muss mindestens qa_after_minutes (%2) sein.</translation>
    </message>
    <message>
        <source>The service levels need a &quot;calendar&quot; object.</source>
        <translation>Die Service-Level brauchen ein „calendar“-Objekt.</translation>
    </message>
    <message>
        <source>&quot;warning_share&quot; must be a number between 0 and 1 (0.8 warns when 80 % of a target is used).</source>
        <translation>„warning_share“ muss eine Zahl zwischen 0 und 1 sein (0.8 warnt, wenn 80 % eines Ziels verbraucht sind).</translation>
    </message>
    <message>
        <source>&quot;policies&quot; must be a list of policies.</source>
        <translation>„policies“ muss eine Liste von Richtlinien sein.</translation>
    </message>
    <message>
        <source>The policy %1 repeats priority &quot;%2&quot; and kind &quot;%3&quot;.</source>
        <translation>Die Richtlinie %1 wiederholt Priorität „%2“ und Art „%3“.</translation>
    </message>
    <message>
        <source>Priority &quot;%1&quot; has no policy of its own (one with &quot;kind&quot;: null).</source>
        <translation>Priorität „%1“ hat keine eigene Richtlinie (eine mit &quot;kind&quot;: null).</translation>
    </message>
    <message>
        <source>A ticket&apos;s history starts with its creation.</source>
        <translation>Der Verlauf eines Tickets beginnt mit seiner Erstellung.</translation>
    </message>
    <message>
        <source>Event %1 of the ticket&apos;s history has no time.</source>
        <translation>Ereignis %1 im Verlauf des Tickets hat keine Zeit.</translation>
    </message>
    <message>
        <source>Event %1 creates the ticket a second time.</source>
        <translation>Ereignis %1 erstellt das Ticket ein zweites Mal.</translation>
    </message>
    <message>
        <source>Write the note first (up to 10,000 characters).</source>
        <translation>Schreiben Sie zuerst die Notiz (höchstens 10.000 Zeichen).</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself. Pick the duplicate.</source>
        <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden. Wählen Sie das Duplikat.</translation>
    </message>
    <message>
        <source>Name and e-mail are up to 200 characters.</source>
        <translation>Name und E-Mail haben höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>The notes are up to 10,000 characters.</source>
        <translation>Die Notizen haben höchstens 10.000 Zeichen.</translation>
    </message>
    <message>
        <source>A customer has at most 10 phones and 10 addresses.</source>
        <translation>Ein Kunde hat höchstens 10 Telefonnummern und 10 Adressen.</translation>
    </message>
    <message>
        <source>Every phone needs a number.</source>
        <translation>Jedes Telefon braucht eine Nummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (AT, DE, …).</source>
        <translation>„%1“ ist kein zweibuchstabiger Ländercode (AT, DE, …).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of ticket; the kinds are %2.</source>
        <translation>„%1“ ist keine Ticketart; die Arten sind %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority; the priorities are %2.</source>
        <translation>„%1“ ist keine Priorität; die Prioritäten sind %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket status; the statuses are %2.</source>
        <translation>„%1“ ist kein Ticketstatus; die Status sind %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cause; the causes are %2.</source>
        <translation>„%1“ ist keine Ursache; die Ursachen sind %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; the channels are %2.</source>
        <translation>„%1“ ist kein Kanal; die Kanäle sind %2.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Return request</source>
        <translation>Rücksendeanfrage</translation>
    </message>
    <message>
        <source>Refund request</source>
        <translation>Erstattungsanfrage</translation>
    </message>
    <message>
        <source>Double charge / payment problem</source>
        <translation>Doppelte Abbuchung / Zahlungsproblem</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Lieferproblem</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <source>Waiting on third party</source>
        <translation>Wartet auf Dritte</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Stock error</source>
        <translation>Bestandsfehler</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Verpackung</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Paketdienst</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>Produktqualität</translation>
    </message>
    <message>
        <source>Agent error</source>
        <translation>Fehler des Mitarbeiters</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Nächste Rückmeldung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <translation>überschritten vor %1</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due in</source>
        <translation>Fällig in</translation>
    </message>
    <message>
        <source>Someone else has already taken this ticket.</source>
        <translation>Jemand anderes hat dieses Ticket bereits übernommen.</translation>
    </message>
    <message>
        <source>%1 has already taken this ticket.</source>
        <translation>%1 hat dieses Ticket bereits übernommen.</translation>
    </message>
    <message>
        <source>A ticket cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Ein Ticket kann nicht von „%1“ zu „%2“ wechseln.</translation>
    </message>
    <message>
        <source>The ticket is closed: reopen it before you reply or add a note.</source>
        <translation>Das Ticket ist geschlossen: Öffnen Sie es erneut, bevor Sie antworten oder eine Notiz hinzufügen.</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>Schreiben Sie zuerst den Text.</translation>
    </message>
    <message>
        <source>This ticket is not in the QA queue any more.</source>
        <translation>Dieses Ticket ist nicht mehr in der QS-Warteschlange.</translation>
    </message>
    <message>
        <source>This follow-up was already done.</source>
        <translation>Diese Wiedervorlage ist bereits erledigt.</translation>
    </message>
    <message>
        <source>%1 is not on this order in that quantity.</source>
        <translation>%1 ist in dieser Menge nicht in dieser Bestellung.</translation>
    </message>
    <message>
        <source>This order belongs to another customer.</source>
        <translation>Diese Bestellung gehört einem anderen Kunden.</translation>
    </message>
    <message>
        <source>This order is not on the server.</source>
        <translation>Diese Bestellung ist nicht auf dem Server.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list.</source>
        <translation>Die Antwort des Servers enthält keine Liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of a service-level clock.</source>
        <translation>„%1“ ist kein Zustand einer Service-Level-Uhr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of message; the kinds are customer, public, internal.</source>
        <translation>„%1“ ist keine Nachrichtenart; die Arten sind customer, public, internal.</translation>
    </message>
    <message>
        <source>Event %1 of the ticket&apos;s history is earlier than the one before.</source>
        <translation>Ereignis %1 im Verlauf des Tickets liegt zeitlich vor dem vorherigen.</translation>
    </message>
    <message>
        <source>Unknown group &quot;%1&quot;; use agent, kind or channel.</source>
        <translation>Unbekannte Gruppierung „%1“; verwenden Sie agent, kind oder channel.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>A refund&apos;s parts cannot be negative.</source>
        <translation>Die Teile einer Erstattung dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>The Shopdesk-Signature header is missing or not &quot;t=&lt;seconds&gt;,v1=&lt;hex&gt;&quot;.</source>
        <translation>Der Header Shopdesk-Signature fehlt oder hat nicht die Form &quot;t=&lt;Sekunden&gt;,v1=&lt;hex&gt;&quot;.</translation>
    </message>
    <message>
        <source>The notification was signed at %1, more than five minutes from the server&apos;s time %2.</source>
        <translation>Die Benachrichtigung wurde um %1 signiert, mehr als fünf Minuten von der Serverzeit %2 entfernt.</translation>
    </message>
    <message>
        <source>The notification&apos;s signature does not match its body.</source>
        <translation>Die Signatur der Benachrichtigung passt nicht zu ihrem Inhalt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a refund destination; use original or store_credit.</source>
        <translation>&quot;%1&quot; ist kein Erstattungsziel; verwenden Sie original oder store_credit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a refund status; use pending_approval, issued or rejected.</source>
        <translation>&quot;%1&quot; ist kein Erstattungsstatus; verwenden Sie pending_approval, issued oder rejected.</translation>
    </message>
    <message>
        <source>Original payment method</source>
        <translation>Ursprüngliche Zahlungsart</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a return reason.</source>
        <translation>„%1“ ist kein Rücksendegrund.</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Falscher Artikel</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Nicht wie beschrieben</translation>
    </message>
    <message>
        <source>No longer wanted</source>
        <translation>Nicht mehr gewünscht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a return status.</source>
        <translation>„%1“ ist kein Rücksendestatus.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>A reply template needs an id and a name.</source>
        <translation>Eine Antwortvorlage braucht eine ID und einen Namen.</translation>
    </message>
    <message>
        <source>Templates are written in %1; &quot;%2&quot; is not one of them.</source>
        <translation>Vorlagen werden in %1 geschrieben; „%2“ gehört nicht dazu.</translation>
    </message>
    <message>
        <source>The text in %1 is empty.</source>
        <translation>Der Text in %1 ist leer.</translation>
    </message>
    <message>
        <source>The text in %1 is longer than %2 characters.</source>
        <translation>Der Text in %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The text in %1 uses {%2}, which is not a placeholder. Known: %3.</source>
        <translation>Der Text in %1 verwendet {%2}, das ist kein Platzhalter. Bekannt sind: %3.</translation>
    </message>
    <message>
        <source>Unknown group &quot;%1&quot;; use product, reason or month.</source>
        <translation>Unbekannte Gruppierung &quot;%1&quot;; möglich sind product, reason oder month.</translation>
    </message>
    <message>
        <source>Shipping, goodwill and double charges</source>
        <translation>Versand, Kulanz und Doppelbelastungen</translation>
    </message>
    <message>
        <source>No return (refund only)</source>
        <translation>Keine Rücksendung (nur Erstattung)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation status; the statuses are %2.</source>
        <translation>„%1“ ist kein Status eines Gesprächs; die Status sind %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an inbox channel; the channels are %2.</source>
        <translation>„%1“ ist kein Kanal des Posteingangs; die Kanäle sind %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message direction; the directions are %2.</source>
        <translation>„%1“ ist keine Richtung einer Nachricht; die Richtungen sind %2.</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Kontaktformular</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no conversation.</source>
        <translation>Die Antwort des Servers enthält keine Unterhaltung.</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged and cannot be moved aside.</source>
        <translation>Der lokale Zwischenspeicher %1 ist beschädigt und kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The server sent a user without a name.</source>
        <translation>Der Server hat einen Benutzer ohne Namen gesendet.</translation>
    </message>
    <message>
        <source>This is the last admin: make another user an admin first.</source>
        <translation>Das ist der letzte Admin: Machen Sie zuerst einen anderen Benutzer zum Admin.</translation>
    </message>
    <message>
        <source>You cannot disable yourself; another admin can.</source>
        <translation>Sie können sich nicht selbst deaktivieren; ein anderer Admin kann es.</translation>
    </message>
    <message>
        <source>This user name is taken: choose another.</source>
        <translation>Dieser Benutzername ist vergeben: Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>Das Passwort ist zu kurz: Verwenden Sie mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>Das neue Passwort muss sich vom alten unterscheiden.</translation>
    </message>
    <message>
        <source>The old password is wrong.</source>
        <translation>Das alte Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The server sent a backup without a file.</source>
        <translation>Der Server hat eine Sicherung ohne Datei gesendet.</translation>
    </message>
    <message>
        <source>The server sent a setting without a name.</source>
        <translation>Der Server hat eine Einstellung ohne Namen gesendet.</translation>
    </message>
    <message>
        <source>The server sent an audit entry that cannot be read.</source>
        <translation>Der Server hat einen Audit-Eintrag gesendet, der sich nicht lesen lässt.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Line %1 is not &quot;SKU,price&quot;.</source>
        <translation>Zeile %1 hat nicht die Form „SKU,Preis“.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a SKU.</source>
        <translation>Zeile %1: „%2“ ist keine SKU.</translation>
    </message>
    <message>
        <source>Line %1 names %2 a second time.</source>
        <translation>Zeile %1 nennt %2 ein zweites Mal.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a price in %3.</source>
        <translation>Zeile %1: „%2“ ist kein Preis in %3.</translation>
    </message>
    <message>
        <source>Line %1: a price cannot be negative.</source>
        <translation>Zeile %1: Ein Preis kann nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shopdesk: the back-office for online shops.</source>
        <translation>Shopdesk: das Backoffice für Onlineshops.</translation>
    </message>
    <message>
        <source>Connect to the server at URL.</source>
        <translation>Mit dem Server unter URL verbinden.</translation>
    </message>
    <message>
        <source>Run the shop on this computer (the embedded server).</source>
        <translation>Den Shop auf diesem Computer betreiben (eingebetteter Server).</translation>
    </message>
    <message>
        <source>Data folder of the embedded server.</source>
        <translation>Datenordner des eingebetteten Servers.</translation>
    </message>
    <message>
        <source>User name to log in with.</source>
        <translation>Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <source>Save PNGs of the log-in, shell and products view to DIR, then quit.</source>
        <translation>PNGs der Anmeldung, der Hauptansicht und der Produktansicht in DIR speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de, es, hi, ar) for this run.</source>
        <translation>LANGUAGE (en, de, es, hi, ar) für diesen Start verwenden.</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::AuditModel</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>Lagerbewegung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <source>Stock minimum</source>
        <translation>Mindestbestand</translation>
    </message>
    <message>
        <source>Product page</source>
        <translation>Produktseite</translation>
    </message>
    <message>
        <source>Product images</source>
        <translation>Produktbilder</translation>
    </message>
    <message>
        <source>Page placement</source>
        <translation>Platzierung auf Seiten</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Customer note</source>
        <translation>Kundennotiz</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation>Antwortvorlage</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::ConversationOrderLinks</name>
    <message>
        <source>There is no conversation or order to link.</source>
        <translation>Es gibt keine Unterhaltung oder Bestellung zum Verknüpfen.</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::CustomerTimelineModel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Order #%1 created: %2 (%3)</source>
        <translation>Bestellung #%1 angelegt: %2 (%3)</translation>
    </message>
    <message>
        <source>Order #%1 created: %2</source>
        <translation>Bestellung #%1 angelegt: %2</translation>
    </message>
    <message>
        <source>Order #%1 is now %2</source>
        <translation>Bestellung #%1 ist jetzt %2</translation>
    </message>
    <message>
        <source>E-mail not delivered: %1</source>
        <translation>E-Mail nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>E-mail waiting to be sent: %1</source>
        <translation>E-Mail wartet auf Versand: %1</translation>
    </message>
    <message>
        <source>E-mail sent: %1</source>
        <translation>E-Mail gesendet: %1</translation>
    </message>
    <message>
        <source>Customer #%1, a duplicate, was merged into this one.</source>
        <translation>Kunde #%1, ein Duplikat, wurde in diesen zusammengeführt.</translation>
    </message>
    <message>
        <source>A duplicate record was merged into this customer.</source>
        <translation>Ein doppelter Datensatz wurde in diesen Kunden zusammengeführt.</translation>
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
        <translation>Servicelevel bei Ihrem Ticket verletzt</translation>
    </message>
    <message>
        <source>Joined the QA queue after a breach</source>
        <translation>Nach einer Verletzung in die QS-Warteschlange gekommen</translation>
    </message>
    <message>
        <source>Still breached: the managers are notified</source>
        <translation>Weiterhin verletzt: die Manager sind benachrichtigt</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::OrderListModel</name>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>not yet numbered</source>
        <translation>noch nicht nummeriert</translation>
    </message>
    <message>
        <source>%1 — stock at risk</source>
        <translation>%1 — Bestand gefährdet</translation>
    </message>
    <message>
        <source>A stock count found fewer units than this order holds: check with the warehouse before promising delivery.</source>
        <translation>Eine Inventur hat weniger Stück gefunden, als diese Bestellung hält: Klären Sie das mit dem Lager, bevor Sie eine Lieferung zusagen.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Bearbeiter</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::OutboxModel</name>
    <message>
        <source>queued — not confirmed</source>
        <translation>in Warteschlange — nicht bestätigt</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>versendet</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>retourniert</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>tried once</source>
        <translation>einmal versucht</translation>
    </message>
    <message>
        <source>tried %1 times</source>
        <translation>%1-mal versucht</translation>
    </message>
    <message>
        <source>Queued — not confirmed (%1: %2)</source>
        <translation>In Warteschlange — nicht bestätigt (%1: %2)</translation>
    </message>
    <message>
        <source>Queued — not confirmed</source>
        <translation>In Warteschlange — nicht bestätigt</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Bestellung %1: %2</translation>
    </message>
    <message>
        <source>Recorded by the server</source>
        <translation>Vom Server erfasst</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::ReplyTemplateListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::SyncEngine</name>
    <message>
        <source>The live connection stopped answering.</source>
        <translation>Die Live-Verbindung antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>Log in again to reach the server.</source>
        <translation>Melden Sie sich erneut an, um den Server zu erreichen.</translation>
    </message>
    <message>
        <source>The server no longer accepts this log-in.</source>
        <translation>Der Server akzeptiert diese Anmeldung nicht mehr.</translation>
    </message>
    <message>
        <source>The server refused the live connection&apos;s log-in.</source>
        <translation>Der Server hat die Anmeldung der Live-Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The live connection was closed.</source>
        <translation>Die Live-Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Eine Bestellung benötigt mindestens eine Position.</translation>
    </message>
    <message>
        <source>Choose the channel the order came through.</source>
        <translation>Wählen Sie den Kanal, über den die Bestellung kam.</translation>
    </message>
    <message>
        <source>Choose a payment method.</source>
        <translation>Wählen Sie eine Zahlungsart.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>Wählen Sie den Kunden.</translation>
    </message>
    <message>
        <source>Notes are up to 10,000 characters.</source>
        <translation>Notizen haben höchstens 10.000 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SKU.</source>
        <translation>„%1“ ist keine SKU.</translation>
    </message>
    <message>
        <source>A quantity is between 1 and 1,000,000.</source>
        <translation>Eine Menge liegt zwischen 1 und 1.000.000.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Order for customer %1: %2</source>
        <translation>Bestellung für Kunde %1: %2</translation>
    </message>
    <message>
        <source>Stock %1 of %2: %3</source>
        <translation>Lagerbewegung %1 für %2: %3</translation>
    </message>
    <message>
        <source>The server asked to log in again.</source>
        <translation>Der Server verlangt eine erneute Anmeldung.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisiere</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Verbinde erneut</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::TableCell</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::AdminView</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Si&amp;cherungen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Katalog</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::AuditView</name>
    <message>
        <source>Fr&amp;om</source>
        <translation>V&amp;on</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Sear&amp;ch</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Jeder Benutzer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Fields of the change</source>
        <translation>Felder der Änderung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Use&amp;r:</source>
        <translation>Benu&amp;tzer:</translation>
    </message>
    <message>
        <source>Recor&amp;d:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende.</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>Audit als CSV exportieren</translation>
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
            <numerusform>%n Änderung in %1 gespeichert.</numerusform>
            <numerusform>%n Änderungen in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BackupsView</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>This shop keeps its data in PostgreSQL, which Shopdesk does not copy itself. Your operator backs it up with pg_dump on the database server (see &quot;Backups&quot; in the operator guide).</source>
        <translation>Dieser Shop speichert seine Daten in PostgreSQL, die Shopdesk nicht selbst kopiert. Ihr Betreiber sichert sie mit pg_dump auf dem Datenbankserver (siehe „Backups“ im Betreiberhandbuch).</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running since %1, started by %2.</source>
        <translation>Läuft seit %1, gestartet von %2.</translation>
    </message>
    <message>
        <source>%1 by %2: failed. %3</source>
        <translation>%1 von %2: fehlgeschlagen. %3</translation>
    </message>
    <message>
        <source>%1 by %2, %3: %4</source>
        <translation>%1 von %2, %3: %4</translation>
    </message>
    <message>
        <source>Check OK: the copy is sound.</source>
        <translation>Prüfung OK: Die Kopie ist einwandfrei.</translation>
    </message>
    <message>
        <source>The check found problems: %1</source>
        <translation>Die Prüfung hat Probleme gefunden: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sichere…</translation>
    </message>
    <message>
        <source>Backup started: %1</source>
        <translation>Sicherung gestartet: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BatchEntry</name>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BatchEntryWidget</name>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Lieferant:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Lager&amp;platz:</translation>
    </message>
    <message>
        <source>&amp;To location:</source>
        <translation>&amp;Nach Lagerplatz:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>R&amp;ückgängig</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Post batch</source>
        <translation>Stapel &amp;buchen</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Wareneingang</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entnahme</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Umlagerung</translation>
    </message>
    <message>
        <source>direct sale</source>
        <translation>Direktverkauf</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>Beschädigung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>who delivered</source>
        <translation>wer geliefert hat</translation>
    </message>
    <message>
        <source>delivery note or order number</source>
        <translation>Lieferschein- oder Bestellnummer</translation>
    </message>
    <message>
        <source>Scan or type a SKU or EAN, then Enter</source>
        <translation>SKU oder EAN scannen oder eingeben, dann Eingabe</translation>
    </message>
    <message>
        <source>Batch lines</source>
        <translation>Stapelzeilen</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>&amp;Scannen:</translation>
    </message>
    <message>
        <source>Post the whole batch (Ctrl+Enter)</source>
        <translation>Den ganzen Stapel buchen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation>Kein Produkt hat die SKU oder den Barcode „%1“.</translation>
    </message>
    <message>
        <source>&amp;From location:</source>
        <translation>&amp;Von Lagerplatz:</translation>
    </message>
    <message>
        <source>scan %1</source>
        <translation>%1 scannen</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>Umlagerung</translation>
    </message>
    <message>
        <source>%1 is moved from %2 to the same location.</source>
        <translation>%1 wird von %2 an denselben Lagerplatz umgelagert.</translation>
    </message>
    <message>
        <source>Say in each line&apos;s note what &quot;other&quot; means (%1 has none).</source>
        <translation>Geben Sie in der Notiz jeder Zeile an, was „Sonstiges“ bedeutet (%1 hat keine).</translation>
    </message>
    <message>
        <source>Nothing was posted: %1</source>
        <translation>Nichts wurde gebucht: %1</translation>
    </message>
    <message>
        <source>Nothing was posted; line %1 (%2): %3</source>
        <translation>Nichts wurde gebucht; Zeile %1 (%2): %3</translation>
    </message>
    <message>
        <source>Post the lines, or remove them, to change this.</source>
        <translation>Buchen oder entfernen Sie die Zeilen, um dies zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n line(s) as %1.</source>
        <translation>
            <numerusform>%n Zeile als %1 gebucht.</numerusform>
            <numerusform>%n Zeilen als %1 gebucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n Bewegung</numerusform>
            <numerusform>%n Bewegungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CareServicePanel</name>
    <message>
        <source>&lt;b&gt;Care desk tickets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kundendienst-Tickets&lt;/b&gt;</translation>
    </message>
    <message>
        <source>by agent</source>
        <translation>nach Bearbeiter</translation>
    </message>
    <message>
        <source>by kind</source>
        <translation>nach Art</translation>
    </message>
    <message>
        <source>by channel</source>
        <translation>nach Kanal</translation>
    </message>
    <message>
        <source>Group the tickets</source>
        <translation>Tickets gruppieren</translation>
    </message>
    <message>
        <source>Care desk tickets</source>
        <translation>Kundendienst-Tickets</translation>
    </message>
    <message>
        <source>%1 tickets · first response %2 (90%: %3), %4 in target · resolution %5 (90%: %6), %7 in target · %8 breaches · %9 escalations</source>
        <translation>%1 Tickets · erste Antwort %2 (90 %: %3), %4 im Ziel · Lösung %5 (90 %: %6), %7 im Ziel · %8 Überschreitungen · %9 Eskalationen</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CatalogueView</name>
    <message>
        <source>This barcode belongs to product %1 already.</source>
        <translation>Dieser Barcode gehört bereits zum Produkt %1.</translation>
    </message>
    <message>
        <source>A product with SKU %1 exists already.</source>
        <translation>Ein Produkt mit der SKU %1 existiert bereits.</translation>
    </message>
    <message>
        <source>A tax rate lies between 0 and 100 %.</source>
        <translation>Ein Steuersatz liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>The price is negative or too large.</source>
        <translation>Der Preis ist negativ oder zu hoch.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte zeigen</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Neues Produkt…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivieren</translation>
    </message>
    <message>
        <source>Change &amp;prices…</source>
        <translation>&amp;Preise ändern…</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>SKU, name or barcode</source>
        <translation>SKU, Name oder Barcode</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Product %1 was created.</source>
        <translation>Produkt %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>Product %1 was saved.</source>
        <translation>Produkt %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Product %1 is archived: it keeps its history but cannot be ordered.</source>
        <translation>Produkt %1 ist archiviert: Sein Verlauf bleibt erhalten, bestellt werden kann es nicht mehr.</translation>
    </message>
    <message>
        <source>Product %1 can be ordered again.</source>
        <translation>Produkt %1 kann wieder bestellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) changed.</source>
        <translation>
            <numerusform>%n Preis geändert.</numerusform>
            <numerusform>%n Preise geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CategoryBrowser</name>
    <message>
        <source>Filter categories</source>
        <translation>Kategorien filtern</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Zum Filtern tippen</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CategoryPicker</name>
    <message>
        <source>Add sub-category</source>
        <translation>Unterkategorie hinzufügen</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>Kategorie auswählen</translation>
    </message>
    <message>
        <source>New sub-category name</source>
        <translation>Name der neuen Unterkategorie</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CategoryTreeModel</name>
    <message>
        <source>Home page</source>
        <translation>Startseite</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConflictView</name>
    <message>
        <source>Save with these choices</source>
        <translation>Mit dieser Auswahl speichern</translation>
    </message>
    <message>
        <source>Back to my draft</source>
        <translation>Zurück zu meinem Entwurf</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 saved version %2 while you were editing.&lt;/b&gt; Pick for each differing field which text to keep, then save.</source>
        <translation>&lt;b&gt;%1 hat Version %2 gespeichert, während Sie bearbeitet haben.&lt;/b&gt; Wählen Sie für jedes abweichende Feld, welcher Text bleiben soll, und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentEditor</name>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Kitchen/Knives</source>
        <translation>Küche/Messer</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. steel, gift</source>
        <translation>Durch Kommas getrennt, z. B. Stahl, Geschenk</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Attribut entfernen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Meta description</source>
        <translation>Meta-Beschreibung</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Konflikt auflösen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · version %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · Version %3</translation>
    </message>
    <message>
        <source> · &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation> · &lt;i&gt;ungespeicherte Änderungen&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <source>Someone saved this page while you were editing. Nothing was saved: choose what to keep.</source>
        <translation>Jemand hat diese Seite gespeichert, während Sie sie bearbeitet haben. Es wurde nichts gespeichert: Wählen Sie, was bleiben soll.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>Nicht eingereicht: %1</translation>
    </message>
    <message>
        <source>Sent for review.</source>
        <translation>Zur Prüfung gesendet.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>Kategorie auswählen</translation>
    </message>
    <message>
        <source>Choose the category from the tree (F4)</source>
        <translation>Kategorie aus der Baumansicht auswählen (F4)</translation>
    </message>
    <message>
        <source>Display order and featured slots are set on the Placement tab, page by page.</source>
        <translation>Anzeigereihenfolge und Highlight-Slots legen Sie im Tab „Platzierung“ fest, Seite für Seite.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentView</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationListProxy</name>
    <message>
        <source>%1 · %2 typing…</source>
        <translation>%1 · %2 schreibt…</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationMessagePanel</name>
    <message>
        <source>Lines the message names</source>
        <translation>Zeilen, die die Nachricht nennt</translation>
    </message>
    <message>
        <source>A&amp;dd to order</source>
        <translation>Zur Bestellung hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Nachricht schließen</translation>
    </message>
    <message>
        <source>The customer&apos;s message</source>
        <translation>Die Nachricht des Kunden</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Gelesen aus</translation>
    </message>
    <message>
        <source>Put the ticked lines into the order</source>
        <translation>Die angehakten Zeilen in die Bestellung übernehmen</translation>
    </message>
    <message>
        <source>Hide the message; the order stays as it is</source>
        <translation>Nachricht ausblenden; die Bestellung bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>Von %1, %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Not in the catalogue: %1</source>
        <translation>Nicht im Katalog: %1</translation>
    </message>
    <message>
        <source>The message names no product of the catalogue.</source>
        <translation>Die Nachricht nennt kein Produkt aus dem Katalog.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationThread</name>
    <message>
        <source>This mail could not be read (%1); it is kept as it came.</source>
        <translation>Diese E-Mail konnte nicht gelesen werden (%1); sie wird so aufbewahrt, wie sie kam.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>too large, not kept</source>
        <translation>zu groß, nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>%1 answered · %2</source>
        <translation>%1 hat geantwortet · %2</translation>
    </message>
    <message>
        <source>%1 wrote · %2</source>
        <translation>%1 schrieb · %2</translation>
    </message>
    <message>
        <source>automatic reply</source>
        <translation>automatische Antwort</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationView</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Kontaktformular</translation>
    </message>
    <message>
        <source>&amp;Link customer…</source>
        <translation>Kunden &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>New customer from &amp;contact</source>
        <translation>Neuer Kunde aus &amp;Kontakt</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Mir zuweisen</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>Neue &amp;Bestellung</translation>
    </message>
    <message>
        <source>Open tic&amp;ket…</source>
        <translation>Tic&amp;ket eröffnen…</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.</source>
        <translation>Wählen Sie links ein Gespräch.</translation>
    </message>
    <message>
        <source>Snoo&amp;ze</source>
        <translation>Zurück&amp;stellen</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow 9:00</source>
        <translation>Bis morgen 9:00</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>Bis zu einem Zeitpunkt…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Customer: &lt;a href=&quot;customer&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Kunde: &lt;a href=&quot;customer&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Noch kein Kunde</translation>
    </message>
    <message>
        <source>Nobody has it</source>
        <translation>Niemand hat es</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>Open, waiting since %1</source>
        <translation>Offen, wartet seit %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Put the conversation aside until a time</source>
        <translation>Gespräch bis zu einem Zeitpunkt zurückstellen</translation>
    </message>
    <message>
        <source>A conversation that is done is reopened before it is snoozed</source>
        <translation>Ein erledigtes Gespräch wird erst wieder geöffnet, bevor es zurückgestellt wird</translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Bestellung #%1</translation>
    </message>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 antwortet gerade…</translation>
    </message>
    <message>
        <source>%1 answered at %2 while you were writing. Their answer is now in the thread; your draft is kept — read it and send yours again if it still fits.</source>
        <translation>%1 hat um %2 geantwortet, während Sie geschrieben haben. Die Antwort steht jetzt im Verlauf; Ihr Entwurf bleibt erhalten – lesen Sie sie und senden Sie Ihre erneut, wenn sie noch passt.</translation>
    </message>
    <message>
        <source>A ticket needs a customer: give the conversation a customer first (Link customer… or New customer from contact).</source>
        <translation>Ein Ticket braucht einen Kunden: Geben Sie dem Gespräch zuerst einen Kunden (Kunden verknüpfen… oder Neuer Kunde aus Kontakt).</translation>
    </message>
    <message>
        <source>%1 is a customer already with this address or phone: link the conversation to them instead of making a second record.</source>
        <translation>%1 ist mit dieser Adresse oder Telefonnummer bereits Kunde: Verknüpfen Sie das Gespräch mit diesem Kunden, statt einen zweiten Datensatz anzulegen.</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Mit %1 verknüpfen</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Could not save the attachment to %1: %2</source>
        <translation>Der Anhang konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CredentialStore</name>
    <message>
        <source>No password is saved for this user.</source>
        <translation>Für diesen Benutzer ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the password cannot be remembered (%1).</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund des Systems verfügbar, daher kann das Passwort nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The system keychain did not answer (%1), so the password is not remembered.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet (%1), daher wird das Passwort nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerFigures</name>
    <message>
        <source>Lifetime revenue</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Returns rate</source>
        <translation>Retourenquote</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Offene Tickets</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerPanel</name>
    <message>
        <source>Ne&amp;w customer</source>
        <translation>Neuer Kun&amp;de</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Kunden anlegen</translation>
    </message>
    <message>
        <source>&amp;Use this customer</source>
        <translation>Diesen Kunden &amp;verwenden</translation>
    </message>
    <message>
        <source>Create a new one anyway</source>
        <translation>Trotzdem neu anlegen</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>Kundensuche</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number</source>
        <translation>Name, E-Mail, Telefon oder Bestellnummer</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>E-m&amp;ail</source>
        <translation>E-M&amp;ail</translation>
    </message>
    <message>
        <source>Phon&amp;e</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Deli&amp;very address</source>
        <translation>&amp;Lieferadresse</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Using the existing customer %1.</source>
        <translation>Bestehender Kunde %1 wird verwendet.</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>Kunde %1 angelegt.</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>Noch kein Kunde gewählt.</translation>
    </message>
    <message>
        <source>This looks like a customer we already have (same e-mail or phone):
%1</source>
        <translation>Dies scheint ein bereits vorhandener Kunde zu sein (gleiche E-Mail oder Telefonnummer):
%1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerPickerDialog</name>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Link the conversation to a customer</source>
        <translation>Gespräch mit einem Kunden verknüpfen</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number</source>
        <translation>Name, E-Mail, Telefon oder Bestellnummer</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerProfileEditor</name>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Telefon entfernen</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Adresse entfernen</translation>
    </message>
    <message>
        <source>Agrees to marketing e-mails</source>
        <translation>Stimmt Werbe-E-Mails zu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>E-m&amp;ail</source>
        <translation>E-M&amp;ail</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Address failing: mail to it came back undelivered (%1).</source>
        <translation>Adresse fehlerhaft: Mail an sie kam unzugestellt zurück (%1).</translation>
    </message>
    <message>
        <source>Address failing</source>
        <translation>Adresse fehlerhaft</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerSearchBox</name>
    <message>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerTimelineView</name>
    <message>
        <source>Show &amp;older</source>
        <translation>Ä&amp;ltere anzeigen</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Internal note: what was said or agreed</source>
        <translation>Interne Notiz: was gesagt oder vereinbart wurde</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomersView</name>
    <message>
        <source>Customer search</source>
        <translation>Kundensuche</translation>
    </message>
    <message>
        <source>Find a customer: name, e-mail, phone, order number or ticket number</source>
        <translation>Kunden finden: Name, E-Mail, Telefon, Bestell- oder Ticketnummer</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <source>Search for a customer above and pick one to see their profile, figures and timeline.</source>
        <translation>Suchen Sie oben einen Kunden und wählen Sie ihn, um Profil, Kennzahlen und Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Mer&amp;ge duplicate…</source>
        <translation>Duplikat &amp;zusammenführen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The duplicate was merged into this customer.</source>
        <translation>Das Duplikat wurde in diesen Kunden zusammengeführt.</translation>
    </message>
    <message>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>Die persönlichen Daten des Kunden wurden gelöscht.</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile; saving replaces their change with yours.</source>
        <translation>Jemand anderes hat diesen Kunden inzwischen geändert; Speichern ersetzt dessen Änderung durch Ihre.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This record was merged into customer #%1.</source>
        <translation>Dieser Datensatz wurde in Kunde #%1 zusammengeführt.</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Kundendaten exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>Der Export konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the customer&apos;s data to %1.</source>
        <translation>Die Daten des Kunden wurden nach %1 exportiert.</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>Neues &amp;Ticket…</translation>
    </message>
    <message>
        <source>Open a ticket for this customer</source>
        <translation>Ein Ticket für diesen Kunden eröffnen</translation>
    </message>
    <message>
        <source>Ticket %1 is open.</source>
        <translation>Ticket %1 ist eröffnet.</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Nachfassen…</translation>
    </message>
    <message>
        <source>Schedule a call-back or follow-up with this customer</source>
        <translation>Einen Rückruf oder ein Nachfassen bei diesem Kunden planen</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1.</source>
        <translation>Nachfassen geplant für %1.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::EraseCustomerDialog</name>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Erasing removes this customer&apos;s name, e-mail, phones, addresses and notes everywhere they are held, also in sent e-mails and the change history. Orders, payments and stock movements stay for the accounts, without the person.

This cannot be undone. Type the customer&apos;s name to confirm: %1</source>
        <translation>Das Löschen entfernt Name, E-Mail, Telefonnummern, Adressen und Notizen dieses Kunden überall, wo sie gespeichert sind, auch in gesendeten E-Mails und im Änderungsverlauf. Bestellungen, Zahlungen und Lagerbewegungen bleiben für die Buchhaltung erhalten, ohne die Person.

Dies kann nicht rückgängig gemacht werden. Geben Sie zur Bestätigung den Namen des Kunden ein: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ExchangeDialog</name>
    <message>
        <source>%1 — %2 (%3 available)</source>
        <translation>%1 — %2 (%3 verfügbar)</translation>
    </message>
    <message>
        <source>Exchange return %1</source>
        <translation>Rücksendung %1 umtauschen</translation>
    </message>
    <message>
        <source>A replacement order for order #%1, paid by the return. Replace a line by another product at the same price (another size or colour): type part of its SKU or name.</source>
        <translation>Eine Ersatzbestellung für Bestellung #%1, bezahlt durch die Rücksendung. Ersetzen Sie eine Position durch ein anderes Produkt zum gleichen Preis (andere Größe oder Farbe): Tippen Sie einen Teil der SKU oder des Namens.</translation>
    </message>
    <message>
        <source>Lines to replace</source>
        <translation>Zu ersetzende Positionen</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgesandt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersatz</translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation>&amp;Umtauschen</translation>
    </message>
    <message>
        <source>Replacement for %1</source>
        <translation>Ersatz für %1</translation>
    </message>
    <message>
        <source>Choose the replacement for %1 from the list.</source>
        <translation>Wählen Sie den Ersatz für %1 aus der Liste.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::FeaturedSlotsModel</name>
    <message>
        <source>Slot %1 · empty</source>
        <translation>Slot %1 · leer</translation>
    </message>
    <message>
        <source>Slot %1 · %2 (%3)</source>
        <translation>Slot %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Drop a product here to feature it in this slot</source>
        <translation>Ziehen Sie ein Produkt hierher, um es in diesem Slot hervorzuheben</translation>
    </message>
    <message>
        <source>Drag back to the product list, or press Delete, to remove</source>
        <translation>Zum Entfernen zurück in die Produktliste ziehen oder Entf drücken</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::FollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Wiedervorlage planen</translation>
    </message>
    <message>
        <source>What was promised: call back about the refund…</source>
        <translation>Was zugesagt wurde: wegen der Erstattung zurückrufen …</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Wiedervorlage erledigt</translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation>Fällig %1: %2</translation>
    </message>
    <message>
        <source>What came of it: customer happy with the refund…</source>
        <translation>Was dabei herauskam: Kunde mit der Erstattung zufrieden …</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Write what came of it first.</source>
        <translation>Schreiben Sie zuerst, was dabei herauskam.</translation>
    </message>
    <message>
        <source>Write what is to be followed up first.</source>
        <translation>Schreiben Sie zuerst, was nachzuverfolgen ist.</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ImageCheck</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; images may be at most %3 KiB.</source>
        <translation>%1 ist %2 KiB groß; Bilder dürfen höchstens %3 KiB groß sein.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or WebP image.</source>
        <translation>%1 ist kein PNG-, JPEG- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; each side must be 1 to %4 pixels.</source>
        <translation>%1 ist %2 × %3 Pixel groß; jede Seite muss 1 bis %4 Pixel lang sein.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file ends too early.</source>
        <translation>%1 ist beschädigt: Die Datei endet zu früh.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be shown (%2).</source>
        <translation>%1 ist beschädigt und kann nicht angezeigt werden (%2).</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ImagePanel</name>
    <message>
        <source>Images, the first is the main image</source>
        <translation>Bilder, das erste ist das Hauptbild</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Bilder hinzufügen…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Nach vorn</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Nach hinten</translation>
    </message>
    <message>
        <source>Make main image</source>
        <translation>Als Hauptbild</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Bilder hinzufügen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Main · %1</source>
        <translation>Hauptbild · %1</translation>
    </message>
    <message>
        <source>%1, %2 KiB</source>
        <translation>%1, %2 KiB</translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation>Nicht hochgeladen: %1</translation>
    </message>
    <message>
        <source>Order not changed: %1</source>
        <translation>Reihenfolge nicht geändert: %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::InboxView</name>
    <message>
        <source>Con&amp;versations</source>
        <translation>&amp;Gespräche</translation>
    </message>
    <message>
        <source>Templ&amp;ates</source>
        <translation>Vorl&amp;agen</translation>
    </message>
    <message>
        <source>The inbox could not be read: %1</source>
        <translation>Der Posteingang konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>&amp;Wartend</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>O&amp;ffen</translation>
    </message>
    <message>
        <source>S&amp;noozed</source>
        <translation>&amp;Zurückgestellt</translation>
    </message>
    <message>
        <source>Don&amp;e</source>
        <translation>Erle&amp;digt</translation>
    </message>
    <message>
        <source>M&amp;ine</source>
        <translation>M&amp;eine</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Posteingang (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::LoginDialog</name>
    <message>
        <source>On this computer (standalone)</source>
        <translation>Auf diesem Computer (eigenständig)</translation>
    </message>
    <message>
        <source>On a server:</source>
        <translation>Auf einem Server:</translation>
    </message>
    <message>
        <source>Share this computer&apos;s shop on the local network</source>
        <translation>Den Shop dieses Computers im lokalen Netzwerk freigeben</translation>
    </message>
    <message>
        <source>&amp;Remember me (password kept in the system keychain)</source>
        <translation>Zugangsdaten &amp;merken (Passwort im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>Log in — Shopdesk</source>
        <translation>Anmelden — Shopdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shopdesk&lt;/h2&gt;Log in to your shop.</source>
        <translation>&lt;h2&gt;Shopdesk&lt;/h2&gt;Melden Sie sich bei Ihrem Shop an.</translation>
    </message>
    <message>
        <source>http://shop-server:8080</source>
        <translation>http://shop-server:8080</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Other computers then log in to this one as their server.</source>
        <translation>Andere Computer melden sich dann bei diesem Computer als ihrem Server an.</translation>
    </message>
    <message>
        <source>Address to share on</source>
        <translation>Adresse für die Freigabe</translation>
    </message>
    <message>
        <source>Port to share on</source>
        <translation>Port für die Freigabe</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Where is the shop?</source>
        <translation>Wo befindet sich der Shop?</translation>
    </message>
    <message>
        <source>This computer has no shop yet. Shopdesk will create one: the administrator is &lt;b&gt;admin&lt;/b&gt;, with the password you choose below.</source>
        <translation>Auf diesem Computer gibt es noch keinen Shop. Shopdesk legt einen an: Der Administrator ist &lt;b&gt;admin&lt;/b&gt;, mit dem Passwort, das Sie unten wählen.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network address such as 0.0.0.0 or 192.168.1.20.</source>
        <translation>„%1“ ist keine Netzwerkadresse wie 0.0.0.0 oder 192.168.1.20.</translation>
    </message>
    <message>
        <source>Starting the shop on this computer…</source>
        <translation>Der Shop wird auf diesem Computer gestartet…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>An admin set your password: choose your own to go on.</source>
        <translation>Ein Admin hat Ihr Passwort gesetzt: Wählen Sie Ihr eigenes, um fortzufahren.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Wählen Sie Ihr Passwort</translation>
    </message>
    <message>
        <source>An admin set the password you logged in with. Choose your own now; nobody else will know it.</source>
        <translation>Das Passwort, mit dem Sie sich angemeldet haben, hat ein Admin gesetzt. Wählen Sie jetzt Ihr eigenes; niemand sonst wird es kennen.</translation>
    </message>
    <message>
        <source>Log in again when you are ready to choose your password.</source>
        <translation>Melden Sie sich erneut an, wenn Sie Ihr Passwort wählen möchten.</translation>
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
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mindestbestand</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <source>Set &amp;minimum</source>
        <translation>Mindestbestand &amp;festlegen</translation>
    </message>
    <message>
        <source>Products below their minimum</source>
        <translation>Produkte unter ihrem Mindestbestand</translation>
    </message>
    <message>
        <source>SKU or EAN</source>
        <translation>SKU oder EAN</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lagerplatz:</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>M&amp;indestbestand:</translation>
    </message>
    <message>
        <source>Low stock cannot be loaded: %1</source>
        <translation>Niedriger Bestand kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Below the minimum now: %1</source>
        <translation>Jetzt unter dem Mindestbestand: %1</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation>Kein Produkt hat die SKU oder den Barcode „%1“.</translation>
    </message>
    <message>
        <source>Minimum of %1 at %2 is now %3.</source>
        <translation>Der Mindestbestand von %1 in %2 ist jetzt %3.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MainWindow</name>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>this computer, shared at %1</source>
        <translation>diesem Computer, freigegeben unter %1</translation>
    </message>
    <message>
        <source>Shopdesk — %1 (%2) on %3</source>
        <translation>Shopdesk — %1 (%2) auf %3</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>The server refused: %1 — %2</source>
        <translation>Der Server hat abgelehnt: %1 — %2</translation>
    </message>
    <message>
        <source>%1 Changes stay queued until you log in again (File → Log out).</source>
        <translation>%1 Änderungen bleiben in der Warteschlange, bis Sie sich erneut anmelden (Datei → Abmelden).</translation>
    </message>
    <message>
        <source>Low stock: %1</source>
        <translation>Niedriger Bestand: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: you are working offline from this computer&apos;s copy. Changes wait until it is back.</source>
        <translation>Der Server ist nicht erreichbar: Sie arbeiten offline mit der Kopie auf diesem Computer. Änderungen warten, bis er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Your role (%1) has no module in this desktop client.</source>
        <translation>Ihre Rolle (%1) hat kein Modul in diesem Desktop-Client.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Find &amp;product…</source>
        <translation>&amp;Produkt suchen…</translation>
    </message>
    <message>
        <source>&amp;Search this list</source>
        <translation>Diese &amp;Liste durchsuchen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Pending changes</source>
        <translation>Aus&amp;stehende Änderungen</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Shopdesk</source>
        <translation>Über &amp;Shopdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Shopdesk</source>
        <translation>Über Shopdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shopdesk %1&lt;/h3&gt;&lt;p&gt;The back-office for online shops: orders, warehouse, content and trends on one live stock.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shopdesk %1&lt;/h3&gt;&lt;p&gt;Das Backoffice für Onlineshops: Bestellungen, Lager, Inhalte und Trends auf einem gemeinsamen Live-Bestand.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes still waiting</source>
        <translation>Änderungen stehen noch aus</translation>
    </message>
    <message>
        <source>Changes not yet on the server: %1. They are kept on this computer and sent the next time you start Shopdesk. Quit now?</source>
        <translation>Änderungen, die noch nicht auf dem Server sind: %1. Sie bleiben auf diesem Computer gespeichert und werden beim nächsten Start von Shopdesk gesendet. Jetzt beenden?</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s copy was damaged and has been rebuilt from the server; %n queued change(s) were kept.</source>
        <translation>
            <numerusform>Die Kopie auf diesem Computer war beschädigt und wurde vom Server neu aufgebaut; %n wartende Änderung wurde behalten.</numerusform>
            <numerusform>Die Kopie auf diesem Computer war beschädigt und wurde vom Server neu aufgebaut; %n wartende Änderungen wurden behalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MergeCustomerDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Merge duplicate into %1</source>
        <translation>Duplikat in %1 zusammenführen</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number of the duplicate</source>
        <translation>Name, E-Mail, Telefon oder Bestellnummer des Duplikats</translation>
    </message>
    <message>
        <source>Pick the duplicate above.</source>
        <translation>Wählen Sie oben das Duplikat.</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Bleibt</translation>
    </message>
    <message>
        <source>Merged into it, then closed</source>
        <translation>Wird hineingeführt, dann geschlossen</translation>
    </message>
    <message>
        <source>The duplicate&apos;s orders and notes move to the customer that stays; empty fields are filled from it and its phones and addresses are added. Only a new edit undoes it.</source>
        <translation>Bestellungen und Notizen des Duplikats gehen an den bleibenden Kunden; leere Felder werden daraus gefüllt und seine Telefonnummern und Adressen hinzugefügt. Nur eine neue Bearbeitung macht das rückgängig.</translation>
    </message>
    <message>
        <source>This is the customer that stays; pick the other record.</source>
        <translation>Das ist der bleibende Kunde; wählen Sie den anderen Datensatz.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MovementHistoryWidget</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerplatz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Lagerbewegungen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>SKU or EAN</source>
        <translation>SKU oder EAN</translation>
    </message>
    <message>
        <source>any location</source>
        <translation>beliebiger Lagerplatz</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>beliebiger Benutzer</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lagerplatz:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>The history cannot be loaded: %1</source>
        <translation>Der Verlauf kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Export movements</source>
        <translation>Bewegungen exportieren</translation>
    </message>
    <message>
        <source>movements.csv</source>
        <translation>bewegungen.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n movement(s) to %1.</source>
        <translation>
            <numerusform>%n Bewegung in %1 gespeichert.</numerusform>
            <numerusform>%n Bewegungen in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NewPasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Ein Passwort hat mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>Kundensuche</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number, then Enter</source>
        <translation>Name, E-Mail, Telefon oder Bestellnummer, dann Enter</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Gefundene Kunden</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>Noch kein Kunde gewählt.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>Keine Bestellung</translation>
    </message>
    <message>
        <source>Order lines the ticket is about</source>
        <translation>Bestellpositionen, um die es im Ticket geht</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>On the ticket</source>
        <translation>Im Ticket</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>What the customer wrote or said (optional)</source>
        <translation>Was der Kunde geschrieben oder gesagt hat (optional)</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>Ticket &amp;eröffnen</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>O&amp;rder</source>
        <translation>&amp;Bestellung</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ka&amp;nal</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>Be&amp;treff</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Kein Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <source>Order #%1 of %2</source>
        <translation>Bestellung #%1 vom %2</translation>
    </message>
    <message>
        <source>Units of %1 on the ticket</source>
        <translation>Einheiten von %1 im Ticket</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Wählen Sie zuerst den Kunden.</translation>
    </message>
    <message>
        <source>Give the ticket a subject.</source>
        <translation>Geben Sie dem Ticket einen Betreff.</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NewUserDialog</name>
    <message>
        <source>&amp;Must change it at the first log-in</source>
        <translation>&amp;Muss es bei der ersten Anmeldung ändern</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Erstes Passwort</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>Erstes &amp;Passwort:</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Ein Passwort hat mindestens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NoticesButton</name>
    <message>
        <source>Escalations of tickets that concern you: a breach of your ticket, a ticket joining the QA queue, the managers&apos; notice</source>
        <translation>Eskalationen von Tickets, die Sie betreffen: eine Verletzung bei Ihrem Ticket, ein Ticket in der QS-Warteschlange, die Benachrichtigung der Manager</translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation>Hinweise (%1)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Shopdesk</source>
        <translation>Shopdesk</translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>Ticket %1: %2</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NoticesPanel</name>
    <message>
        <source>No notices in this session.</source>
        <translation>In dieser Sitzung keine Hinweise.</translation>
    </message>
    <message>
        <source>Mark all &amp;read</source>
        <translation>Alle als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
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
        <translation>Ticket aus dem Gespräch eröffnen</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>Ticket &amp;eröffnen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
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
        <translation>Produkt</translation>
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
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Als &amp;bezahlt markieren</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Zahlungsreferenz</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Press again to cancel order #%1</source>
        <translation>Erneut klicken, um Bestellung Nr. %1 zu stornieren</translation>
    </message>
    <message>
        <source>Save order summary</source>
        <translation>Bestellübersicht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Order #%1 is cancelled; its units are free again.</source>
        <translation>Bestellung Nr. %1 ist storniert; ihre Stückzahlen sind wieder frei.</translation>
    </message>
    <message>
        <source>Order #%1 is paid.</source>
        <translation>Bestellung Nr. %1 ist bezahlt.</translation>
    </message>
    <message>
        <source>Pick an order in the list to see it here.</source>
        <translation>Wählen Sie eine Bestellung in der Liste, um sie hier anzuzeigen.</translation>
    </message>
    <message>
        <source>Order #%1 — %2</source>
        <translation>Bestellung Nr. %1 — %2</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Channel: %1 · Payment: %2</source>
        <translation>Kanal: %1 · Zahlung: %2</translation>
    </message>
    <message>
        <source>Taken by %1 on %2</source>
        <translation>Aufgenommen von %1 am %2</translation>
    </message>
    <message>
        <source>Reservation expires in %1 min %2 s</source>
        <translation>Reservierung läuft ab in %1 min %2 s</translation>
    </message>
    <message>
        <source>Payment reference: %1</source>
        <translation>Zahlungsreferenz: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>Shipped with %1 · tracking %2</source>
        <translation>Versendet mit %1 · Sendungsnummer %2</translation>
    </message>
    <message>
        <source>No order is shown.</source>
        <translation>Keine Bestellung angezeigt.</translation>
    </message>
    <message>
        <source>Check link and mark paid</source>
        <translation>Link prüfen und als bezahlt markieren</translation>
    </message>
    <message>
        <source>Payment link the provider reports as paid</source>
        <translation>Zahlungslink, den der Anbieter als bezahlt meldet</translation>
    </message>
    <message>
        <source>Paid payment link</source>
        <translation>Bezahlter Zahlungslink</translation>
    </message>
    <message>
        <source>The server checks the link&apos;s signature and expiry and that it matches its order, then marks that order paid with the reference above.</source>
        <translation>Der Server prüft Signatur und Ablauf des Links und ob er zu seiner Bestellung passt, und markiert diese Bestellung dann mit der obigen Referenz als bezahlt.</translation>
    </message>
    <message>
        <source>The payment link checks out: order #%1 is paid.</source>
        <translation>Der Zahlungslink ist gültig: Bestellung Nr. %1 ist bezahlt.</translation>
    </message>
    <message>
        <source>The link was made for order #%1, which is now paid; this order is unchanged.</source>
        <translation>Der Link gehört zu Bestellung Nr. %1, die jetzt bezahlt ist; diese Bestellung bleibt unverändert.</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>Neues &amp;Ticket …</translation>
    </message>
    <message>
        <source>Open a ticket about this order</source>
        <translation>Ein Ticket zu dieser Bestellung eröffnen</translation>
    </message>
    <message>
        <source>Ticket %1 is open.</source>
        <translation>Ticket %1 ist eröffnet.</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up…</source>
        <translation>Nach&amp;fassen…</translation>
    </message>
    <message>
        <source>Schedule a call-back or follow-up with the customer about this order</source>
        <translation>Einen Rückruf oder eine Wiedervorlage mit dem Kunden zu dieser Bestellung planen</translation>
    </message>
    <message>
        <source>%1 · order #%2</source>
        <translation>%1 · Bestellung #%2</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1.</source>
        <translation>Nachfassen geplant für %1.</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Rücksendung…</translation>
    </message>
    <message>
        <source>Take some of this order&apos;s units back</source>
        <translation>Einige Stück dieser Bestellung zurücknehmen</translation>
    </message>
    <message>
        <source>Return %1 is started.</source>
        <translation>Rücksendung %1 ist gestartet.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderIntakeWidget</name>
    <message>
        <source>&amp;Remove line</source>
        <translation>Position &amp;entfernen</translation>
    </message>
    <message>
        <source>Con&amp;firm order</source>
        <translation>Bestellung &amp;bestätigen</translation>
    </message>
    <message>
        <source>Ne&amp;xt order</source>
        <translation>&amp;Weitere Bestellung</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <source>SKU, barcode or product name — Enter adds it</source>
        <translation>SKU, Barcode oder Produktname — Eingabe fügt hinzu</translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation>Passende Produkte</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>Notes for the warehouse and colleagues (optional)</source>
        <translation>Notizen für Lager und Kollegen (optional)</translation>
    </message>
    <message>
        <source>Reserve the order on the server (Ctrl+Enter)</source>
        <translation>Bestellung auf dem Server reservieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Zahlung</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Find the customer (Alt+C)</source>
        <translation>Kunden suchen (Alt+C)</translation>
    </message>
    <message>
        <source>Add a product (Alt+I)</source>
        <translation>Produkt hinzufügen (Alt+I)</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation>Kein Produkt hat die SKU oder den Barcode „%1“.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>No lines yet</source>
        <translation>Noch keine Positionen</translation>
    </message>
    <message>
        <source>Choose or create the customer first.</source>
        <translation>Wählen Sie zuerst den Kunden oder legen Sie ihn an.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Fügen Sie mindestens eine Position hinzu.</translation>
    </message>
    <message>
        <source>A line asks for more than is available.</source>
        <translation>Eine Position verlangt mehr als verfügbar ist.</translation>
    </message>
    <message>
        <source>Queued — not confirmed. Sending it to the server…</source>
        <translation>In Warteschlange — nicht bestätigt. Wird an den Server gesendet…</translation>
    </message>
    <message>
        <source>Queued — not confirmed. The server cannot be reached; the order goes to it as soon as the connection is back.</source>
        <translation>In Warteschlange — nicht bestätigt. Der Server ist nicht erreichbar; die Bestellung wird gesendet, sobald die Verbindung wieder besteht.</translation>
    </message>
    <message>
        <source>Not confirmed — the server refused the order: %1</source>
        <translation>Nicht bestätigt — der Server hat die Bestellung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Reserved — order #%1. The reservation expires in %2.</source>
        <translation>Reserviert — Bestellung Nr. %1. Die Reservierung läuft in %2 ab.</translation>
    </message>
    <message>
        <source>Reserved — order #%1. The units are held until shipment.</source>
        <translation>Reserviert — Bestellung Nr. %1. Die Stückzahlen bleiben bis zum Versand reserviert.</translation>
    </message>
    <message>
        <source>Order #%1: %2</source>
        <translation>Bestellung Nr. %1: %2</translation>
    </message>
    <message>
        <source>%1 is archived and can no longer be ordered.</source>
        <translation>%1 ist archiviert und kann nicht mehr bestellt werden.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderLinesModel</name>
    <message>
        <source>Only %1 of %2 available (%3 asked for).</source>
        <translation>Nur %1 von %2 verfügbar (%3 angefragt).</translation>
    </message>
    <message>
        <source>Only %1 available: lower the quantity or remove the line.</source>
        <translation>Nur %1 verfügbar: Verringern Sie die Menge oder entfernen Sie die Position.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderListView</name>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Kanalfilter</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Jeder Kanal</translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation>Bearbeiterfilter</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation>Kundenfilter</translation>
    </message>
    <message>
        <source>Search: order number, SKU, product, notes, tracking</source>
        <translation>Suche: Bestellnummer, SKU, Produkt, Notizen, Sendungsnummer</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Bestellungen durchsuchen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Jeder Bearbeiter</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderPaymentsPanel</name>
    <message>
        <source>Store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Record pa&amp;yment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Er&amp;statten…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Bezahlt: %1</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>Erstattet: %1</translation>
    </message>
    <message>
        <source>Owed back: %1</source>
        <translation>Zurückzuzahlen: %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Offen: %1</translation>
    </message>
    <message>
        <source>Refund of %1 awaits a manager&apos;s approval.</source>
        <translation>Die Erstattung über %1 wartet auf die Genehmigung einer Führungskraft.</translation>
    </message>
    <message>
        <source>Refund of %1 issued.</source>
        <translation>Erstattung über %1 ausgeführt.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderSummary</name>
    <message>
        <source>Order #%1</source>
        <translation>Bestellung Nr. %1</translation>
    </message>
    <message>
        <source>Order (not confirmed)</source>
        <translation>Bestellung (nicht bestätigt)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
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
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>Zahlung: %1</translation>
    </message>
    <message>
        <source>Pay online: %1</source>
        <translation>Online bezahlen: %1</translation>
    </message>
    <message>
        <source>Shipped with %1, tracking number %2</source>
        <translation>Versendet mit %1, Sendungsnummer %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrdersWidget</name>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Neue Bestellung</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>Bestell&amp;ungen</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OutboxPanel</name>
    <message>
        <source>Changes waiting for the server</source>
        <translation>Änderungen, die auf den Server warten</translation>
    </message>
    <message>
        <source>Changes made here wait in this list until the server confirms them.</source>
        <translation>Hier vorgenommene Änderungen warten in dieser Liste, bis der Server sie bestätigt.</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Nothing waiting: everything done on this computer has reached the server.</source>
        <translation>Nichts ausstehend: Alles, was auf diesem Computer erledigt wurde, hat den Server erreicht.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PaymentLinkBox</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;E-mail to customer</source>
        <translation>Per &amp;E-Mail an Kunden</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>Payment link:</source>
        <translation>Zahlungslink:</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>The payment link is on its way to the customer.</source>
        <translation>Der Zahlungslink ist unterwegs zum Kunden.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PickListDocument</name>
    <message>
        <source>Pick list</source>
        <translation>Pickliste</translation>
    </message>
    <message>
        <source>No paid orders are waiting to ship.</source>
        <translation>Keine bezahlten Bestellungen warten auf den Versand.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Stock at risk: a count found fewer units than are reserved.</source>
        <translation>Bestand gefährdet: Eine Inventur hat weniger Stück gefunden, als reserviert sind.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Pick from</source>
        <translation>Pickplatz</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PickListWidget</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Pick from</source>
        <translation>Pickplatz</translation>
    </message>
    <message>
        <source>Stock at risk</source>
        <translation>Bestand gefährdet</translation>
    </message>
    <message>
        <source>&amp;Ship order</source>
        <translation>Bestellung &amp;versenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Orders to pick</source>
        <translation>Zu pickende Bestellungen</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>Paketdienst</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>Pa&amp;ketdienst:</translation>
    </message>
    <message>
        <source>&amp;Tracking:</source>
        <translation>&amp;Sendungsnummer:</translation>
    </message>
    <message>
        <source>The pick list cannot be loaded: %1</source>
        <translation>Die Pickliste kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Export pick list</source>
        <translation>Pickliste exportieren</translation>
    </message>
    <message>
        <source>pick-list.pdf</source>
        <translation>pickliste.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the pick list to %1.</source>
        <translation>Pickliste in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Order %1 was not shipped: %2</source>
        <translation>Bestellung %1 wurde nicht versendet: %2</translation>
    </message>
    <message>
        <source>Order %1 shipped.</source>
        <translation>Bestellung %1 versendet.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes on order %1: %2</source>
        <translation>Notizen zur Bestellung %1: %2</translation>
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
        <translation> · in Slot %1 hervorgehoben</translation>
    </message>
    <message>
        <source> · not published yet</source>
        <translation> · noch nicht veröffentlicht</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PlacementView</name>
    <message>
        <source>Home page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Category page: %1</source>
        <translation>Kategorieseite: %1</translation>
    </message>
    <message>
        <source>Feature in slot</source>
        <translation>In Slot hervorheben</translation>
    </message>
    <message>
        <source>Remove from slot</source>
        <translation>Aus Slot entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Save placement</source>
        <translation>Platzierung speichern</translation>
    </message>
    <message>
        <source>Publish placement</source>
        <translation>Platzierung veröffentlichen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Filter pages</source>
        <translation>Seiten filtern</translation>
    </message>
    <message>
        <source>Featured slots</source>
        <translation>Highlight-Slots</translation>
    </message>
    <message>
        <source>Products in display order</source>
        <translation>Produkte in Anzeigereihenfolge</translation>
    </message>
    <message>
        <source>Feature the selected product in the selected slot</source>
        <translation>Ausgewähltes Produkt im ausgewählten Slot hervorheben</translation>
    </message>
    <message>
        <source>Empty the selected slot (Delete)</source>
        <translation>Ausgewählten Slot leeren (Entf)</translation>
    </message>
    <message>
        <source>Move the selected product up (Alt+Up)</source>
        <translation>Ausgewähltes Produkt nach oben verschieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move the selected product down (Alt+Down)</source>
        <translation>Ausgewähltes Produkt nach unten verschieben (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Featured slots — drop a product on a slot</source>
        <translation>Highlight-Slots — Produkt auf einen Slot ziehen</translation>
    </message>
    <message>
        <source>Products in display order — drag to reorder</source>
        <translation>Produkte in Anzeigereihenfolge — zum Umsortieren ziehen</translation>
    </message>
    <message>
        <source>Could not read the categories: %1</source>
        <translation>Die Kategorien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the placement: %1</source>
        <translation>Die Platzierung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Nie gespeichert</translation>
    </message>
    <message>
        <source>Version %1 · published</source>
        <translation>Version %1 · veröffentlicht</translation>
    </message>
    <message>
        <source>Version %1 · draft (version %2 is live)</source>
        <translation>Version %1 · Entwurf (Version %2 ist live)</translation>
    </message>
    <message>
        <source>Version %1 · draft, not published</source>
        <translation>Version %1 · Entwurf, nicht veröffentlicht</translation>
    </message>
    <message>
        <source> · &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation> · &lt;i&gt;ungespeicherte Änderungen&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichere…</translation>
    </message>
    <message>
        <source>Someone saved this page&apos;s placement meanwhile (version %1). Nothing was saved: Reload to see theirs, then place again.</source>
        <translation>Jemand hat die Platzierung dieser Seite inzwischen gespeichert (Version %1). Es wurde nichts gespeichert: Klicken Sie auf „Neu laden“, um die andere Fassung zu sehen, und platzieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Published: the catalog now shows this placement.</source>
        <translation>Veröffentlicht: Der Katalog zeigt jetzt diese Platzierung.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Money, dates and numbers follow the language too. The window reopens in the new language; nothing waiting to be sent is lost.</source>
        <translation>Geldbeträge, Datumsangaben und Zahlen richten sich ebenfalls nach der Sprache. Das Fenster öffnet sich in der neuen Sprache neu; nichts, was auf das Senden wartet, geht verloren.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PriceChangeDialog</name>
    <message>
        <source>By &amp;category</source>
        <translation>Nach &amp;Kategorie</translation>
    </message>
    <message>
        <source>From a CSV &amp;file</source>
        <translation>Aus einer CSV-&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>Alter Preis</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Neuer Preis</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Change prices</source>
        <translation>Preise ändern</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Change in percent</source>
        <translation>Änderung in Prozent</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>A file of &quot;SKU,price&quot; lines</source>
        <translation>Eine Datei mit Zeilen „SKU,Preis“</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>Preisänderungen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Preisliste</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Working out the changes…</source>
        <translation>Änderungen werden ermittelt…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be put right before the prices can change.</source>
        <translation>
            <numerusform>%n Problem muss behoben werden, bevor sich die Preise ändern können.</numerusform>
            <numerusform>%n Probleme müssen behoben werden, bevor sich die Preise ändern können.</numerusform>
        </translation>
    </message>
    <message>
        <source>No price would change.</source>
        <translation>Kein Preis würde sich ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) will change. Apply changes them all at once.</source>
        <translation>
            <numerusform>%n Preis wird sich ändern. „Anwenden“ ändert alle auf einmal.</numerusform>
            <numerusform>%n Preise werden sich ändern. „Anwenden“ ändert alle auf einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the prices…</source>
        <translation>Preise werden geändert…</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price in %1</source>
        <translation>Preis in %1</translation>
    </message>
    <message>
        <source>Tax rate in percent</source>
        <translation>Steuersatz in Prozent</translation>
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
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Barcode:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Price (%1):</source>
        <translation>&amp;Preis (%1):</translation>
    </message>
    <message>
        <source>&amp;Tax rate:</source>
        <translation>S&amp;teuersatz:</translation>
    </message>
    <message>
        <source>A SKU is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Eine SKU besteht aus 1 bis 64 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen.</translation>
    </message>
    <message>
        <source>The price is not an amount of money.</source>
        <translation>Der Preis ist kein Geldbetrag.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>Mindestbestand</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>&amp;Minimum stock:</source>
        <translation>&amp;Mindestbestand:</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductPreview</name>
    <message>
        <source>Preview of the product page</source>
        <translation>Vorschau der Produktseite</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No image&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Kein Bild&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#1b7f3b&quot;&gt;In stock (%1 available)&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#1b7f3b&quot;&gt;Auf Lager (%1 verfügbar)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b00020&quot;&gt;Out of stock&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#b00020&quot;&gt;Nicht vorrätig&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Details&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Details&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductsView</name>
    <message>
        <source>Available only</source>
        <translation>Nur verfügbare</translation>
    </message>
    <message>
        <source>Search by SKU, name, barcode or category</source>
        <translation>Suche nach SKU, Name, Barcode oder Kategorie</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte durchsuchen</translation>
    </message>
    <message>
        <source>Hide products with nothing left to sell</source>
        <translation>Produkte ausblenden, von denen nichts mehr verkauft werden kann</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Produkte werden geladen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Produkt</numerusform>
            <numerusform>%Ln Produkte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QaQueueView</name>
    <message>
        <source>&amp;Take</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Open thread</source>
        <translation>Verlauf ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>&amp;Hand back</source>
        <translation>&amp;Zurückgeben</translation>
    </message>
    <message>
        <source>Escalated tickets</source>
        <translation>Eskalierte Tickets</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <source>What was done so that it does not happen again</source>
        <translation>Was getan wurde, damit es nicht wieder vorkommt</translation>
    </message>
    <message>
        <source>Returns the ticket to its assignee, open</source>
        <translation>Gibt das Ticket offen an die zuständige Person zurück</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation>&amp;Ursache</translation>
    </message>
    <message>
        <source>Corrective &amp;action</source>
        <translation>Korrektur&amp;maßnahme</translation>
    </message>
    <message>
        <source>Nothing is escalated.</source>
        <translation>Nichts ist eskaliert.</translation>
    </message>
    <message>
        <source>Choose a ticket.</source>
        <translation>Wählen Sie ein Ticket.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · escalation level %4 · %5</source>
        <translation>%1 · %2 · %3 · Eskalationsstufe %4 · %5</translation>
    </message>
    <message>
        <source>nobody has it</source>
        <translation>niemand hat es</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>%1 is yours.</source>
        <translation>%1 gehört jetzt Ihnen.</translation>
    </message>
    <message>
        <source>Write the corrective action first.</source>
        <translation>Schreiben Sie zuerst die Korrekturmaßnahme.</translation>
    </message>
    <message>
        <source>%1 is resolved.</source>
        <translation>%1 ist gelöst.</translation>
    </message>
    <message>
        <source>%1 is back with its assignee.</source>
        <translation>%1 ist zurück bei der zuständigen Person.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuarterlyReportWriter</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Quarterly trends report</source>
        <translation>Quartals-Trendbericht</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Shopdesk quarterly trends report, %1</source>
        <translation>Shopdesk-Quartals-Trendbericht, %1</translation>
    </message>
    <message>
        <source>%1: quarterly trends report</source>
        <translation>%1: Quartals-Trendbericht</translation>
    </message>
    <message>
        <source> Channel: %1.</source>
        <translation> Kanal: %1.</translation>
    </message>
    <message>
        <source>Generated on %1 UTC. Sales are orders with status %2, dated by when they were placed; amounts in %3.%4</source>
        <translation>Erstellt am %1 UTC. Verkäufe sind Bestellungen mit Status %2, datiert nach dem Zeitpunkt der Bestellung; Beträge in %3.%4</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Verkaufte Stück</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Revenue vs %1</source>
        <translation>Umsatz ggü. %1</translation>
    </message>
    <message>
        <source>Repeat-customer rate</source>
        <translation>Stammkundenquote</translation>
    </message>
    <message>
        <source>Products out of stock</source>
        <translation>Nicht vorrätige Produkte</translation>
    </message>
    <message>
        <source>Time out of stock</source>
        <translation>Zeit nicht vorrätig</translation>
    </message>
    <message>
        <source>Refused orders</source>
        <translation>Abgelehnte Bestellungen</translation>
    </message>
    <message>
        <source>Lost to stock-outs</source>
        <translation>Entgangen durch Fehlbestände</translation>
    </message>
    <message>
        <source>Revenue by category, month by month</source>
        <translation>Umsatz nach Kategorie, Monat für Monat</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Verkäufe nach Kategorie</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Verkäufe nach Kanal</translation>
    </message>
    <message>
        <source>Growth by category</source>
        <translation>Wachstum nach Kategorie</translation>
    </message>
    <message>
        <source>Top 10 products</source>
        <translation>Top-10-Produkte</translation>
    </message>
    <message>
        <source>Top movers against %1</source>
        <translation>Größte Veränderungen ggü. %1</translation>
    </message>
    <message>
        <source>Stock-outs and demand lost to them</source>
        <translation>Fehlbestände und dadurch entgangene Nachfrage</translation>
    </message>
    <message>
        <source>No product was out of stock and no order was refused.</source>
        <translation>Es gab keine Fehlbestände und keine abgelehnten Bestellungen.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Service by agent</source>
        <translation>Service nach Bearbeiter</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>Zurückgesandte Einheiten</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Net revenue after refunds</source>
        <translation>Nettoumsatz nach Erstattungen</translation>
    </message>
    <message>
        <source>Care desk tickets by agent</source>
        <translation>Kundendienst-Tickets nach Mitarbeiter</translation>
    </message>
    <message>
        <source>Returns and refunds by month</source>
        <translation>Rücksendungen und Erstattungen nach Monat</translation>
    </message>
    <message>
        <source>Returns and refunds by reason</source>
        <translation>Rücksendungen und Erstattungen nach Grund</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuickSearchDialog</name>
    <message>
        <source>Find product</source>
        <translation>Produkt suchen</translation>
    </message>
    <message>
        <source>SKU, name or barcode</source>
        <translation>SKU, Name oder Barcode</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuickSearchModel</name>
    <message>
        <source>%1 available</source>
        <translation>%1 verfügbar</translation>
    </message>
    <message>
        <source>%1 on hand, %2 reserved</source>
        <translation>%1 vorrätig, %2 reserviert</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RecordPaymentDialog</name>
    <message>
        <source>Record a payment for order %1</source>
        <translation>Zahlung für Bestellung %1 erfassen</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <source>The provider&apos;s or bank&apos;s reference</source>
        <translation>Referenz des Anbieters oder der Bank</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Zahlungsart</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Betrag (%1)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <source>Type the amount, for example %1.</source>
        <translation>Geben Sie den Betrag ein, zum Beispiel %1.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RefundApprovalView</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Refunds awaiting approval</source>
        <translation>Erstattungen, die auf Genehmigung warten</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Refund reference from the provider (optional)</source>
        <translation>Erstattungsreferenz des Anbieters (optional)</translation>
    </message>
    <message>
        <source>Refund of %1 for order %2 issued.</source>
        <translation>Erstattung über %1 für Bestellung %2 ausgeführt.</translation>
    </message>
    <message>
        <source>Refund of %1 for order %2 rejected.</source>
        <translation>Erstattung über %1 für Bestellung %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Refund reference</source>
        <translation>Erstattungsreferenz</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RefundDialog</name>
    <message>
        <source>This refunds a &amp;double charge</source>
        <translation>Dies erstattet eine &amp;doppelte Abbuchung</translation>
    </message>
    <message>
        <source>Refund order %1</source>
        <translation>Bestellung %1 erstatten</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Units of %1 to refund</source>
        <translation>Zu erstattende Stück von %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Erstatten</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>&amp;Versand</translation>
    </message>
    <message>
        <source>&amp;Goodwill</source>
        <translation>&amp;Kulanz</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;An</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Zahlung</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Refere&amp;nce</source>
        <translation>Refere&amp;nz</translation>
    </message>
    <message>
        <source>Type amounts like %1.</source>
        <translation>Geben Sie Beträge wie %1 ein.</translation>
    </message>
    <message>
        <source>Refund: %1. Above the shop&apos;s approval limit it waits for a manager&apos;s approval.</source>
        <translation>Erstattung: %1. Über dem Genehmigungslimit des Shops wartet sie auf eine Führungskraft.</translation>
    </message>
    <message>
        <source>Choose units to refund, or type a shipping or goodwill amount.</source>
        <translation>Wählen Sie zu erstattende Stück oder geben Sie einen Versand- oder Kulanzbetrag ein.</translation>
    </message>
    <message>
        <source>Refund: %1. Above %2 a manager approves — this refund will wait for approval.</source>
        <translation>Erstattung: %1. Über %2 genehmigt eine Führungskraft — diese Erstattung wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>Refund: %1. Up to %2 it is issued at once.</source>
        <translation>Erstattung: %1. Bis %2 wird sie sofort ausgeführt.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReplyBox</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Write the answer… (Ctrl+Enter sends it)</source>
        <translation>Antwort schreiben… (Strg+Eingabe sendet sie)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <source>Not filled in: %1 — replace them before sending.</source>
        <translation>Nicht ausgefüllt: %1 – vor dem Senden ersetzen.</translation>
    </message>
    <message>
        <source>the customer&apos;s language</source>
        <translation>der Sprache des Kunden</translation>
    </message>
    <message>
        <source>The template has no text in %1; the %2 text was used.</source>
        <translation>Die Vorlage hat keinen Text auf %1; der Text auf %2 wurde verwendet.</translation>
    </message>
    <message>
        <source>Templates are filled in for the customer: link the conversation to a customer first.</source>
        <translation>Vorlagen werden für den Kunden ausgefüllt: Verknüpfen Sie das Gespräch zuerst mit einem Kunden.</translation>
    </message>
    <message>
        <source>Insert a template filled in for the customer</source>
        <translation>Eine für den Kunden ausgefüllte Vorlage einfügen</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReplyTemplatesView</name>
    <message>
        <source>The customer&apos;s full name</source>
        <translation>Der vollständige Name des Kunden</translation>
    </message>
    <message>
        <source>The first word of the customer&apos;s name</source>
        <translation>Das erste Wort des Kundennamens</translation>
    </message>
    <message>
        <source>The order&apos;s number</source>
        <translation>Die Nummer der Bestellung</translation>
    </message>
    <message>
        <source>The day the order was placed</source>
        <translation>Der Tag der Bestellung</translation>
    </message>
    <message>
        <source>The order&apos;s total in the customer&apos;s format</source>
        <translation>Die Summe der Bestellung im Format des Kunden</translation>
    </message>
    <message>
        <source>Where the order stands, in the customer&apos;s words</source>
        <translation>Der Stand der Bestellung in der Sprache des Kunden</translation>
    </message>
    <message>
        <source>The courier the order went with</source>
        <translation>Der Paketdienst, mit dem die Bestellung verschickt wurde</translation>
    </message>
    <message>
        <source>The parcel&apos;s tracking number</source>
        <translation>Die Sendungsnummer des Pakets</translation>
    </message>
    <message>
        <source>The shop&apos;s name</source>
        <translation>Der Name des Shops</translation>
    </message>
    <message>
        <source>The name of the agent who answers</source>
        <translation>Der Name der Person, die antwortet</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte zeigen</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivieren</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Antwortvorlagen</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <translation>Text auf %1</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Platzhalter (Doppelklick fügt ein):</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>The %1 text uses {%2}, which is not a placeholder. Use one from the list.</source>
        <translation>Der Text auf %1 verwendet {%2}, das ist kein Platzhalter. Nehmen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>The %1 text is empty.</source>
        <translation>Der Text auf %1 ist leer.</translation>
    </message>
    <message>
        <source>There is a template of that name already.</source>
        <translation>Es gibt schon eine Vorlage mit diesem Namen.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geben Sie der Vorlage einen Namen.</translation>
    </message>
    <message>
        <source>Write the template&apos;s text in one language at least.</source>
        <translation>Schreiben Sie den Text der Vorlage in mindestens einer Sprache.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Vorlage gespeichert.</translation>
    </message>
    <message>
        <source>Template archived; it is no longer offered.</source>
        <translation>Vorlage archiviert; sie wird nicht mehr angeboten.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReportTableModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Umsatz (%1)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>Vorperiode (%1)</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>ggü. Vorperiode</translation>
    </message>
    <message>
        <source>A year ago (%1)</source>
        <translation>Vorjahr (%1)</translation>
    </message>
    <message>
        <source>vs a year ago</source>
        <translation>ggü. Vorjahr</translation>
    </message>
    <message>
        <source>Units vs previous</source>
        <translation>Stück ggü. Vorperiode</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <translation>Veränderung (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Units change</source>
        <translation>Veränderung (Stück)</translation>
    </message>
    <message>
        <source>Stock-outs</source>
        <translation>Fehlbestände</translation>
    </message>
    <message>
        <source>Time out of stock</source>
        <translation>Zeit nicht vorrätig</translation>
    </message>
    <message>
        <source>Share of period</source>
        <translation>Anteil am Zeitraum</translation>
    </message>
    <message>
        <source>Out now</source>
        <translation>Jetzt nicht vorrätig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Refused orders</source>
        <translation>Abgelehnte Bestellungen</translation>
    </message>
    <message>
        <source>Units refused</source>
        <translation>Stück abgelehnt</translation>
    </message>
    <message>
        <source>Lost revenue (%1)</source>
        <translation>Entgangener Umsatz (%1)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>Stammkunden</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Stammkundenquote</translation>
    </message>
    <message>
        <source>Orders from repeat customers</source>
        <translation>Bestellungen von Stammkunden</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Orders handled</source>
        <translation>Bearbeitete Bestellungen</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Cancelled or expired</source>
        <translation>Storniert oder abgelaufen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Median time to payment</source>
        <translation>Zeit bis Zahlung (Median)</translation>
    </message>
    <message>
        <source>Average time to payment</source>
        <translation>Zeit bis Zahlung (Durchschnitt)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Gestiegen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Gesunken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Erste Antwort, Median</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Erste Antwort, 90. Perzentil</translation>
    </message>
    <message>
        <source>First response in target</source>
        <translation>Erste Antwort im Ziel</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Lösung, Median</translation>
    </message>
    <message>
        <source>Resolution, 90th percentile</source>
        <translation>Lösung, 90. Perzentil</translation>
    </message>
    <message>
        <source>Resolution in target</source>
        <translation>Lösung im Ziel</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Überschreitungen</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>QA causes</source>
        <translation>QS-Ursachen</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnDialog</name>
    <message>
        <source>&amp;Approve now and send the customer the instructions</source>
        <translation>&amp;Jetzt genehmigen und dem Kunden die Anleitung senden</translation>
    </message>
    <message>
        <source>Start a return</source>
        <translation>Rücksendung starten</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <source>Lines to return</source>
        <translation>Zurückzusendende Positionen</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>Was der Kunde gesagt hat (optional)</translation>
    </message>
    <message>
        <source>&amp;Start return</source>
        <translation>Rücksendung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Return of order #%1 for ticket T-%2</source>
        <translation>Rücksendung zu Bestellung #%1 für Ticket T-%2</translation>
    </message>
    <message>
        <source>Return of order #%1</source>
        <translation>Rücksendung zu Bestellung #%1</translation>
    </message>
    <message>
        <source>Units of %1 to return</source>
        <translation>Zurückzusendende Stück von %1</translation>
    </message>
    <message>
        <source>Untick &quot;Approve now&quot; to request the return; a manager or QA approves it.</source>
        <translation>Entfernen Sie den Haken bei „Jetzt genehmigen“, um die Rücksendung anzufragen; eine Führungskraft oder die Qualitätssicherung genehmigt sie.</translation>
    </message>
    <message>
        <source>Choose how many units come back.</source>
        <translation>Wählen Sie, wie viele Stück zurückkommen.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnReceivingWidget</name>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Scan or type a return (R-17) or order number, then a product per unit, each with Enter</source>
        <translation>Rücksendung (R-17) oder Bestellnummer scannen oder tippen, dann ein Produkt pro Stück, jeweils mit Enter</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Approved returns waiting</source>
        <translation>Genehmigte Rücksendungen, die erwartet werden</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Einlagern</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Abschreiben</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Units received per line</source>
        <translation>Eingegangene Stück je Position</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>S&amp;cannen:</translation>
    </message>
    <message>
        <source>All %1 units of %2 are counted already.</source>
        <translation>Alle %1 Stück von %2 sind schon gezählt.</translation>
    </message>
    <message>
        <source>%1: %2 restocked.</source>
        <translation>%1: %2 eingelagert.</translation>
    </message>
    <message>
        <source>%1 is not on %2 and no approved return has that number.</source>
        <translation>%1 ist nicht auf %2, und keine genehmigte Rücksendung hat diese Nummer.</translation>
    </message>
    <message>
        <source>No approved return has the number %1.</source>
        <translation>Keine genehmigte Rücksendung hat die Nummer %1.</translation>
    </message>
    <message>
        <source>%1 — order #%2, %3</source>
        <translation>%1 — Bestellung #%2, %3</translation>
    </message>
    <message>
        <source>Scan each unit, or type the counts; then Receive.</source>
        <translation>Scannen Sie jedes Stück oder tippen Sie die Mengen ein; dann Annehmen.</translation>
    </message>
    <message>
        <source>%1 is received.</source>
        <translation>%1 ist eingegangen.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsChart</name>
    <message>
        <source>Returns and refunds per month</source>
        <translation>Rücksendungen und Erstattungen pro Monat</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rücksendungen</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Net revenue after refunds (%1)</source>
        <translation>Nettoumsatz nach Erstattungen (%1)</translation>
    </message>
    <message>
        <source>returns and refunds</source>
        <translation>Rücksendungen und Erstattungen</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsColumns</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rücksendungen</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>Zurückgesandte Einheiten</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>Wieder eingelagert</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Refunded (%1)</source>
        <translation>Erstattet (%1)</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>Positionen (%1)</translation>
    </message>
    <message>
        <source>Shipping (%1)</source>
        <translation>Versand (%1)</translation>
    </message>
    <message>
        <source>Goodwill (%1)</source>
        <translation>Kulanz (%1)</translation>
    </message>
    <message>
        <source>Double charges (%1)</source>
        <translation>Doppelbelastungen (%1)</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Verkaufte Einheiten</translation>
    </message>
    <message>
        <source>Share returned</source>
        <translation>Rücksendequote</translation>
    </message>
    <message>
        <source>Gross revenue (%1)</source>
        <translation>Bruttoumsatz (%1)</translation>
    </message>
    <message>
        <source>Net revenue (%1)</source>
        <translation>Nettoumsatz (%1)</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsPanel</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppierung:</translation>
    </message>
    <message>
        <source>by product</source>
        <translation>nach Produkt</translation>
    </message>
    <message>
        <source>by reason</source>
        <translation>nach Grund</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>nach Monat</translation>
    </message>
    <message>
        <source>Group the returns and refunds</source>
        <translation>Rücksendungen und Erstattungen gruppieren</translation>
    </message>
    <message>
        <source>Returns and refunds</source>
        <translation>Rücksendungen und Erstattungen</translation>
    </message>
    <message>
        <source>%1 returns, %2 units (%3 restocked, %4 written off) · %5 refunds, %6 · %7 of units sold came back · net revenue %8 (gross %9)</source>
        <translation>%1 Rücksendungen, %2 Einheiten (%3 wieder eingelagert, %4 abgeschrieben) · %5 Erstattungen, %6 · %7 der verkauften Einheiten kamen zurück · Nettoumsatz %8 (brutto %9)</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsView</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Show returns</source>
        <translation>Rücksendungen anzeigen</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>Alle Rücksendungen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rücksendungen</translation>
    </message>
    <message>
        <source>Lines of the return</source>
        <translation>Positionen der Rücksendung</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>Eingelagert</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Return %1 is approved; the customer has the instructions.</source>
        <translation>Rücksendung %1 ist genehmigt; der Kunde hat die Anleitung.</translation>
    </message>
    <message>
        <source>Return %1 is exchanged: order #%2 is reserved and paid.</source>
        <translation>Rücksendung %1 ist umgetauscht: Bestellung #%2 ist reserviert und bezahlt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pick a return in the list to see it here.</source>
        <translation>Wählen Sie eine Rücksendung in der Liste, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Order #%1 of %2</source>
        <translation>Bestellung #%1 von %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>From ticket T-%1</source>
        <translation>Aus Ticket T-%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Return window ends %1</source>
        <translation>Rückgabefrist endet %1</translation>
    </message>
    <message>
        <source>Exchanged: order #%1</source>
        <translation>Umgetauscht: Bestellung #%1</translation>
    </message>
    <message>
        <source>Reject return</source>
        <translation>Rücksendung ablehnen</translation>
    </message>
    <message>
        <source>Why is %1 rejected?</source>
        <translation>Warum wird %1 abgelehnt?</translation>
    </message>
    <message>
        <source>Return %1 is rejected.</source>
        <translation>Rücksendung %1 ist abgelehnt.</translation>
    </message>
    <message>
        <source>Refunds to approve</source>
        <translation>Zu genehmigende Erstattungen</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>&amp;Umtauschen…</translation>
    </message>
    <message>
        <source>A replacement order for the returned lines, or others at the same price, paid by the return</source>
        <translation>Eine Ersatzbestellung für die zurückgesandten Positionen oder andere zum gleichen Preis, bezahlt durch die Rücksendung</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReviewQueueWidget</name>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Content waiting for review or scheduled</source>
        <translation>Inhalte, die auf Prüfung warten oder geplant sind</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Changed / publishes at</source>
        <translation>Geändert / veröffentlicht am</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>Veröffentlichen am</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Approve &amp;&amp; publish now</source>
        <translation>Freigeben &amp;&amp; jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Schedule at</source>
        <translation>Planen für</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Pick a time in the future to schedule.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft, um zu planen.</translation>
    </message>
    <message>
        <source>Select a page first.</source>
        <translation>Wählen Sie zuerst eine Seite aus.</translation>
    </message>
    <message>
        <source>%1 was sent back to its editor.</source>
        <translation>%1 wurde an den Bearbeiter zurückgegeben.</translation>
    </message>
    <message>
        <source>%1 will be published at %2.</source>
        <translation>%1 wird am %2 veröffentlicht.</translation>
    </message>
    <message>
        <source>%1 is published as revision %2.</source>
        <translation>%1 ist als Revision %2 veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RevisionHistoryWidget</name>
    <message>
        <source>Roll back to this revision</source>
        <translation>Auf diese Revision zurücksetzen</translation>
    </message>
    <message>
        <source>Published revisions</source>
        <translation>Veröffentlichte Revisionen</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Differences between the revisions</source>
        <translation>Unterschiede zwischen den Revisionen</translation>
    </message>
    <message>
        <source>Compare from revision</source>
        <translation>Vergleichen ab Revision</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare revision</source>
        <translation>Revision vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>current draft</source>
        <translation>aktueller Entwurf</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing published yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Noch nichts veröffentlicht.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>Aktueller Entwurf</translation>
    </message>
    <message>
        <source>&lt;p&gt;No field differs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Feld unterscheidet sich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#666&quot;&gt;Unchanged: %1&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#666&quot;&gt;Unverändert: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a revision first.</source>
        <translation>Wählen Sie zuerst eine Revision aus.</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>Nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>Revision %1 is live again as revision %2.</source>
        <translation>Revision %1 ist als Revision %2 wieder live.</translation>
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
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>H3</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Zwischenüberschrift</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Link the selected text</source>
        <translation>Ausgewählten Text verlinken</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Adresse (https://…):</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SettingsView</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Mail relay &amp;&amp; sender</source>
        <translation>Mail-Relay &amp;&amp; Absender</translation>
    </message>
    <message>
        <source>Relay (SMTP URL):</source>
        <translation>Relay (SMTP-URL):</translation>
    </message>
    <message>
        <source>Relay password:</source>
        <translation>Relay-Passwort:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Absender:</translation>
    </message>
    <message>
        <source>Shop identity</source>
        <translation>Angaben zum Shop</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Postanschrift:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Replies go to:</source>
        <translation>Antworten gehen an:</translation>
    </message>
    <message>
        <source>Bank details:</source>
        <translation>Bankverbindung:</translation>
    </message>
    <message>
        <source>Orders &amp;&amp; payments</source>
        <translation>Bestellungen &amp;&amp; Zahlungen</translation>
    </message>
    <message>
        <source>Reservation (minutes):</source>
        <translation>Reservierung (Minuten):</translation>
    </message>
    <message>
        <source>Payment reminder (minutes before):</source>
        <translation>Zahlungserinnerung (Minuten vorher):</translation>
    </message>
    <message>
        <source>Return window (days):</source>
        <translation>Rückgabefrist (Tage):</translation>
    </message>
    <message>
        <source>Refund approval limit (cents):</source>
        <translation>Freigabegrenze für Erstattungen (Cent):</translation>
    </message>
    <message>
        <source>Payment pages (method=URL):</source>
        <translation>Zahlungsseiten (Zahlungsart=URL):</translation>
    </message>
    <message>
        <source>Carriers&apos; tracking (carrier=URL):</source>
        <translation>Sendungsverfolgung (Versanddienst=URL):</translation>
    </message>
    <message>
        <source>Shop mailbox (IMAP)</source>
        <translation>Postfach des Shops (IMAP)</translation>
    </message>
    <message>
        <source>Mailbox (IMAP URL):</source>
        <translation>Postfach (IMAP-URL):</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Read every (seconds):</source>
        <translation>Abrufen alle (Sekunden):</translation>
    </message>
    <message>
        <source>Business calendar &amp;&amp; service levels</source>
        <translation>Geschäftskalender &amp;&amp; Service-Levels</translation>
    </message>
    <message>
        <source>The business calendar and the service levels are kept with customer care.</source>
        <translation>Der Geschäftskalender und die Service-Levels werden beim Kundenservice gepflegt.</translation>
    </message>
    <message>
        <source>Open &amp;Tickets</source>
        <translation>&amp;Tickets öffnen</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1</source>
        <translation>Die Einstellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Set by the operator on the server&apos;s command line; change it there.</source>
        <translation>Vom Betreiber in der Befehlszeile des Servers gesetzt; dort ändern.</translation>
    </message>
    <message>
        <source>A change applies at the server&apos;s next start.</source>
        <translation>Eine Änderung gilt ab dem nächsten Start des Servers.</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(gesetzt)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>Die Einstellungen sind gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: the mail relay cannot be used. %1</source>
        <translation>Nicht gespeichert: Das Mail-Relay kann nicht verwendet werden. %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ShellModule</name>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rücksendungen</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Open again at</source>
        <translation>Wieder offen ab</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SyncStatusWidget</name>
    <message>
        <source>Show the changes waiting for the server</source>
        <translation>Änderungen anzeigen, die auf den Server warten</translation>
    </message>
    <message>
        <source>Offline — retrying in %1 s</source>
        <translation>Offline — neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nichts ausstehend</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Zuletzt synchronisiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln Änderung wartet</numerusform>
            <numerusform>%Ln Änderungen warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TicketQueueView</name>
    <message>
        <source>New tic&amp;ket…</source>
        <translation>Neues Tic&amp;ket …</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Erledigt …</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Ticket-Warteschlange</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Open a ticket for a customer (Ctrl+N)</source>
        <translation>Ein Ticket für einen Kunden eröffnen (Strg+N)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Record the outcome of the selected follow-up</source>
        <translation>Das Ergebnis der gewählten Wiedervorlage festhalten</translation>
    </message>
    <message>
        <source>Follow-ups due for you</source>
        <translation>Ihre fälligen Wiedervorlagen</translation>
    </message>
    <message>
        <source>Ticket %1 is open; the customer was sent an acknowledgement.</source>
        <translation>Ticket %1 ist eröffnet; der Kunde hat eine Eingangsbestätigung erhalten.</translation>
    </message>
    <message>
        <source>Ticket T-%1</source>
        <translation>Ticket T-%1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Bestellung #%1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>The follow-up is done.</source>
        <translation>Die Wiedervorlage ist erledigt.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TicketThreadView</name>
    <message>
        <source>From the customer</source>
        <translation>Vom Kunden</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Antwort an den Kunden</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>verspätet erfüllt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>breached (was due %1)</source>
        <translation>überschritten (fällig war %1)</translation>
    </message>
    <message>
        <source>due %1 (in %2)</source>
        <translation>fällig %1 (in %2)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>&amp;Antwort senden</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>&amp;Status ändern</translation>
    </message>
    <message>
        <source>&amp;Escalate to QA</source>
        <translation>An QS &amp;eskalieren</translation>
    </message>
    <message>
        <source>Schedule &amp;follow-up…</source>
        <translation>&amp;Wiedervorlage planen …</translation>
    </message>
    <message>
        <source>The ticket is yours.</source>
        <translation>Das Ticket gehört jetzt Ihnen.</translation>
    </message>
    <message>
        <source>Choose a ticket in the queue.</source>
        <translation>Wählen Sie ein Ticket in der Warteschlange.</translation>
    </message>
    <message>
        <source>Messages of the ticket</source>
        <translation>Nachrichten des Tickets</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>Antwort oder Notiz</translation>
    </message>
    <message>
        <source>A reply is e-mailed to the customer; a note only staff read.</source>
        <translation>Eine Antwort geht per E-Mail an den Kunden; eine Notiz lesen nur Mitarbeiter.</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <source>Moves the ticket to the QA queue; the text in the box goes with it as the reason, as an internal note.</source>
        <translation>Verschiebt das Ticket in die QS-Warteschlange; der Text im Feld geht als Grund mit, als interne Notiz.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Bestellung #%1</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Positionen: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorität: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Nobody has it</source>
        <translation>Niemand hat es</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>In the QA queue</source>
        <translation>In der QS-Warteschlange</translation>
    </message>
    <message>
        <source>QA found: %1 — %2</source>
        <translation>QS-Befund: %1 — %2</translation>
    </message>
    <message>
        <source>First response: %1 · Next update: %2 · Resolution: %3</source>
        <translation>Erste Antwort: %1 · Nächste Rückmeldung: %2 · Lösung: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>Schreiben Sie zuerst den Text.</translation>
    </message>
    <message>
        <source>The reply is on its way to the customer.</source>
        <translation>Die Antwort ist unterwegs zum Kunden.</translation>
    </message>
    <message>
        <source>The note is added.</source>
        <translation>Die Notiz ist hinzugefügt.</translation>
    </message>
    <message>
        <source>The ticket is now &quot;%1&quot;.</source>
        <translation>Das Ticket ist jetzt „%1“.</translation>
    </message>
    <message>
        <source>The ticket is in the QA queue.</source>
        <translation>Das Ticket ist in der QS-Warteschlange.</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1.</source>
        <translation>Wiedervorlage geplant für %1.</translation>
    </message>
    <message>
        <source>St&amp;art return…</source>
        <translation>Rücksendung st&amp;arten…</translation>
    </message>
    <message>
        <source>Return %1 is started for this ticket.</source>
        <translation>Rücksendung %1 ist für dieses Ticket gestartet.</translation>
    </message>
    <message>
        <source>Returns of this ticket</source>
        <translation>Rücksendungen dieses Tickets</translation>
    </message>
    <message>
        <source>Double-click a return to open it in Returns.</source>
        <translation>Doppelklicken Sie auf eine Rücksendung, um sie in „Rücksendungen“ zu öffnen.</translation>
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
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>QA q&amp;ueue</source>
        <translation>QS-Warte&amp;schlange</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TrendCharts</name>
    <message>
        <source>Revenue (%1)</source>
        <translation>Umsatz (%1)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue against the previous period and a year ago (%1)</source>
        <translation>Umsatz im Vergleich zur Vorperiode und zum Vorjahr (%1)</translation>
    </message>
    <message>
        <source>A year ago (%1)</source>
        <translation>Vorjahr (%1)</translation>
    </message>
    <message>
        <source>Previous (%1)</source>
        <translation>Vorperiode (%1)</translation>
    </message>
    <message>
        <source>Current (%1)</source>
        <translation>Aktuell (%1)</translation>
    </message>
    <message>
        <source>Top movers: change in revenue (%1)</source>
        <translation>Größte Veränderungen: Umsatzveränderung (%1)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Gestiegen</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Gesunken</translation>
    </message>
    <message>
        <source>Hours out of stock</source>
        <translation>Stunden nicht vorrätig</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Customers and repeat customers</source>
        <translation>Kunden und Stammkunden</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>Stammkunden</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Orders per agent</source>
        <translation>Bestellungen pro Bearbeiter</translation>
    </message>
    <message>
        <source>Orders handled</source>
        <translation>Bearbeitete Bestellungen</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>QA causes per month</source>
        <translation>QS-Ursachen pro Monat</translation>
    </message>
    <message>
        <source>QA causes per month: no findings</source>
        <translation>QS-Ursachen pro Monat: keine Befunde</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>%1: nothing in this period</source>
        <translation>%1: nichts in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TrendsWidget</name>
    <message>
        <source>Saved the quarterly report as %1.</source>
        <translation>Quartalsbericht als %1 gespeichert.</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>nach Quartal</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>nach Monat</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>nach Woche</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the table of this tab as a CSV file</source>
        <translation>Tabelle dieses Tabs als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Quarterly report PDF…</source>
        <translation>Quartalsbericht als PDF…</translation>
    </message>
    <message>
        <source>Save a printable report of the chosen range with its charts</source>
        <translation>Druckfertigen Bericht des gewählten Zeitraums mit Diagrammen speichern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the quarterly report of the chosen range</source>
        <translation>Quartalsbericht des gewählten Zeitraums drucken</translation>
    </message>
    <message>
        <source>Range start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Range end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Größte Veränderungen</translation>
    </message>
    <message>
        <source>Stock-outs</source>
        <translation>Fehlbestände</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Preparing the quarterly report…</source>
        <translation>Quartalsbericht wird erstellt…</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Products of the category &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Produkte der Kategorie &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click a category or channel to see its products.</source>
        <translation>Doppelklicken Sie auf eine Kategorie oder einen Kanal, um die zugehörigen Produkte zu sehen.</translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Zahlen mit Stand %1</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save the quarterly report</source>
        <translation>Quartalsbericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Revenue &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Umsatz &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; vs %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ggü. %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; orders, &lt;b&gt;%2&lt;/b&gt; units</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Bestellungen, &lt;b&gt;%2&lt;/b&gt; Stück</translation>
    </message>
    <message>
        <source>repeat customers &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Stammkunden &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; products out of stock, &lt;b&gt;%2&lt;/b&gt; orders refused (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Produkte nicht vorrätig, &lt;b&gt;%2&lt;/b&gt; Bestellungen abgelehnt (%3)</translation>
    </message>
    <message>
        <source>Quarterly trends report</source>
        <translation>Quartals-Trendbericht</translation>
    </message>
    <message>
        <source>Sent the quarterly report to %1.</source>
        <translation>Quartalsbericht an %1 gesendet.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rücksendungen</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::UsersView</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Muss Passwort ändern</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Shop website</source>
        <translation>Shop-Website</translation>
    </message>
    <message>
        <source>Content editor</source>
        <translation>Inhaltsredaktion</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Qualitätssicherung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last log-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation>%1 kann sich jetzt anmelden.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>%1 must change this password at the next log-in; their open sessions end now.</source>
        <translation>%1 muss dieses Passwort bei der nächsten Anmeldung ändern; die offenen Sitzungen enden jetzt.</translation>
    </message>
    <message>
        <source>%1 must change the new password at the next log-in.</source>
        <translation>%1 muss das neue Passwort bei der nächsten Anmeldung ändern.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ist jetzt: %2.</translation>
    </message>
    <message>
        <source>%1 is disabled and signed out everywhere.</source>
        <translation>%1 ist deaktiviert und überall abgemeldet.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::WarehouseView</name>
    <message>
        <source>&amp;New location…</source>
        <translation>&amp;Neuer Lagerplatz…</translation>
    </message>
    <message>
        <source>Batch entry</source>
        <translation>Stapelerfassung</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Pickliste</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Neuer Lagerplatz</translation>
    </message>
    <message>
        <source>Name of the warehouse, room or bin:</source>
        <translation>Name des Lagers, Raums oder Fachs:</translation>
    </message>
    <message>
        <source>Location %1 created.</source>
        <translation>Lagerplatz %1 angelegt.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Rücksendungen</translation>
    </message>
</context>
</TS>
