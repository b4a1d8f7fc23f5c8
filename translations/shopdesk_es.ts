<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;RTL&quot; for a language written right to left, otherwise as &quot;LTR&quot;. Qt lays out every window from this entry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shopdesk</name>
    <message>
        <source>A SKU is 1 to 64 letters, digits, dots, underscores or hyphens: &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Idempotency-Key header must be a UUID such as 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO 4217 code such as EUR: &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimal places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 have at most %n decimal place(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Money is written as {&quot;amount_minor&quot;: integer, &quot;currency&quot;: &quot;EUR&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link template &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link has been altered or was not issued by this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not paid online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is not a placeholder; use {order_id}, {amount_minor} or {amount}, and {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs {order_id}, {currency} and one of {amount_minor} or {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not have a #fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it fully percent-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameters &quot;expires&quot; and &quot;sig&quot; are reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as method=URL, for example paypal=https://...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not paid online, so it has no payment link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment links for %1 are not set up on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment link needs a saved order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment link needs an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment link needs an expiry time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a payment link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link carries no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link is incomplete: its expiry or signature is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment links are not set up on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link expired at %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link does not match any payment provider set up on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment method; use card, paypal, skrill, bank_transfer or cash_on_delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card (Visa, Mastercard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrill (Moneybookers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1 has the value &quot;%2&quot;; expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown period &quot;%1&quot;; use quarter, month, week or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either quarter or from and to, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quarter as YYYY-Qn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both from and to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range starts on %1, after its end on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report covers at most ten years, from 1970 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report tables have version %1; this server knows %2. Use a newer server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 report has no parameter &quot;%2&quot;; it reads %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;; use product, category or channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use chat, email, phone or web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be a whole number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports are for managers and admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;; the reports are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost demand needs a positive quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the log-in but sent no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://shop-server:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, and this computer has no copy of your data to work offline with yet. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, and this is not the password that last worked on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail and phone are up to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is up to 10,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, so the customer was not created. Try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache&apos;s version cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache was written by a newer Shopdesk (schema %1; this one knows up to %2). Update Shopdesk or remove %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such outbox entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the payment reference (up to 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was changed. Try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued — not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarterly report has no sales figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shopdesk: the back-office for online shops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the server at URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the shop on this computer (the embedded server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder of the embedded server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PNGs of the log-in, shell and products view to DIR, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de, es, hi, ar) for this run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::sync::JsonTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::sync::OrderListModel</name>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — stock at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stock count found fewer units than this order holds: check with the warehouse before promising delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::sync::OutboxModel</name>
    <message>
        <source>queued — not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tried %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued — not confirmed (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued — not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::sync::ProductTableModel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::sync::SyncEngine</name>
    <message>
        <source>The live connection stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again to reach the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts this log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the live connection&apos;s log-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the channel the order came through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are up to 10,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quantity is between 1 and 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order for customer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 available (%3 asked for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BatchEntry</name>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BatchEntryWidget</name>
    <message>
        <source>&amp;Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery note or order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a SKU or EAN, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the whole batch (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is moved from %2 to the same location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in each line&apos;s note what &quot;other&quot; means (%1 has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was posted; line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Posted %n line(s): %1 movement(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Post the lines, or remove them, to change this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConflictView</name>
    <message>
        <source>Save with these choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 saved version %2 while you were editing.&lt;/b&gt; Pick for each differing field which text to keep, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentDocument</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentEditor</name>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitchen/Knives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. steel, gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Featured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone saved this page while you were editing. Nothing was saved: choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentView</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CredentialStore</name>
    <message>
        <source>No password is saved for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the password cannot be remembered (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer (%1), so the password is not remembered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerPanel</name>
    <message>
        <source>Ne&amp;w customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new one anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-m&amp;ail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phon&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deli&amp;very address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the existing customer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a customer we already have (same e-mail or phone):
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ImageCheck</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 KiB; images may be at most %3 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; each side must be 1 to %4 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file ends too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be shown (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ImagePanel</name>
    <message>
        <source>Images, the first is the main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make main image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::LoginDialog</name>
    <message>
        <source>On this computer (standalone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this computer&apos;s shop on the local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me (password kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in — Shopdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shopdesk&lt;/h2&gt;Log in to your shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://shop-server:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other computers then log in to this one as their server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to share on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to share on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the shop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no shop yet. Shopdesk will create one: the administrator is &lt;b&gt;admin&lt;/b&gt;, with the password you choose below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network address such as 0.0.0.0 or 192.168.1.20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the shop on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::LowStockWidget</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products below their minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU or EAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock cannot be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the minimum now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum of %1 at %2 is now %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MainWindow</name>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer, shared at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopdesk — %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Changes stay queued until you log in again (File → Log out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: you are working offline from this computer&apos;s copy. Changes wait until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) has no module in this desktop client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Shopdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Shopdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shopdesk %1&lt;/h3&gt;&lt;p&gt;The back-office for online shops: orders, warehouse, content and trends on one live stock.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not yet on the server: %1. They are kept on this computer and sent the next time you start Shopdesk. Quit now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MovementHistoryWidget</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU or EAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movements.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n movement(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderDetailWidget</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press again to cancel order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save order summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 is cancelled; its units are free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an order in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1 · Payment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation expires in %1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with %1 · tracking %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order is shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderIntakeWidget</name>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU, barcode or product name — Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the warehouse and colleagues (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve the order on the server (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer (Alt+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a product (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lines yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line asks for more than is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued — not confirmed. Sending it to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued — not confirmed. The server cannot be reached; the order goes to it as soon as the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed — the server refused the order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved — order #%1. The reservation expires in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved — order #%1. The units are held until shipment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderLinesModel</name>
    <message>
        <source>Only %1 of %2 available (%3 asked for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 available: lower the quantity or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderListView</name>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: order number, SKU, product, notes, tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderSummary</name>
    <message>
        <source>Order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order (not confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay online: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped with %1, tracking number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrdersWidget</name>
    <message>
        <source>&amp;New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OutboxPanel</name>
    <message>
        <source>Changes waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here wait in this list until the server confirms them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting: everything done on this computer has reached the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PaymentLinkBox</name>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail to customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment link is on its way to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PickListDocument</name>
    <message>
        <source>Pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paid orders are waiting to ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock at risk: a count found fewer units than are reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PickListWidget</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tracking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pick list cannot be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick-list.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the pick list to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was not shipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 shipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money, dates and numbers follow the language too. The window reopens in the new language; nothing waiting to be sent is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductPreview</name>
    <message>
        <source>Preview of the product page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No image&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#1b7f3b&quot;&gt;In stock (%1 available)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b00020&quot;&gt;Out of stock&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Details&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductsView</name>
    <message>
        <source>Available only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by SKU, name, barcode or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide products with nothing left to sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuarterlyReportWriter</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly trends report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopdesk quarterly trends report, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quarterly trends report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Channel: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated on %1 UTC. Sales are orders with status %2, dated by when they were placed; amounts in %3.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue vs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat-customer rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost to stock-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by category, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top 10 products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top movers against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-outs and demand lost to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product was out of stock and no order was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service by agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuickSearchDialog</name>
    <message>
        <source>Find product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU, name or barcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuickSearchModel</name>
    <message>
        <source>%1 available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on hand, %2 reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReportTableModel</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year ago (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs a year ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units vs previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost revenue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from repeat customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time to payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReviewQueueWidget</name>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content waiting for review or scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed / publishes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve &amp;&amp; publish now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a time in the future to schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was sent back to its editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be published at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is published as revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RevisionHistoryWidget</name>
    <message>
        <source>Roll back to this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare from revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing published yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No field differs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#666&quot;&gt;Unchanged: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a revision first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 is live again as revision %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RichTextEdit</name>
    <message>
        <source>H2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>¶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ShellModule</name>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SyncStatusWidget</name>
    <message>
        <source>Show the changes waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — retrying in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TrendCharts</name>
    <message>
        <source>Revenue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue against the previous period and a year ago (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year ago (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top movers: change in revenue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers and repeat customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TrendsWidget</name>
    <message>
        <source>Saved the quarterly report as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table of this tab as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly report PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a printable report of the chosen range with its charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the quarterly report of the chosen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the quarterly report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products of the category &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a category or channel to see its products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the quarterly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; orders, &lt;b&gt;%2&lt;/b&gt; units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat customers &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; products out of stock, &lt;b&gt;%2&lt;/b&gt; orders refused (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly trends report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the quarterly report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::WarehouseView</name>
    <message>
        <source>&amp;New location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the warehouse, room or bin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
