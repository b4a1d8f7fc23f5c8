<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <translation>Un SKU tiene de 1 a 64 letras, dígitos, puntos, guiones bajos o guiones: «%1» no lo es.</translation>
    </message>
    <message>
        <source>The Idempotency-Key header must be a UUID such as 123e4567-e89b-12d3-a456-426614174000.</source>
        <translation>La cabecera Idempotency-Key debe ser un UUID, como 123e4567-e89b-12d3-a456-426614174000.</translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation>No se pueden combinar importes en %1 y en %2.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <source>A currency is a three-letter ISO 4217 code such as EUR: &quot;%1&quot; is not.</source>
        <translation>Una moneda es un código ISO 4217 de tres letras, como EUR: «%1» no lo es.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Introduzca un importe.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimal places.</source>
        <translation>Los importes en %1 no tienen decimales.</translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Los importes en %1 tienen como máximo %n decimal.</numerusform>
            <numerusform>Los importes en %1 tienen como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Money is written as {&quot;amount_minor&quot;: integer, &quot;currency&quot;: &quot;EUR&quot;}.</source>
        <translation>Los importes se escriben como {&quot;amount_minor&quot;: entero, &quot;currency&quot;: &quot;EUR&quot;}.</translation>
    </message>
    <message>
        <source>The payment link template &quot;%1&quot; cannot be used: %2</source>
        <translation>No se puede usar la plantilla de enlace de pago «%1»: %2</translation>
    </message>
    <message>
        <source>The payment link has been altered or was not issued by this shop.</source>
        <translation>El enlace de pago se ha alterado o no lo ha emitido esta tienda.</translation>
    </message>
    <message>
        <source>%1 is not paid online.</source>
        <translation>%1 no se paga en línea.</translation>
    </message>
    <message>
        <source>{%1} appears more than once.</source>
        <translation>{%1} aparece más de una vez.</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder; use {order_id}, {amount_minor} or {amount}, and {currency}.</source>
        <translation>{%1} no es un marcador; use {order_id}, {amount_minor} o {amount}, y {currency}.</translation>
    </message>
    <message>
        <source>it needs {order_id}, {currency} and one of {amount_minor} or {amount}.</source>
        <translation>necesita {order_id}, {currency} y uno de {amount_minor} o {amount}.</translation>
    </message>
    <message>
        <source>it is not an http or https address.</source>
        <translation>no es una dirección http ni https.</translation>
    </message>
    <message>
        <source>it must not have a #fragment.</source>
        <translation>no debe tener un #fragmento.</translation>
    </message>
    <message>
        <source>write it fully percent-encoded.</source>
        <translation>escríbala completamente con codificación porcentual.</translation>
    </message>
    <message>
        <source>the parameters &quot;expires&quot; and &quot;sig&quot; are reserved.</source>
        <translation>los parámetros «expires» y «sig» están reservados.</translation>
    </message>
    <message>
        <source>write it as method=URL, for example paypal=https://...</source>
        <translation>escríbala como método=URL, por ejemplo paypal=https://...</translation>
    </message>
    <message>
        <source>%1 is not paid online, so it has no payment link.</source>
        <translation>%1 no se paga en línea, así que no tiene enlace de pago.</translation>
    </message>
    <message>
        <source>Payment links for %1 are not set up on the server.</source>
        <translation>Los enlaces de pago para %1 no están configurados en el servidor.</translation>
    </message>
    <message>
        <source>A payment link needs a saved order.</source>
        <translation>Un enlace de pago requiere un pedido guardado.</translation>
    </message>
    <message>
        <source>A payment link needs an amount above zero.</source>
        <translation>Un enlace de pago requiere un importe mayor que cero.</translation>
    </message>
    <message>
        <source>A payment link needs an expiry time.</source>
        <translation>Un enlace de pago requiere una fecha de caducidad.</translation>
    </message>
    <message>
        <source>This is not a payment link.</source>
        <translation>Esto no es un enlace de pago.</translation>
    </message>
    <message>
        <source>The payment link carries no signature.</source>
        <translation>El enlace de pago no lleva firma.</translation>
    </message>
    <message>
        <source>The payment link is incomplete: its expiry or signature is missing or damaged.</source>
        <translation>El enlace de pago está incompleto: falta su caducidad o su firma, o están dañadas.</translation>
    </message>
    <message>
        <source>Payment links are not set up on the server.</source>
        <translation>Los enlaces de pago no están configurados en el servidor.</translation>
    </message>
    <message>
        <source>The payment link expired at %1 UTC.</source>
        <translation>El enlace de pago caducó el %1 UTC.</translation>
    </message>
    <message>
        <source>The payment link does not match any payment provider set up on the server.</source>
        <translation>El enlace de pago no corresponde a ningún proveedor de pagos configurado en el servidor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment method; use card, paypal, skrill, bank_transfer or cash_on_delivery.</source>
        <translation>«%1» no es una forma de pago; use card, paypal, skrill, bank_transfer o cash_on_delivery.</translation>
    </message>
    <message>
        <source>Card (Visa, Mastercard)</source>
        <translation>Tarjeta (Visa, Mastercard)</translation>
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
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Pago contra reembolso</translation>
    </message>
    <message>
        <source>The parameter %1 has the value &quot;%2&quot;; expected %3.</source>
        <translation>El parámetro %1 tiene el valor «%2»; se esperaba %3.</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>una fecha en formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Unknown period &quot;%1&quot;; use quarter, month, week or custom.</source>
        <translation>Periodo desconocido «%1»; use quarter, month, week o custom.</translation>
    </message>
    <message>
        <source>Give either quarter or from and to, not both.</source>
        <translation>Indique quarter o bien from y to, pero no ambos.</translation>
    </message>
    <message>
        <source>a quarter as YYYY-Qn</source>
        <translation>un trimestre en formato AAAA-Qn</translation>
    </message>
    <message>
        <source>Give both from and to.</source>
        <translation>Indique tanto from como to.</translation>
    </message>
    <message>
        <source>The range starts on %1, after its end on %2.</source>
        <translation>El intervalo empieza el %1, después de su fin el %2.</translation>
    </message>
    <message>
        <source>A report covers at most ten years, from 1970 on.</source>
        <translation>Un informe abarca como máximo diez años, a partir de 1970.</translation>
    </message>
    <message>
        <source>The report tables have version %1; this server knows %2. Use a newer server.</source>
        <translation>Las tablas del informe tienen la versión %1; este servidor conoce la %2. Use un servidor más reciente.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>No se puede conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>The %1 report has no parameter &quot;%2&quot;; it reads %3.</source>
        <translation>El informe %1 no tiene el parámetro «%2»; admite %3.</translation>
    </message>
    <message>
        <source>The parameter %1 is given twice.</source>
        <translation>El parámetro %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Unknown dimension &quot;%1&quot;; use product, category or channel.</source>
        <translation>Dimensión desconocida «%1»; use product, category o channel.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;; use chat, email, phone or web.</source>
        <translation>Canal desconocido «%1»; use chat, email, phone o web.</translation>
    </message>
    <message>
        <source>A category has at most 200 characters.</source>
        <translation>Una categoría tiene como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The limit must be a whole number from 1 to 1000, not &quot;%1&quot;.</source>
        <translation>El límite debe ser un número entero entre 1 y 1000, no «%1».</translation>
    </message>
    <message>
        <source>Reports are for managers and admins.</source>
        <translation>Los informes son para gerentes y administradores.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;; the reports are %2.</source>
        <translation>No existe el informe «%1»; los informes disponibles son %2.</translation>
    </message>
    <message>
        <source>Lost demand needs a positive quantity.</source>
        <translation>La demanda perdida requiere una cantidad positiva.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>No existe el producto %1.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The server accepted the log-in but sent no token.</source>
        <translation>El servidor aceptó el inicio de sesión, pero no envió ningún token.</translation>
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
        <translation>Producto</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Origen → destino</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example http://shop-server:8080.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo http://shop-server:8080.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this computer has no copy of your data to work offline with yet. (%1)</source>
        <translation>No se puede conectar con el servidor y este equipo aún no tiene una copia de sus datos para trabajar sin conexión. (%1)</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this is not the password that last worked on this computer.</source>
        <translation>No se puede conectar con el servidor y esta no es la contraseña que funcionó por última vez en este equipo.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Introduzca el nombre del cliente.</translation>
    </message>
    <message>
        <source>Name, e-mail and phone are up to 200 characters.</source>
        <translation>El nombre, el correo electrónico y el teléfono tienen como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The address is up to 10,000 characters.</source>
        <translation>La dirección tiene como máximo 10 000 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number.</source>
        <translation>Introduzca una dirección de correo electrónico o un número de teléfono.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the customer was not created. Try again when the connection is back.</source>
        <translation>No se puede conectar con el servidor, así que no se ha creado el cliente. Vuelva a intentarlo cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>No se puede abrir la caché local %1: %2</translation>
    </message>
    <message>
        <source>The local cache could not be written: %1</source>
        <translation>No se ha podido escribir en la caché local: %1</translation>
    </message>
    <message>
        <source>The local cache&apos;s version cannot be read.</source>
        <translation>No se puede leer la versión de la caché local.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer Shopdesk (schema %1; this one knows up to %2). Update Shopdesk or remove %3.</source>
        <translation>La caché local la escribió una versión más reciente de Shopdesk (esquema %1; esta admite hasta el %2). Actualice Shopdesk o elimine %3.</translation>
    </message>
    <message>
        <source>No such outbox entry.</source>
        <translation>No existe ese cambio pendiente.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Enter the payment reference (up to 200 characters).</source>
        <translation>Introduzca la referencia de pago (hasta 200 caracteres).</translation>
    </message>
    <message>
        <source>The server cannot be reached; nothing was changed. Try again when the connection is back.</source>
        <translation>No se puede conectar con el servidor; no se ha cambiado nada. Vuelva a intentarlo cuando se restablezca la conexión.</translation>
    </message>
    <message>
        <source>Queued — not confirmed</source>
        <translation>En cola — sin confirmar</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Skrill</source>
        <translation>Skrill</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <source>The quarterly report has no sales figures.</source>
        <translation>El informe trimestral no tiene cifras de ventas.</translation>
    </message>
    <message>
        <source>Cannot write the report file.</source>
        <translation>No se puede escribir el archivo del informe.</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1</source>
        <translation>No se puede escribir el archivo CSV: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Paste the payment link that the provider reports as paid.</source>
        <translation>Pegue el enlace de pago que el proveedor de pagos notifica como pagado.</translation>
    </message>
    <message>
        <source>This payment link has expired.</source>
        <translation>Este enlace de pago ha caducado.</translation>
    </message>
    <message>
        <source>This payment link has been altered (order, amount, currency, expiry or signature): it is not the one the shop sent.</source>
        <translation>Este enlace de pago ha sido alterado (pedido, importe, moneda, caducidad o firma): no es el que envió la tienda.</translation>
    </message>
    <message>
        <source>This payment link is for an order the shop does not have.</source>
        <translation>Este enlace de pago corresponde a un pedido que la tienda no tiene.</translation>
    </message>
    <message>
        <source>This payment link no longer matches its order (amount, currency or payment method changed).</source>
        <translation>Este enlace de pago ya no coincide con su pedido (han cambiado el importe, la moneda o la forma de pago).</translation>
    </message>
    <message>
        <source>This is not a payment link of this shop.</source>
        <translation>Este no es un enlace de pago de esta tienda.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>Only %1 of %2 available (%3 asked for).</source>
        <translation>Solo hay %1 disponibles de %2 (se piden %3).</translation>
    </message>
    <message>
        <source>Only %1 of %2 available.</source>
        <translation>Solo hay %1 disponibles de %2.</translation>
    </message>
    <message>
        <source>Not possible now: the order is %1.</source>
        <translation>No es posible ahora: el pedido está %1.</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>Su rol no permite hacer esto.</translation>
    </message>
    <message>
        <source>Your session has ended: log out and log in again.</source>
        <translation>Su sesión ha terminado: cierre la sesión y vuelva a iniciarla.</translation>
    </message>
    <message>
        <source>A product with this SKU exists already.</source>
        <translation>Ya existe un producto con este SKU.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>Este nombre de usuario ya está en uso.</translation>
    </message>
    <message>
        <source>A location of this name exists already.</source>
        <translation>Ya existe una ubicación con este nombre.</translation>
    </message>
    <message>
        <source>Another product page has this URL slug.</source>
        <translation>Otra página de producto ya tiene este slug de URL.</translation>
    </message>
    <message>
        <source>This customer is not on the server.</source>
        <translation>Este cliente no está en el servidor.</translation>
    </message>
    <message>
        <source>A removal needs a reason.</source>
        <translation>Una salida necesita un motivo.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Esto no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The customer has no e-mail address.</source>
        <translation>El cliente no tiene dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Bank transfer and cash on delivery have no payment link.</source>
        <translation>La transferencia bancaria y el pago contra reembolso no tienen enlace de pago.</translation>
    </message>
    <message>
        <source>The server has no payment link set up for this payment method.</source>
        <translation>El servidor no tiene configurado un enlace de pago para esta forma de pago.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>Una contraseña tiene al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Too many failed log-ins: try again in %1 s.</source>
        <translation>Demasiados inicios de sesión fallidos: vuelva a intentarlo en %1 s.</translation>
    </message>
    <message>
        <source>Someone else saved this page after you opened it.</source>
        <translation>Otra persona guardó esta página después de que usted la abriera.</translation>
    </message>
    <message>
        <source>An order has at most 500 lines.</source>
        <translation>Un pedido tiene como máximo 500 líneas.</translation>
    </message>
    <message>
        <source>The server cannot store anything right now; try again in a moment.</source>
        <translation>El servidor no puede guardar nada en este momento; vuelva a intentarlo en un instante.</translation>
    </message>
    <message>
        <source>The server refused it (%1).</source>
        <translation>El servidor lo rechazó (%1).</translation>
    </message>
    <message>
        <source>This program cannot run the shop on this computer; connect to a server.</source>
        <translation>Este programa no puede ejecutar la tienda en este ordenador; conéctese a un servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s answer (%1) cannot be read: its field &quot;%2&quot; is missing or of the wrong type.</source>
        <translation>No se puede leer la respuesta del servidor (%1): su campo «%2» falta o tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;.</source>
        <translation>No existe el informe «%1».</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing or has the wrong type.</source>
        <translation>El campo &quot;%1&quot; falta o tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an order status.</source>
        <translation>&quot;%1&quot; no es un estado de pedido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of stock movement.</source>
        <translation>&quot;%1&quot; no es un tipo de movimiento de stock.</translation>
    </message>
    <message>
        <source>The opening hours of &quot;%1&quot; must be a list of [open, close] pairs.</source>
        <translation>El horario de «%1» debe ser una lista de pares [apertura, cierre].</translation>
    </message>
    <message>
        <source>Opening hours %1 must be a pair of times, such as [&quot;09:00&quot;, &quot;17:00&quot;].</source>
        <translation>El horario %1 debe ser un par de horas, por ejemplo [&quot;09:00&quot;, &quot;17:00&quot;].</translation>
    </message>
    <message>
        <source>Opening hours %1 hold a time that is not HH:MM between 00:00 and 23:59 (24:00 only as a closing time).</source>
        <translation>El horario %1 contiene una hora que no es HH:MM entre 00:00 y 23:59 (24:00 solo como hora de cierre).</translation>
    </message>
    <message>
        <source>The holidays must be a list of dates (YYYY-MM-DD).</source>
        <translation>Los festivos deben ser una lista de fechas (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The holiday %1 is not a date written as YYYY-MM-DD.</source>
        <translation>El festivo %1 no es una fecha escrita como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The time zone is not a known time zone.</source>
        <translation>La zona horaria no es una zona horaria conocida.</translation>
    </message>
    <message>
        <source>Opening hours %1 (%2–%3) are empty or reversed: the opening time must come before the closing time.</source>
        <translation>El horario %1 (%2–%3) está vacío o invertido: la hora de apertura debe ser anterior a la de cierre.</translation>
    </message>
    <message>
        <source>The opening hours of &quot;%1&quot; overlap: %2–%3 and %4–%5.</source>
        <translation>El horario de «%1» se solapa: %2–%3 y %4–%5.</translation>
    </message>
    <message>
        <source>The calendar has no opening hours on any day of the week.</source>
        <translation>El calendario no tiene horario de apertura en ningún día de la semana.</translation>
    </message>
    <message>
        <source>The holiday %1 is not a date.</source>
        <translation>El festivo %1 no es una fecha.</translation>
    </message>
    <message>
        <source>The holiday %1 (%2) is listed twice.</source>
        <translation>El festivo %1 (%2) aparece dos veces.</translation>
    </message>
    <message>
        <source>The calendar has an unknown field &quot;%1&quot;.</source>
        <translation>El calendario tiene un campo desconocido «%1».</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not a known time zone, such as &quot;Europe/Berlin&quot;.</source>
        <translation>La zona horaria «%1» no es una zona horaria conocida, como «Europe/Berlin».</translation>
    </message>
    <message>
        <source>The opening hours are missing: &quot;hours&quot; must be an object with the weekdays mon … sun.</source>
        <translation>Falta el horario: «hours» debe ser un objeto con los días mon … sun.</translation>
    </message>
    <message>
        <source>The opening hours name an unknown weekday &quot;%1&quot;; the weekdays are mon, tue, wed, thu, fri, sat and sun.</source>
        <translation>El horario nombra un día desconocido «%1»; los días son mon, tue, wed, thu, fri, sat y sun.</translation>
    </message>
    <message>
        <source>The service levels have an unknown field &quot;%1&quot;.</source>
        <translation>Los niveles de servicio tienen un campo desconocido «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of business minutes from 1 to %2 (a year).</source>
        <translation>«%1» debe ser un número entero de minutos laborables de 1 a %2 (un año).</translation>
    </message>
    <message>
        <source>The policy %1 must be an object.</source>
        <translation>La política %1 debe ser un objeto.</translation>
    </message>
    <message>
        <source>The policy %1 has no priority.</source>
        <translation>La política %1 no tiene prioridad.</translation>
    </message>
    <message>
        <source>The kind of policy %1 must be a kind of ticket or null.</source>
        <translation>El tipo de la política %1 debe ser un tipo de ticket o null.</translation>
    </message>
    <message>
        <source>&quot;escalation&quot; must be an object with qa_after_minutes and managers_after_minutes.</source>
        <translation>«escalation» debe ser un objeto con qa_after_minutes y managers_after_minutes.</translation>
    </message>
    <message>
        <source>The managers are told after the QA queue, not before: managers_after_minutes (%1) must be at least qa_after_minutes (%2).</source>
        <translation>Los responsables se avisan después de la cola de QA, no antes: managers_after_minutes (%1) debe ser al menos qa_after_minutes (%2).</translation>
    </message>
    <message>
        <source>The service levels need a &quot;calendar&quot; object.</source>
        <translation>Los niveles de servicio necesitan un objeto «calendar».</translation>
    </message>
    <message>
        <source>&quot;warning_share&quot; must be a number between 0 and 1 (0.8 warns when 80 % of a target is used).</source>
        <translation>«warning_share» debe ser un número entre 0 y 1 (0.8 avisa cuando se ha consumido el 80 % de un objetivo).</translation>
    </message>
    <message>
        <source>&quot;policies&quot; must be a list of policies.</source>
        <translation>«policies» debe ser una lista de políticas.</translation>
    </message>
    <message>
        <source>The policy %1 repeats priority &quot;%2&quot; and kind &quot;%3&quot;.</source>
        <translation>La política %1 repite la prioridad «%2» y el tipo «%3».</translation>
    </message>
    <message>
        <source>Priority &quot;%1&quot; has no policy of its own (one with &quot;kind&quot;: null).</source>
        <translation>La prioridad «%1» no tiene política propia (una con &quot;kind&quot;: null).</translation>
    </message>
    <message>
        <source>A ticket&apos;s history starts with its creation.</source>
        <translation>El historial de un ticket empieza con su creación.</translation>
    </message>
    <message>
        <source>Event %1 of the ticket&apos;s history has no time.</source>
        <translation>El evento %1 del historial del ticket no tiene hora.</translation>
    </message>
    <message>
        <source>Event %1 creates the ticket a second time.</source>
        <translation>El evento %1 crea el ticket por segunda vez.</translation>
    </message>
    <message>
        <source>Write the note first (up to 10,000 characters).</source>
        <translation>Escriba primero la nota (hasta 10.000 caracteres).</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself. Pick the duplicate.</source>
        <translation>Un cliente no puede fusionarse consigo mismo. Elija el duplicado.</translation>
    </message>
    <message>
        <source>Name and e-mail are up to 200 characters.</source>
        <translation>El nombre y el correo tienen como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The notes are up to 10,000 characters.</source>
        <translation>Las notas tienen como máximo 10.000 caracteres.</translation>
    </message>
    <message>
        <source>A customer has at most 10 phones and 10 addresses.</source>
        <translation>Un cliente tiene como máximo 10 teléfonos y 10 direcciones.</translation>
    </message>
    <message>
        <source>Every phone needs a number.</source>
        <translation>Cada teléfono necesita un número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a two-letter country code (AT, DE, …).</source>
        <translation>«%1» no es un código de país de dos letras (AT, DE, …).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of ticket; the kinds are %2.</source>
        <translation>«%1» no es un tipo de ticket; los tipos son %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority; the priorities are %2.</source>
        <translation>«%1» no es una prioridad; las prioridades son %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket status; the statuses are %2.</source>
        <translation>«%1» no es un estado de ticket; los estados son %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cause; the causes are %2.</source>
        <translation>«%1» no es una causa; las causas son %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel; the channels are %2.</source>
        <translation>«%1» no es un canal; los canales son %2.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Return request</source>
        <translation>Solicitud de devolución</translation>
    </message>
    <message>
        <source>Refund request</source>
        <translation>Solicitud de reembolso</translation>
    </message>
    <message>
        <source>Double charge / payment problem</source>
        <translation>Cobro doble / problema de pago</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Problema de entrega</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Esperando al cliente</translation>
    </message>
    <message>
        <source>Waiting on third party</source>
        <translation>Esperando a un tercero</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Stock error</source>
        <translation>Error de stock</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>Embalaje</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>Calidad del producto</translation>
    </message>
    <message>
        <source>Agent error</source>
        <translation>Error del agente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Next update</source>
        <translation>Próxima actualización</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <translation>incumplido hace %1</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>vence ahora</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <source>Due in</source>
        <translation>Vence en</translation>
    </message>
    <message>
        <source>Someone else has already taken this ticket.</source>
        <translation>Otra persona ya ha tomado este ticket.</translation>
    </message>
    <message>
        <source>%1 has already taken this ticket.</source>
        <translation>%1 ya ha tomado este ticket.</translation>
    </message>
    <message>
        <source>A ticket cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Un ticket no puede pasar de «%1» a «%2».</translation>
    </message>
    <message>
        <source>The ticket is closed: reopen it before you reply or add a note.</source>
        <translation>El ticket está cerrado: vuelva a abrirlo antes de responder o añadir una nota.</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>Escriba primero el texto.</translation>
    </message>
    <message>
        <source>This ticket is not in the QA queue any more.</source>
        <translation>Este ticket ya no está en la cola de calidad.</translation>
    </message>
    <message>
        <source>This follow-up was already done.</source>
        <translation>Este seguimiento ya está hecho.</translation>
    </message>
    <message>
        <source>%1 is not on this order in that quantity.</source>
        <translation>%1 no está en este pedido en esa cantidad.</translation>
    </message>
    <message>
        <source>This order belongs to another customer.</source>
        <translation>Este pedido pertenece a otro cliente.</translation>
    </message>
    <message>
        <source>This order is not on the server.</source>
        <translation>Este pedido no está en el servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no list.</source>
        <translation>La respuesta del servidor no contiene ninguna lista.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state of a service-level clock.</source>
        <translation>«%1» no es un estado de un reloj de nivel de servicio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of message; the kinds are customer, public, internal.</source>
        <translation>«%1» no es un tipo de mensaje; los tipos son customer, public, internal.</translation>
    </message>
    <message>
        <source>Event %1 of the ticket&apos;s history is earlier than the one before.</source>
        <translation>El evento %1 del historial del ticket es anterior al que lo precede.</translation>
    </message>
    <message>
        <source>Unknown group &quot;%1&quot;; use agent, kind or channel.</source>
        <translation>Agrupación desconocida «%1»; use agent, kind o channel.</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>A refund&apos;s parts cannot be negative.</source>
        <translation>Las partes de un reembolso no pueden ser negativas.</translation>
    </message>
    <message>
        <source>The Shopdesk-Signature header is missing or not &quot;t=&lt;seconds&gt;,v1=&lt;hex&gt;&quot;.</source>
        <translation>Falta la cabecera Shopdesk-Signature o no tiene la forma &quot;t=&lt;segundos&gt;,v1=&lt;hex&gt;&quot;.</translation>
    </message>
    <message>
        <source>The notification was signed at %1, more than five minutes from the server&apos;s time %2.</source>
        <translation>La notificación se firmó en %1, a más de cinco minutos de la hora del servidor %2.</translation>
    </message>
    <message>
        <source>The notification&apos;s signature does not match its body.</source>
        <translation>La firma de la notificación no coincide con su contenido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a refund destination; use original or store_credit.</source>
        <translation>&quot;%1&quot; no es un destino de reembolso; use original o store_credit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a refund status; use pending_approval, issued or rejected.</source>
        <translation>&quot;%1&quot; no es un estado de reembolso; use pending_approval, issued o rejected.</translation>
    </message>
    <message>
        <source>Original payment method</source>
        <translation>Medio de pago original</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo en tienda</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a return reason.</source>
        <translation>«%1» no es un motivo de devolución.</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Artículo equivocado</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>No es como se describe</translation>
    </message>
    <message>
        <source>No longer wanted</source>
        <translation>Ya no lo quiere</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a return status.</source>
        <translation>«%1» no es un estado de devolución.</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>A reply template needs an id and a name.</source>
        <translation>Una plantilla de respuesta necesita un id y un nombre.</translation>
    </message>
    <message>
        <source>Templates are written in %1; &quot;%2&quot; is not one of them.</source>
        <translation>Las plantillas se escriben en %1; «%2» no es uno de ellos.</translation>
    </message>
    <message>
        <source>The text in %1 is empty.</source>
        <translation>El texto en %1 está vacío.</translation>
    </message>
    <message>
        <source>The text in %1 is longer than %2 characters.</source>
        <translation>El texto en %1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The text in %1 uses {%2}, which is not a placeholder. Known: %3.</source>
        <translation>El texto en %1 usa {%2}, que no es un marcador. Se conocen: %3.</translation>
    </message>
    <message>
        <source>Unknown group &quot;%1&quot;; use product, reason or month.</source>
        <translation>Agrupación desconocida &quot;%1&quot;; use product, reason o month.</translation>
    </message>
    <message>
        <source>Shipping, goodwill and double charges</source>
        <translation>Envío, cortesía y cobros duplicados</translation>
    </message>
    <message>
        <source>No return (refund only)</source>
        <translation>Sin devolución (solo reembolso)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a conversation status; the statuses are %2.</source>
        <translation>«%1» no es un estado de conversación; los estados son %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an inbox channel; the channels are %2.</source>
        <translation>«%1» no es un canal de la bandeja de entrada; los canales son %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message direction; the directions are %2.</source>
        <translation>«%1» no es una dirección de mensaje; las direcciones son %2.</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formulario de contacto</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no conversation.</source>
        <translation>La respuesta del servidor no contiene ninguna conversación.</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged and cannot be moved aside.</source>
        <translation>La caché local %1 está dañada y no se puede apartar.</translation>
    </message>
    <message>
        <source>The server sent a user without a name.</source>
        <translation>El servidor envió un usuario sin nombre.</translation>
    </message>
    <message>
        <source>This is the last admin: make another user an admin first.</source>
        <translation>Es el último administrador: primero haga administrador a otro usuario.</translation>
    </message>
    <message>
        <source>You cannot disable yourself; another admin can.</source>
        <translation>No puede desactivarse a sí mismo; otro administrador sí puede.</translation>
    </message>
    <message>
        <source>This user name is taken: choose another.</source>
        <translation>Este nombre de usuario ya existe: elija otro.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>La contraseña es demasiado corta: use al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>La contraseña nueva debe ser distinta de la anterior.</translation>
    </message>
    <message>
        <source>The old password is wrong.</source>
        <translation>La contraseña anterior no es correcta.</translation>
    </message>
    <message>
        <source>The server sent a backup without a file.</source>
        <translation>El servidor envió una copia de seguridad sin archivo.</translation>
    </message>
    <message>
        <source>The server sent a setting without a name.</source>
        <translation>El servidor envió un ajuste sin nombre.</translation>
    </message>
    <message>
        <source>The server sent an audit entry that cannot be read.</source>
        <translation>El servidor envió una entrada de auditoría que no se puede leer.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Line %1 is not &quot;SKU,price&quot;.</source>
        <translation>La línea %1 no tiene la forma «SKU,precio».</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a SKU.</source>
        <translation>Línea %1: «%2» no es una SKU.</translation>
    </message>
    <message>
        <source>Line %1 names %2 a second time.</source>
        <translation>La línea %1 nombra %2 por segunda vez.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a price in %3.</source>
        <translation>Línea %1: «%2» no es un precio en %3.</translation>
    </message>
    <message>
        <source>Line %1: a price cannot be negative.</source>
        <translation>Línea %1: un precio no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shopdesk: the back-office for online shops.</source>
        <translation>Shopdesk: la gestión interna de tiendas en línea.</translation>
    </message>
    <message>
        <source>Connect to the server at URL.</source>
        <translation>Conectarse al servidor en URL.</translation>
    </message>
    <message>
        <source>Run the shop on this computer (the embedded server).</source>
        <translation>Ejecutar la tienda en este equipo (el servidor integrado).</translation>
    </message>
    <message>
        <source>Data folder of the embedded server.</source>
        <translation>Carpeta de datos del servidor integrado.</translation>
    </message>
    <message>
        <source>User name to log in with.</source>
        <translation>Nombre de usuario con el que iniciar sesión.</translation>
    </message>
    <message>
        <source>Save PNGs of the log-in, shell and products view to DIR, then quit.</source>
        <translation>Guardar capturas PNG del inicio de sesión, la ventana principal y la vista de productos en DIR y salir.</translation>
    </message>
    <message>
        <source>Use LANGUAGE (en, de, es, hi, ar) for this run.</source>
        <translation>Usar LANGUAGE (en, de, es, hi, ar) en esta ejecución.</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::AuditModel</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>Movimiento de existencias</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Existencias bajas</translation>
    </message>
    <message>
        <source>Stock minimum</source>
        <translation>Existencias mínimas</translation>
    </message>
    <message>
        <source>Product page</source>
        <translation>Página de producto</translation>
    </message>
    <message>
        <source>Product images</source>
        <translation>Imágenes de producto</translation>
    </message>
    <message>
        <source>Page placement</source>
        <translation>Ubicación en páginas</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Customer note</source>
        <translation>Nota de cliente</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Reply template</source>
        <translation>Plantilla de respuesta</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::ConversationOrderLinks</name>
    <message>
        <source>There is no conversation or order to link.</source>
        <translation>No hay conversación ni pedido que vincular.</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Último pedido</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::CustomerTimelineModel</name>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Estado del pedido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionado</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Order #%1 created: %2 (%3)</source>
        <translation>Pedido #%1 creado: %2 (%3)</translation>
    </message>
    <message>
        <source>Order #%1 created: %2</source>
        <translation>Pedido #%1 creado: %2</translation>
    </message>
    <message>
        <source>Order #%1 is now %2</source>
        <translation>El pedido #%1 está ahora %2</translation>
    </message>
    <message>
        <source>E-mail not delivered: %1</source>
        <translation>Correo no entregado: %1</translation>
    </message>
    <message>
        <source>E-mail waiting to be sent: %1</source>
        <translation>Correo pendiente de envío: %1</translation>
    </message>
    <message>
        <source>E-mail sent: %1</source>
        <translation>Correo enviado: %1</translation>
    </message>
    <message>
        <source>Customer #%1, a duplicate, was merged into this one.</source>
        <translation>El cliente #%1, un duplicado, se fusionó con este.</translation>
    </message>
    <message>
        <source>A duplicate record was merged into this customer.</source>
        <translation>Un registro duplicado se fusionó con este cliente.</translation>
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
        <translation>Nivel de servicio incumplido en su ticket</translation>
    </message>
    <message>
        <source>Joined the QA queue after a breach</source>
        <translation>Pasó a la cola de calidad tras un incumplimiento</translation>
    </message>
    <message>
        <source>Still breached: the managers are notified</source>
        <translation>Sigue incumplido: se ha avisado a los responsables</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::OrderListModel</name>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>not yet numbered</source>
        <translation>aún sin numerar</translation>
    </message>
    <message>
        <source>%1 — stock at risk</source>
        <translation>%1 — existencias en riesgo</translation>
    </message>
    <message>
        <source>A stock count found fewer units than this order holds: check with the warehouse before promising delivery.</source>
        <translation>Un recuento encontró menos unidades de las que reserva este pedido: consulte con el almacén antes de prometer la entrega.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::OutboxModel</name>
    <message>
        <source>queued — not confirmed</source>
        <translation>en cola — sin confirmar</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservado</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>tried once</source>
        <translation>un intento</translation>
    </message>
    <message>
        <source>tried %1 times</source>
        <translation>%1 intentos</translation>
    </message>
    <message>
        <source>Queued — not confirmed (%1: %2)</source>
        <translation>En cola — sin confirmar (%1: %2)</translation>
    </message>
    <message>
        <source>Queued — not confirmed</source>
        <translation>En cola — sin confirmar</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Pedido %1: %2</translation>
    </message>
    <message>
        <source>Recorded by the server</source>
        <translation>Registrado por el servidor</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En existencia</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::ReplyTemplateListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::SyncEngine</name>
    <message>
        <source>The live connection stopped answering.</source>
        <translation>La conexión en directo dejó de responder.</translation>
    </message>
    <message>
        <source>Log in again to reach the server.</source>
        <translation>Vuelva a iniciar sesión para conectar con el servidor.</translation>
    </message>
    <message>
        <source>The server no longer accepts this log-in.</source>
        <translation>El servidor ya no acepta este inicio de sesión.</translation>
    </message>
    <message>
        <source>The server refused the live connection&apos;s log-in.</source>
        <translation>El servidor rechazó el inicio de sesión de la conexión en directo.</translation>
    </message>
    <message>
        <source>The live connection was closed.</source>
        <translation>Se cerró la conexión en directo.</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Un pedido necesita al menos una línea.</translation>
    </message>
    <message>
        <source>Choose the channel the order came through.</source>
        <translation>Elija el canal por el que llegó el pedido.</translation>
    </message>
    <message>
        <source>Choose a payment method.</source>
        <translation>Elija una forma de pago.</translation>
    </message>
    <message>
        <source>Choose the customer.</source>
        <translation>Elija el cliente.</translation>
    </message>
    <message>
        <source>Notes are up to 10,000 characters.</source>
        <translation>Las notas tienen como máximo 10 000 caracteres.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SKU.</source>
        <translation>«%1» no es un SKU.</translation>
    </message>
    <message>
        <source>A quantity is between 1 and 1,000,000.</source>
        <translation>La cantidad debe estar entre 1 y 1 000 000.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Order for customer %1: %2</source>
        <translation>Pedido para el cliente %1: %2</translation>
    </message>
    <message>
        <source>Stock %1 of %2: %3</source>
        <translation>Existencias (%1) de %2: %3</translation>
    </message>
    <message>
        <source>The server asked to log in again.</source>
        <translation>El servidor ha pedido volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conectar</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>shopdesk::client::TableCell</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::AdminView</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ajustes</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Auditoría</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Catálogo</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::AuditView</name>
    <message>
        <source>Fr&amp;om</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Sear&amp;ch</source>
        <translation>Bus&amp;car</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>Cualquier usuario</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Fields of the change</source>
        <translation>Campos del cambio</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Use&amp;r:</source>
        <translation>Usua&amp;rio:</translation>
    </message>
    <message>
        <source>Recor&amp;d:</source>
        <translation>Registr&amp;o:</translation>
    </message>
    <message>
        <source>The start of the time range is after its end.</source>
        <translation>El inicio del intervalo de tiempo es posterior a su fin.</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>Exportar la auditoría como CSV</translation>
    </message>
    <message>
        <source>audit.csv</source>
        <translation>auditoria.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) to %1.</source>
        <translation>
            <numerusform>%n cambio guardado en %1.</numerusform>
            <numerusform>%n cambios guardados en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BackupsView</name>
    <message>
        <source>OK</source>
        <translation>Correcta</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>This shop keeps its data in PostgreSQL, which Shopdesk does not copy itself. Your operator backs it up with pg_dump on the database server (see &quot;Backups&quot; in the operator guide).</source>
        <translation>Esta tienda guarda sus datos en PostgreSQL, que Shopdesk no copia por sí mismo. Su operador hace la copia con pg_dump en el servidor de base de datos (vea «Backups» en la guía del operador).</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Running since %1, started by %2.</source>
        <translation>En curso desde %1, iniciada por %2.</translation>
    </message>
    <message>
        <source>%1 by %2: failed. %3</source>
        <translation>%1 por %2: fallida. %3</translation>
    </message>
    <message>
        <source>%1 by %2, %3: %4</source>
        <translation>%1 por %2, %3: %4</translation>
    </message>
    <message>
        <source>Check OK: the copy is sound.</source>
        <translation>Comprobación correcta: la copia está intacta.</translation>
    </message>
    <message>
        <source>The check found problems: %1</source>
        <translation>La comprobación encontró problemas: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer copia &amp;ahora</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia…</translation>
    </message>
    <message>
        <source>Backup started: %1</source>
        <translation>Copia de seguridad iniciada: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BatchEntry</name>
    <message>
        <source>add %1</source>
        <translation>añadir %1</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>quitar %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::BatchEntryWidget</name>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>Re&amp;ferencia:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;To location:</source>
        <translation>Ubicación de des&amp;tino:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;hacer</translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <source>&amp;Post batch</source>
        <translation>&amp;Registrar lote</translation>
    </message>
    <message>
        <source>Receive goods</source>
        <translation>Entrada de mercancía</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>direct sale</source>
        <translation>venta directa</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>sustitución</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>daños</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>who delivered</source>
        <translation>quién entregó la mercancía</translation>
    </message>
    <message>
        <source>delivery note or order number</source>
        <translation>albarán o número de pedido</translation>
    </message>
    <message>
        <source>Scan or type a SKU or EAN, then Enter</source>
        <translation>Escanee o escriba un SKU o EAN y pulse Intro</translation>
    </message>
    <message>
        <source>Batch lines</source>
        <translation>Líneas del lote</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>editar %1</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Operación:</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>Es&amp;canear:</translation>
    </message>
    <message>
        <source>Post the whole batch (Ctrl+Enter)</source>
        <translation>Registrar todo el lote (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation>Ningún producto tiene el SKU o código de barras «%1».</translation>
    </message>
    <message>
        <source>&amp;From location:</source>
        <translation>Ubicación de or&amp;igen:</translation>
    </message>
    <message>
        <source>scan %1</source>
        <translation>escanear %1</translation>
    </message>
    <message>
        <source>count</source>
        <translation>recuento</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>traslado</translation>
    </message>
    <message>
        <source>%1 is moved from %2 to the same location.</source>
        <translation>%1 se traslada de %2 a la misma ubicación.</translation>
    </message>
    <message>
        <source>Say in each line&apos;s note what &quot;other&quot; means (%1 has none).</source>
        <translation>Indique en la nota de cada línea qué significa «otro» (%1 no la tiene).</translation>
    </message>
    <message>
        <source>Nothing was posted: %1</source>
        <translation>No se ha registrado nada: %1</translation>
    </message>
    <message>
        <source>Nothing was posted; line %1 (%2): %3</source>
        <translation>No se ha registrado nada; línea %1 (%2): %3</translation>
    </message>
    <message>
        <source>Post the lines, or remove them, to change this.</source>
        <translation>Registre las líneas, o quítelas, para cambiar esto.</translation>
    </message>
    <message numerus="yes">
        <source>Posted %n line(s) as %1.</source>
        <translation>
            <numerusform>Se ha registrado %n línea como %1.</numerusform>
            <numerusform>Se han registrado %n líneas como %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n movimiento</numerusform>
            <numerusform>%n movimientos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CareServicePanel</name>
    <message>
        <source>&lt;b&gt;Care desk tickets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tickets de atención al cliente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>by agent</source>
        <translation>por agente</translation>
    </message>
    <message>
        <source>by kind</source>
        <translation>por tipo</translation>
    </message>
    <message>
        <source>by channel</source>
        <translation>por canal</translation>
    </message>
    <message>
        <source>Group the tickets</source>
        <translation>Agrupar los tickets</translation>
    </message>
    <message>
        <source>Care desk tickets</source>
        <translation>Tickets de atención al cliente</translation>
    </message>
    <message>
        <source>%1 tickets · first response %2 (90%: %3), %4 in target · resolution %5 (90%: %6), %7 in target · %8 breaches · %9 escalations</source>
        <translation>%1 tickets · primera respuesta %2 (90 %: %3), %4 en plazo · resolución %5 (90 %: %6), %7 en plazo · %8 incumplimientos · %9 escalados</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CatalogueView</name>
    <message>
        <source>This barcode belongs to product %1 already.</source>
        <translation>Este código de barras ya pertenece al producto %1.</translation>
    </message>
    <message>
        <source>A product with SKU %1 exists already.</source>
        <translation>Ya existe un producto con la SKU %1.</translation>
    </message>
    <message>
        <source>A tax rate lies between 0 and 100 %.</source>
        <translation>Un tipo impositivo está entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>The price is negative or too large.</source>
        <translation>El precio es negativo o demasiado alto.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Tipo impositivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivados</translation>
    </message>
    <message>
        <source>&amp;New product…</source>
        <translation>&amp;Nuevo producto…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivar</translation>
    </message>
    <message>
        <source>Change &amp;prices…</source>
        <translation>Cambiar &amp;precios…</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>SKU, name or barcode</source>
        <translation>SKU, nombre o código de barras</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Product %1 was created.</source>
        <translation>Se ha creado el producto %1.</translation>
    </message>
    <message>
        <source>Product %1 was saved.</source>
        <translation>Se ha guardado el producto %1.</translation>
    </message>
    <message>
        <source>Product %1 is archived: it keeps its history but cannot be ordered.</source>
        <translation>El producto %1 está archivado: conserva su historial, pero no se puede pedir.</translation>
    </message>
    <message>
        <source>Product %1 can be ordered again.</source>
        <translation>El producto %1 se puede volver a pedir.</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) changed.</source>
        <translation>
            <numerusform>%n precio cambiado.</numerusform>
            <numerusform>%n precios cambiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>&amp;Desarchivar</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CategoryBrowser</name>
    <message>
        <source>Filter categories</source>
        <translation>Filtrar categorías</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Escriba para filtrar</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CategoryPicker</name>
    <message>
        <source>Add sub-category</source>
        <translation>Añadir subcategoría</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>Elija una categoría</translation>
    </message>
    <message>
        <source>New sub-category name</source>
        <translation>Nombre de la nueva subcategoría</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CategoryTreeModel</name>
    <message>
        <source>Home page</source>
        <translation>Página de inicio</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConflictView</name>
    <message>
        <source>Save with these choices</source>
        <translation>Guardar con estas opciones</translation>
    </message>
    <message>
        <source>Back to my draft</source>
        <translation>Volver a mi borrador</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 saved version %2 while you were editing.&lt;/b&gt; Pick for each differing field which text to keep, then save.</source>
        <translation>&lt;b&gt;%1 guardó la versión %2 mientras usted editaba.&lt;/b&gt; Elija para cada campo distinto qué texto conservar y guarde.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mi versión</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Versión guardada</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentEditor</name>
    <message>
        <source>In review</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a aprobación</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Descripción breve</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Kitchen/Knives</source>
        <translation>Cocina/Cuchillos</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. steel, gift</source>
        <translation>Separadas por comas, p. ej.: acero, regalo</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Añadir atributo</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Quitar atributo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <source>Meta description</source>
        <translation>Metadescripción</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Resolver conflicto</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · version %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · versión %3</translation>
    </message>
    <message>
        <source> · &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation> · &lt;i&gt;cambios sin guardar&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Someone saved this page while you were editing. Nothing was saved: choose what to keep.</source>
        <translation>Otra persona guardó esta página mientras usted editaba. No se ha guardado nada: elija qué conservar.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Guardado como versión %1.</translation>
    </message>
    <message>
        <source>Not submitted: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Sent for review.</source>
        <translation>Enviado a aprobación.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>Elegir categoría</translation>
    </message>
    <message>
        <source>Choose the category from the tree (F4)</source>
        <translation>Elegir la categoría en el árbol (F4)</translation>
    </message>
    <message>
        <source>Display order and featured slots are set on the Placement tab, page by page.</source>
        <translation>El orden de presentación y los espacios destacados se definen en la pestaña Disposición, página por página.</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Disposición</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ContentView</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Cola de aprobación</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Disposición</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationListProxy</name>
    <message>
        <source>%1 · %2 typing…</source>
        <translation>%1 · %2 escribiendo…</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationMessagePanel</name>
    <message>
        <source>Lines the message names</source>
        <translation>Líneas que nombra el mensaje</translation>
    </message>
    <message>
        <source>A&amp;dd to order</source>
        <translation>Aña&amp;dir al pedido</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <source>The customer&apos;s message</source>
        <translation>El mensaje del cliente</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Leído de</translation>
    </message>
    <message>
        <source>Put the ticked lines into the order</source>
        <translation>Poner las líneas marcadas en el pedido</translation>
    </message>
    <message>
        <source>Hide the message; the order stays as it is</source>
        <translation>Ocultar el mensaje; el pedido queda como está</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>From %1, %2</source>
        <translation>De %1, %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Not in the catalogue: %1</source>
        <translation>No está en el catálogo: %1</translation>
    </message>
    <message>
        <source>The message names no product of the catalogue.</source>
        <translation>El mensaje no nombra ningún producto del catálogo.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationThread</name>
    <message>
        <source>This mail could not be read (%1); it is kept as it came.</source>
        <translation>No se pudo leer este correo (%1); se conserva tal como llegó.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>too large, not kept</source>
        <translation>demasiado grande, no se conservó</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>%1 answered · %2</source>
        <translation>%1 respondió · %2</translation>
    </message>
    <message>
        <source>%1 wrote · %2</source>
        <translation>%1 escribió · %2</translation>
    </message>
    <message>
        <source>automatic reply</source>
        <translation>respuesta automática</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ConversationView</name>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formulario de contacto</translation>
    </message>
    <message>
        <source>&amp;Link customer…</source>
        <translation>&amp;Vincular cliente…</translation>
    </message>
    <message>
        <source>New customer from &amp;contact</source>
        <translation>Nuevo cliente del &amp;contacto</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Asignár&amp;mela</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Desasignar</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>Nuevo &amp;pedido</translation>
    </message>
    <message>
        <source>Open tic&amp;ket…</source>
        <translation>Abrir tic&amp;ket…</translation>
    </message>
    <message>
        <source>Choose a conversation on the left.</source>
        <translation>Elija una conversación a la izquierda.</translation>
    </message>
    <message>
        <source>Snoo&amp;ze</source>
        <translation>Pospo&amp;ner</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until tomorrow 9:00</source>
        <translation>Hasta mañana a las 9:00</translation>
    </message>
    <message>
        <source>Until a time…</source>
        <translation>Hasta una hora…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Customer: &lt;a href=&quot;customer&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Cliente: &lt;a href=&quot;customer&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Aún sin cliente</translation>
    </message>
    <message>
        <source>Nobody has it</source>
        <translation>Nadie la tiene</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <source>Open, waiting since %1</source>
        <translation>Abierta, en espera desde %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pospuesta hasta %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Put the conversation aside until a time</source>
        <translation>Posponer la conversación hasta una hora</translation>
    </message>
    <message>
        <source>A conversation that is done is reopened before it is snoozed</source>
        <translation>Una conversación hecha se reabre antes de posponerla</translation>
    </message>
    <message>
        <source>Ticket #%1</source>
        <translation>Ticket #%1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Pedido #%1</translation>
    </message>
    <message>
        <source>%1 is replying…</source>
        <translation>%1 está respondiendo…</translation>
    </message>
    <message>
        <source>%1 answered at %2 while you were writing. Their answer is now in the thread; your draft is kept — read it and send yours again if it still fits.</source>
        <translation>%1 respondió a las %2 mientras usted escribía. Su respuesta ya está en la conversación; su borrador se conserva: léala y envíe la suya de nuevo si aún encaja.</translation>
    </message>
    <message>
        <source>A ticket needs a customer: give the conversation a customer first (Link customer… or New customer from contact).</source>
        <translation>Un ticket necesita un cliente: asigne primero un cliente a la conversación (Vincular cliente… o Nuevo cliente del contacto).</translation>
    </message>
    <message>
        <source>%1 is a customer already with this address or phone: link the conversation to them instead of making a second record.</source>
        <translation>%1 ya es cliente con esta dirección o teléfono: vincule la conversación a ese cliente en lugar de crear un segundo registro.</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>Vincular a %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>Could not save the attachment to %1: %2</source>
        <translation>No se pudo guardar el adjunto en %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CredentialStore</name>
    <message>
        <source>No password is saved for this user.</source>
        <translation>No hay ninguna contraseña guardada para este usuario.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer, so the password cannot be remembered (%1).</source>
        <translation>Este equipo no dispone de llavero del sistema, así que no se puede recordar la contraseña (%1).</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1).</source>
        <translation>El llavero del sistema denegó el acceso (%1).</translation>
    </message>
    <message>
        <source>The system keychain did not answer (%1), so the password is not remembered.</source>
        <translation>El llavero del sistema no respondió (%1), así que no se recuerda la contraseña.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerFigures</name>
    <message>
        <source>Lifetime revenue</source>
        <translation>Ingresos totales</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Returns rate</source>
        <translation>Tasa de devoluciones</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Tickets abiertos</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
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
        <translation>Nue&amp;vo cliente</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Crear cliente</translation>
    </message>
    <message>
        <source>&amp;Use this customer</source>
        <translation>&amp;Usar este cliente</translation>
    </message>
    <message>
        <source>Create a new one anyway</source>
        <translation>Crear uno nuevo de todos modos</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>Búsqueda de clientes</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number</source>
        <translation>Nombre, correo electrónico, teléfono o número de pedido</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Clientes coincidentes</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>E-m&amp;ail</source>
        <translation>Correo e&amp;lectrónico</translation>
    </message>
    <message>
        <source>Phon&amp;e</source>
        <translation>T&amp;eléfono</translation>
    </message>
    <message>
        <source>Deli&amp;very address</source>
        <translation>&amp;Dirección de entrega</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Using the existing customer %1.</source>
        <translation>Se usa el cliente existente %1.</translation>
    </message>
    <message>
        <source>Customer %1 created.</source>
        <translation>Cliente %1 creado.</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Ningún cliente coincide con «%1».</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>Aún no se ha elegido ningún cliente.</translation>
    </message>
    <message>
        <source>This looks like a customer we already have (same e-mail or phone):
%1</source>
        <translation>Parece un cliente que ya tenemos (mismo correo electrónico o teléfono):
%1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerPickerDialog</name>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>Link the conversation to a customer</source>
        <translation>Vincular la conversación a un cliente</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number</source>
        <translation>Nombre, correo, teléfono o número de pedido</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerProfileEditor</name>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Remove phone</source>
        <translation>Quitar teléfono</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Add address</source>
        <translation>Añadir dirección</translation>
    </message>
    <message>
        <source>Remove address</source>
        <translation>Quitar dirección</translation>
    </message>
    <message>
        <source>Agrees to marketing e-mails</source>
        <translation>Acepta correos de marketing</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>E-m&amp;ail</source>
        <translation>Correo e&amp;lectrónico</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Address failing: mail to it came back undelivered (%1).</source>
        <translation>Dirección con fallos: el correo enviado a ella fue devuelto sin entregar (%1).</translation>
    </message>
    <message>
        <source>Address failing</source>
        <translation>Dirección con fallos</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerSearchBox</name>
    <message>
        <source>Matching customers</source>
        <translation>Clientes coincidentes</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomerTimelineView</name>
    <message>
        <source>Show &amp;older</source>
        <translation>Mostrar más &amp;antiguos</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Internal note: what was said or agreed</source>
        <translation>Nota interna: lo que se dijo o acordó</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::CustomersView</name>
    <message>
        <source>Customer search</source>
        <translation>Búsqueda de clientes</translation>
    </message>
    <message>
        <source>Find a customer: name, e-mail, phone, order number or ticket number</source>
        <translation>Buscar cliente: nombre, correo, teléfono, número de pedido o de ticket</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Clientes coincidentes</translation>
    </message>
    <message>
        <source>Search for a customer above and pick one to see their profile, figures and timeline.</source>
        <translation>Busque un cliente arriba y elíjalo para ver su perfil, sus cifras y su cronología.</translation>
    </message>
    <message>
        <source>Mer&amp;ge duplicate…</source>
        <translation>&amp;Fusionar duplicado…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Erase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>The duplicate was merged into this customer.</source>
        <translation>El duplicado se fusionó con este cliente.</translation>
    </message>
    <message>
        <source>The customer&apos;s personal data was erased.</source>
        <translation>Se borraron los datos personales del cliente.</translation>
    </message>
    <message>
        <source>Someone else changed this customer meanwhile; saving replaces their change with yours.</source>
        <translation>Otra persona cambió este cliente mientras tanto; al guardar, su cambio se sustituye por el suyo.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This record was merged into customer #%1.</source>
        <translation>Este registro se fusionó con el cliente #%1.</translation>
    </message>
    <message>
        <source>Export customer data</source>
        <translation>Exportar datos del cliente</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>No se pudo escribir la exportación en %1: %2</translation>
    </message>
    <message>
        <source>Exported the customer&apos;s data to %1.</source>
        <translation>Los datos del cliente se exportaron a %1.</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>Nuevo &amp;ticket…</translation>
    </message>
    <message>
        <source>Open a ticket for this customer</source>
        <translation>Abrir un ticket para este cliente</translation>
    </message>
    <message>
        <source>Ticket %1 is open.</source>
        <translation>El ticket %1 está abierto.</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Seguimiento…</translation>
    </message>
    <message>
        <source>Schedule a call-back or follow-up with this customer</source>
        <translation>Programar una devolución de llamada o un seguimiento con este cliente</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1.</source>
        <translation>Seguimiento programado para %1.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::EraseCustomerDialog</name>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Erase %1</source>
        <translation>Borrar a %1</translation>
    </message>
    <message>
        <source>Erasing removes this customer&apos;s name, e-mail, phones, addresses and notes everywhere they are held, also in sent e-mails and the change history. Orders, payments and stock movements stay for the accounts, without the person.

This cannot be undone. Type the customer&apos;s name to confirm: %1</source>
        <translation>Borrar elimina el nombre, el correo, los teléfonos, las direcciones y las notas de este cliente en todos los lugares donde se guardan, también en los correos enviados y en el historial de cambios. Los pedidos, pagos y movimientos de stock se conservan para la contabilidad, sin la persona.

No se puede deshacer. Escriba el nombre del cliente para confirmar: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ExchangeDialog</name>
    <message>
        <source>%1 — %2 (%3 available)</source>
        <translation>%1 — %2 (%3 disponibles)</translation>
    </message>
    <message>
        <source>Exchange return %1</source>
        <translation>Cambiar la devolución %1</translation>
    </message>
    <message>
        <source>A replacement order for order #%1, paid by the return. Replace a line by another product at the same price (another size or colour): type part of its SKU or name.</source>
        <translation>Un pedido de sustitución para el pedido #%1, pagado por la devolución. Sustituya una línea por otro producto del mismo precio (otra talla u otro color): escriba parte de su SKU o de su nombre.</translation>
    </message>
    <message>
        <source>Lines to replace</source>
        <translation>Líneas que sustituir</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Sustitución</translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>Replacement for %1</source>
        <translation>Sustitución de %1</translation>
    </message>
    <message>
        <source>Choose the replacement for %1 from the list.</source>
        <translation>Elija la sustitución de %1 en la lista.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::FeaturedSlotsModel</name>
    <message>
        <source>Slot %1 · empty</source>
        <translation>Espacio %1 · vacío</translation>
    </message>
    <message>
        <source>Slot %1 · %2 (%3)</source>
        <translation>Espacio %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Drop a product here to feature it in this slot</source>
        <translation>Suelte aquí un producto para destacarlo en este espacio</translation>
    </message>
    <message>
        <source>Drag back to the product list, or press Delete, to remove</source>
        <translation>Para quitarlo, arrástrelo de vuelta a la lista de productos o pulse Supr</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::FollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>Programar un seguimiento</translation>
    </message>
    <message>
        <source>What was promised: call back about the refund…</source>
        <translation>Lo prometido: devolver la llamada por el reembolso…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Vence</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation>Vence %1: %2</translation>
    </message>
    <message>
        <source>What came of it: customer happy with the refund…</source>
        <translation>El resultado: cliente contento con el reembolso…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>Write what came of it first.</source>
        <translation>Escriba primero el resultado.</translation>
    </message>
    <message>
        <source>Write what is to be followed up first.</source>
        <translation>Escriba primero lo que hay que seguir.</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Sobre: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ImageCheck</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; images may be at most %3 KiB.</source>
        <translation>%1 ocupa %2 KiB; las imágenes pueden ocupar como máximo %3 KiB.</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or WebP image.</source>
        <translation>%1 no es una imagen PNG, JPEG ni WebP.</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels; each side must be 1 to %4 pixels.</source>
        <translation>%1 mide %2 × %3 píxeles; cada lado debe medir entre 1 y %4 píxeles.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file ends too early.</source>
        <translation>%1 está dañado: el archivo termina antes de tiempo.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be shown (%2).</source>
        <translation>%1 está dañado y no se puede mostrar (%2).</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ImagePanel</name>
    <message>
        <source>Images, the first is the main image</source>
        <translation>Imágenes; la primera es la imagen principal</translation>
    </message>
    <message>
        <source>Add images…</source>
        <translation>Añadir imágenes…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Mover antes</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Mover después</translation>
    </message>
    <message>
        <source>Make main image</source>
        <translation>Convertir en imagen principal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Add images</source>
        <translation>Añadir imágenes</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Main · %1</source>
        <translation>Principal · %1</translation>
    </message>
    <message>
        <source>%1, %2 KiB</source>
        <translation>%1, %2 KiB</translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation>No se ha subido: %1</translation>
    </message>
    <message>
        <source>Order not changed: %1</source>
        <translation>No se ha cambiado el orden: %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>No se ha quitado: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::InboxView</name>
    <message>
        <source>Con&amp;versations</source>
        <translation>Con&amp;versaciones</translation>
    </message>
    <message>
        <source>Templ&amp;ates</source>
        <translation>Plantill&amp;as</translation>
    </message>
    <message>
        <source>The inbox could not be read: %1</source>
        <translation>No se pudo leer la bandeja de entrada: %1</translation>
    </message>
    <message>
        <source>&amp;Waiting</source>
        <translation>&amp;En espera</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>A&amp;biertas</translation>
    </message>
    <message>
        <source>S&amp;noozed</source>
        <translation>Pos&amp;puestas</translation>
    </message>
    <message>
        <source>Don&amp;e</source>
        <translation>&amp;Hechas</translation>
    </message>
    <message>
        <source>M&amp;ine</source>
        <translation>M&amp;ías</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>Bandeja de entrada (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::LoginDialog</name>
    <message>
        <source>On this computer (standalone)</source>
        <translation>En este equipo (independiente)</translation>
    </message>
    <message>
        <source>On a server:</source>
        <translation>En un servidor:</translation>
    </message>
    <message>
        <source>Share this computer&apos;s shop on the local network</source>
        <translation>Compartir la tienda de este equipo en la red local</translation>
    </message>
    <message>
        <source>&amp;Remember me (password kept in the system keychain)</source>
        <translation>&amp;Recordarme (contraseña guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Log in — Shopdesk</source>
        <translation>Iniciar sesión — Shopdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shopdesk&lt;/h2&gt;Log in to your shop.</source>
        <translation>&lt;h2&gt;Shopdesk&lt;/h2&gt;Inicie sesión en su tienda.</translation>
    </message>
    <message>
        <source>http://shop-server:8080</source>
        <translation>http://shop-server:8080</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Other computers then log in to this one as their server.</source>
        <translation>Así, los demás equipos inician sesión en este como su servidor.</translation>
    </message>
    <message>
        <source>Address to share on</source>
        <translation>Dirección en la que compartir</translation>
    </message>
    <message>
        <source>Port to share on</source>
        <translation>Puerto en el que compartir</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Where is the shop?</source>
        <translation>¿Dónde está la tienda?</translation>
    </message>
    <message>
        <source>This computer has no shop yet. Shopdesk will create one: the administrator is &lt;b&gt;admin&lt;/b&gt;, with the password you choose below.</source>
        <translation>Este equipo aún no tiene ninguna tienda. Shopdesk creará una: el administrador es &lt;b&gt;admin&lt;/b&gt;, con la contraseña que elija a continuación.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network address such as 0.0.0.0 or 192.168.1.20.</source>
        <translation>«%1» no es una dirección de red como 0.0.0.0 o 192.168.1.20.</translation>
    </message>
    <message>
        <source>Starting the shop on this computer…</source>
        <translation>Iniciando la tienda en este equipo…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Guardando la contraseña en el llavero del sistema…</translation>
    </message>
    <message>
        <source>An admin set your password: choose your own to go on.</source>
        <translation>Un administrador fijó su contraseña: elija la suya para continuar.</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Elija su contraseña</translation>
    </message>
    <message>
        <source>An admin set the password you logged in with. Choose your own now; nobody else will know it.</source>
        <translation>La contraseña con la que inició sesión la fijó un administrador. Elija ahora la suya; nadie más la conocerá.</translation>
    </message>
    <message>
        <source>Log in again when you are ready to choose your password.</source>
        <translation>Vuelva a iniciar sesión cuando esté listo para elegir su contraseña.</translation>
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
        <translation>Producto</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En existencia</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Set &amp;minimum</source>
        <translation>Fijar &amp;mínimo</translation>
    </message>
    <message>
        <source>Products below their minimum</source>
        <translation>Productos por debajo de su mínimo</translation>
    </message>
    <message>
        <source>SKU or EAN</source>
        <translation>SKU o EAN</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>Mín&amp;imo:</translation>
    </message>
    <message>
        <source>Low stock cannot be loaded: %1</source>
        <translation>No se pueden cargar las existencias bajas: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Below the minimum now: %1</source>
        <translation>Ahora por debajo del mínimo: %1</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation>Ningún producto tiene el SKU o código de barras «%1».</translation>
    </message>
    <message>
        <source>Minimum of %1 at %2 is now %3.</source>
        <translation>El mínimo de %1 en %2 es ahora %3.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MainWindow</name>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>this computer, shared at %1</source>
        <translation>este equipo, compartido en %1</translation>
    </message>
    <message>
        <source>Shopdesk — %1 (%2) on %3</source>
        <translation>Shopdesk — %1 (%2) en %3</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>The server refused: %1 — %2</source>
        <translation>El servidor lo rechazó: %1 — %2</translation>
    </message>
    <message>
        <source>%1 Changes stay queued until you log in again (File → Log out).</source>
        <translation>%1 Los cambios permanecen en cola hasta que vuelva a iniciar sesión (Archivo → Cerrar sesión).</translation>
    </message>
    <message>
        <source>Low stock: %1</source>
        <translation>Existencias bajas: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: you are working offline from this computer&apos;s copy. Changes wait until it is back.</source>
        <translation>No se puede conectar con el servidor: está trabajando sin conexión con la copia de este equipo. Los cambios esperarán hasta que se restablezca la conexión.</translation>
    </message>
    <message>
        <source>Your role (%1) has no module in this desktop client.</source>
        <translation>Su rol (%1) no tiene ningún módulo en este cliente de escritorio.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Find &amp;product…</source>
        <translation>Buscar &amp;producto…</translation>
    </message>
    <message>
        <source>&amp;Search this list</source>
        <translation>Buscar en esta &amp;lista</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Pending changes</source>
        <translation>Cambios &amp;pendientes</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Shopdesk</source>
        <translation>&amp;Acerca de Shopdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About Shopdesk</source>
        <translation>Acerca de Shopdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shopdesk %1&lt;/h3&gt;&lt;p&gt;The back-office for online shops: orders, warehouse, content and trends on one live stock.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shopdesk %1&lt;/h3&gt;&lt;p&gt;La gestión interna de tiendas en línea: pedidos, almacén, contenidos y tendencias sobre unas mismas existencias en directo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Changes still waiting</source>
        <translation>Cambios aún pendientes</translation>
    </message>
    <message>
        <source>Changes not yet on the server: %1. They are kept on this computer and sent the next time you start Shopdesk. Quit now?</source>
        <translation>Cambios que aún no están en el servidor: %1. Se conservan en este equipo y se enviarán la próxima vez que inicie Shopdesk. ¿Desea salir ahora?</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s copy was damaged and has been rebuilt from the server; %n queued change(s) were kept.</source>
        <translation>
            <numerusform>La copia de este equipo estaba dañada y se ha reconstruido desde el servidor; se ha conservado %n cambio en cola.</numerusform>
            <numerusform>La copia de este equipo estaba dañada y se ha reconstruido desde el servidor; se han conservado %n cambios en cola.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MergeCustomerDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Merge duplicate into %1</source>
        <translation>Fusionar duplicado con %1</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number of the duplicate</source>
        <translation>Nombre, correo, teléfono o número de pedido del duplicado</translation>
    </message>
    <message>
        <source>Pick the duplicate above.</source>
        <translation>Elija el duplicado arriba.</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Se conserva</translation>
    </message>
    <message>
        <source>Merged into it, then closed</source>
        <translation>Se fusiona con él y se cierra</translation>
    </message>
    <message>
        <source>The duplicate&apos;s orders and notes move to the customer that stays; empty fields are filled from it and its phones and addresses are added. Only a new edit undoes it.</source>
        <translation>Los pedidos y notas del duplicado pasan al cliente que se conserva; los campos vacíos se rellenan con él y se añaden sus teléfonos y direcciones. Solo una nueva edición lo deshace.</translation>
    </message>
    <message>
        <source>This is the customer that stays; pick the other record.</source>
        <translation>Este es el cliente que se conserva; elija el otro registro.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::MovementHistoryWidget</name>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Movimientos de existencias</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>SKU or EAN</source>
        <translation>SKU o EAN</translation>
    </message>
    <message>
        <source>any location</source>
        <translation>cualquier ubicación</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>cualquier usuario</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Usua&amp;rio:</translation>
    </message>
    <message>
        <source>The history cannot be loaded: %1</source>
        <translation>No se puede cargar el historial: %1</translation>
    </message>
    <message>
        <source>Export movements</source>
        <translation>Exportar movimientos</translation>
    </message>
    <message>
        <source>movements.csv</source>
        <translation>movimientos.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n movement(s) to %1.</source>
        <translation>
            <numerusform>Se ha guardado %n movimiento en %1.</numerusform>
            <numerusform>Se han guardado %n movimientos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NewPasswordDialog</name>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Una contraseña tiene al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>Customer search</source>
        <translation>Búsqueda de clientes</translation>
    </message>
    <message>
        <source>Name, e-mail, phone or order number, then Enter</source>
        <translation>Nombre, correo, teléfono o número de pedido, luego Intro</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>Aún no se ha elegido ningún cliente.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>Sin pedido</translation>
    </message>
    <message>
        <source>Order lines the ticket is about</source>
        <translation>Líneas del pedido a las que se refiere el ticket</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>On the ticket</source>
        <translation>En el ticket</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>What the customer wrote or said (optional)</source>
        <translation>Lo que el cliente escribió o dijo (opcional)</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;Abrir ticket</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>O&amp;rder</source>
        <translation>&amp;Pedido</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Ca&amp;nal</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>P&amp;rioridad</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>A&amp;sunto</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Ningún cliente coincide con «%1».</translation>
    </message>
    <message>
        <source>Order #%1 of %2</source>
        <translation>Pedido n.º %1 del %2</translation>
    </message>
    <message>
        <source>Units of %1 on the ticket</source>
        <translation>Unidades de %1 en el ticket</translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation>Elija primero el cliente.</translation>
    </message>
    <message>
        <source>Give the ticket a subject.</source>
        <translation>Dé un asunto al ticket.</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NewUserDialog</name>
    <message>
        <source>&amp;Must change it at the first log-in</source>
        <translation>&amp;Debe cambiarla al iniciar sesión por primera vez</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Usuario nuevo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Contraseña inicial</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>&amp;Contraseña inicial:</translation>
    </message>
    <message>
        <source>A password has at least %1 characters.</source>
        <translation>Una contraseña tiene al menos %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NoticesButton</name>
    <message>
        <source>Escalations of tickets that concern you: a breach of your ticket, a ticket joining the QA queue, the managers&apos; notice</source>
        <translation>Escalados de tickets que le afectan: un incumplimiento en su ticket, un ticket que entra en la cola de calidad, el aviso a los responsables</translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation>Avisos (%1)</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
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
        <translation>%1 y %2 más</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::NoticesPanel</name>
    <message>
        <source>No notices in this session.</source>
        <translation>No hay avisos en esta sesión.</translation>
    </message>
    <message>
        <source>Mark all &amp;read</source>
        <translation>Marcar todo como &amp;leído</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
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
        <translation>Abrir un ticket desde la conversación</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;Abrir ticket</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioridad</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Asunto</translation>
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
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de línea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Marcar como pa&amp;gado</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Referencia de pago</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Líneas del pedido</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Press again to cancel order #%1</source>
        <translation>Vuelva a pulsar para cancelar el pedido n.º %1</translation>
    </message>
    <message>
        <source>Save order summary</source>
        <translation>Guardar resumen del pedido</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Order #%1 is cancelled; its units are free again.</source>
        <translation>El pedido n.º %1 está cancelado; sus unidades vuelven a estar libres.</translation>
    </message>
    <message>
        <source>Order #%1 is paid.</source>
        <translation>El pedido n.º %1 está pagado.</translation>
    </message>
    <message>
        <source>Pick an order in the list to see it here.</source>
        <translation>Elija un pedido de la lista para verlo aquí.</translation>
    </message>
    <message>
        <source>Order #%1 — %2</source>
        <translation>Pedido n.º %1 — %2</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Channel: %1 · Payment: %2</source>
        <translation>Canal: %1 · Pago: %2</translation>
    </message>
    <message>
        <source>Taken by %1 on %2</source>
        <translation>Registrado por %1 el %2</translation>
    </message>
    <message>
        <source>Reservation expires in %1 min %2 s</source>
        <translation>La reserva caduca en %1 min %2 s</translation>
    </message>
    <message>
        <source>Payment reference: %1</source>
        <translation>Referencia de pago: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Shipped with %1 · tracking %2</source>
        <translation>Enviado con %1 · seguimiento %2</translation>
    </message>
    <message>
        <source>No order is shown.</source>
        <translation>No se muestra ningún pedido.</translation>
    </message>
    <message>
        <source>Check link and mark paid</source>
        <translation>Comprobar enlace y marcar como pagado</translation>
    </message>
    <message>
        <source>Payment link the provider reports as paid</source>
        <translation>Enlace de pago que el proveedor notifica como pagado</translation>
    </message>
    <message>
        <source>Paid payment link</source>
        <translation>Enlace de pago pagado</translation>
    </message>
    <message>
        <source>The server checks the link&apos;s signature and expiry and that it matches its order, then marks that order paid with the reference above.</source>
        <translation>El servidor comprueba la firma y la caducidad del enlace y que coincida con su pedido, y después marca ese pedido como pagado con la referencia de arriba.</translation>
    </message>
    <message>
        <source>The payment link checks out: order #%1 is paid.</source>
        <translation>El enlace de pago es válido: el pedido n.º %1 está pagado.</translation>
    </message>
    <message>
        <source>The link was made for order #%1, which is now paid; this order is unchanged.</source>
        <translation>El enlace era del pedido n.º %1, que ya está pagado; este pedido no ha cambiado.</translation>
    </message>
    <message>
        <source>New &amp;ticket…</source>
        <translation>Nuevo &amp;ticket…</translation>
    </message>
    <message>
        <source>Open a ticket about this order</source>
        <translation>Abrir un ticket sobre este pedido</translation>
    </message>
    <message>
        <source>Ticket %1 is open.</source>
        <translation>El ticket %1 está abierto.</translation>
    </message>
    <message>
        <source>Fo&amp;llow-up…</source>
        <translation>Segui&amp;miento…</translation>
    </message>
    <message>
        <source>Schedule a call-back or follow-up with the customer about this order</source>
        <translation>Programar una devolución de llamada o un seguimiento con el cliente sobre este pedido</translation>
    </message>
    <message>
        <source>%1 · order #%2</source>
        <translation>%1 · pedido n.º %2</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1.</source>
        <translation>Seguimiento programado para %1.</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Devolución…</translation>
    </message>
    <message>
        <source>Take some of this order&apos;s units back</source>
        <translation>Recoger de vuelta algunas unidades de este pedido</translation>
    </message>
    <message>
        <source>Return %1 is started.</source>
        <translation>La devolución %1 está iniciada.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderIntakeWidget</name>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <source>Con&amp;firm order</source>
        <translation>Con&amp;firmar pedido</translation>
    </message>
    <message>
        <source>Ne&amp;xt order</source>
        <translation>&amp;Siguiente pedido</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Añadir producto</translation>
    </message>
    <message>
        <source>SKU, barcode or product name — Enter adds it</source>
        <translation>SKU, código de barras o nombre del producto — Intro lo añade</translation>
    </message>
    <message>
        <source>Matching products</source>
        <translation>Productos coincidentes</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Líneas del pedido</translation>
    </message>
    <message>
        <source>Notes for the warehouse and colleagues (optional)</source>
        <translation>Notas para el almacén y los compañeros (opcional)</translation>
    </message>
    <message>
        <source>Reserve the order on the server (Ctrl+Enter)</source>
        <translation>Reservar el pedido en el servidor (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Can&amp;al</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>Pa&amp;go</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>Find the customer (Alt+C)</source>
        <translation>Buscar el cliente (Alt+C)</translation>
    </message>
    <message>
        <source>Add a product (Alt+I)</source>
        <translation>Añadir un producto (Alt+I)</translation>
    </message>
    <message>
        <source>No product has the SKU or barcode &quot;%1&quot;.</source>
        <translation>Ningún producto tiene el SKU o código de barras «%1».</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>No lines yet</source>
        <translation>Aún no hay líneas</translation>
    </message>
    <message>
        <source>Choose or create the customer first.</source>
        <translation>Primero elija o cree el cliente.</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>Añada al menos una línea.</translation>
    </message>
    <message>
        <source>A line asks for more than is available.</source>
        <translation>Una línea pide más de lo disponible.</translation>
    </message>
    <message>
        <source>Queued — not confirmed. Sending it to the server…</source>
        <translation>En cola — sin confirmar. Enviándolo al servidor…</translation>
    </message>
    <message>
        <source>Queued — not confirmed. The server cannot be reached; the order goes to it as soon as the connection is back.</source>
        <translation>En cola — sin confirmar. No se puede conectar con el servidor; el pedido se enviará en cuanto se restablezca la conexión.</translation>
    </message>
    <message>
        <source>Not confirmed — the server refused the order: %1</source>
        <translation>Sin confirmar — el servidor rechazó el pedido: %1</translation>
    </message>
    <message>
        <source>Reserved — order #%1. The reservation expires in %2.</source>
        <translation>Reservado — pedido n.º %1. La reserva caduca en %2.</translation>
    </message>
    <message>
        <source>Reserved — order #%1. The units are held until shipment.</source>
        <translation>Reservado — pedido n.º %1. Las unidades quedan reservadas hasta el envío.</translation>
    </message>
    <message>
        <source>Order #%1: %2</source>
        <translation>Pedido n.º %1: %2</translation>
    </message>
    <message>
        <source>%1 is archived and can no longer be ordered.</source>
        <translation>%1 está archivado y ya no se puede pedir.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderLinesModel</name>
    <message>
        <source>Only %1 of %2 available (%3 asked for).</source>
        <translation>Solo hay %1 disponibles de %2 (se piden %3).</translation>
    </message>
    <message>
        <source>Only %1 available: lower the quantity or remove the line.</source>
        <translation>Solo hay %1 disponibles: reduzca la cantidad o quite la línea.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de línea</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderListView</name>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtro de canal</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Cualquier canal</translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation>Filtro de agente</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer filter</source>
        <translation>Filtro de cliente</translation>
    </message>
    <message>
        <source>Search: order number, SKU, product, notes, tracking</source>
        <translation>Buscar: número de pedido, SKU, producto, notas, seguimiento</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Buscar pedidos</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Cualquier agente</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pedido</numerusform>
            <numerusform>%Ln pedidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderPaymentsPanel</name>
    <message>
        <source>Store credit</source>
        <translation>Saldo en tienda</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record pa&amp;yment…</source>
        <translation>Registrar pa&amp;go…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Re&amp;embolsar…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Pagado: %1</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>Reembolsado: %1</translation>
    </message>
    <message>
        <source>Owed back: %1</source>
        <translation>A devolver: %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Refund of %1 awaits a manager&apos;s approval.</source>
        <translation>El reembolso de %1 espera la aprobación de un responsable.</translation>
    </message>
    <message>
        <source>Refund of %1 issued.</source>
        <translation>Reembolso de %1 emitido.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrderSummary</name>
    <message>
        <source>Order #%1</source>
        <translation>Pedido n.º %1</translation>
    </message>
    <message>
        <source>Order (not confirmed)</source>
        <translation>Pedido (sin confirmar)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Dirección de entrega</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de línea</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal: %1</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>Pago: %1</translation>
    </message>
    <message>
        <source>Pay online: %1</source>
        <translation>Pagar en línea: %1</translation>
    </message>
    <message>
        <source>Shipped with %1, tracking number %2</source>
        <translation>Enviado con %1, número de seguimiento %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OrdersWidget</name>
    <message>
        <source>&amp;New order</source>
        <translation>&amp;Nuevo pedido</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Pedidos</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::OutboxPanel</name>
    <message>
        <source>Changes waiting for the server</source>
        <translation>Cambios pendientes de enviar al servidor</translation>
    </message>
    <message>
        <source>Changes made here wait in this list until the server confirms them.</source>
        <translation>Los cambios hechos aquí esperan en esta lista hasta que el servidor los confirma.</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Nothing waiting: everything done on this computer has reached the server.</source>
        <translation>Nada pendiente: todo lo hecho en este equipo ha llegado al servidor.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PaymentLinkBox</name>
    <message>
        <source>Cop&amp;y</source>
        <translation>Copia&amp;r</translation>
    </message>
    <message>
        <source>&amp;E-mail to customer</source>
        <translation>&amp;Enviar por correo al cliente</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Enlace de pago</translation>
    </message>
    <message>
        <source>Payment link:</source>
        <translation>Enlace de pago:</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>The payment link is on its way to the customer.</source>
        <translation>El enlace de pago se está enviando al cliente.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PickListDocument</name>
    <message>
        <source>Pick list</source>
        <translation>Lista de preparación</translation>
    </message>
    <message>
        <source>No paid orders are waiting to ship.</source>
        <translation>No hay pedidos pagados pendientes de envío.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Stock at risk: a count found fewer units than are reserved.</source>
        <translation>Existencias en riesgo: un recuento encontró menos unidades de las reservadas.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Pick from</source>
        <translation>Recoger en</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PickListWidget</name>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Pick from</source>
        <translation>Recoger en</translation>
    </message>
    <message>
        <source>Stock at risk</source>
        <translation>Existencias en riesgo</translation>
    </message>
    <message>
        <source>&amp;Ship order</source>
        <translation>Enviar pe&amp;dido</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Orders to pick</source>
        <translation>Pedidos por preparar</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>transportista</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>número de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>T&amp;ransportista:</translation>
    </message>
    <message>
        <source>&amp;Tracking:</source>
        <translation>Segui&amp;miento:</translation>
    </message>
    <message>
        <source>The pick list cannot be loaded: %1</source>
        <translation>No se puede cargar la lista de preparación: %1</translation>
    </message>
    <message>
        <source>Export pick list</source>
        <translation>Exportar lista de preparación</translation>
    </message>
    <message>
        <source>pick-list.pdf</source>
        <translation>lista-de-preparacion.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the pick list to %1.</source>
        <translation>Se ha guardado la lista de preparación en %1.</translation>
    </message>
    <message>
        <source>Order %1 was not shipped: %2</source>
        <translation>El pedido %1 no se ha enviado: %2</translation>
    </message>
    <message>
        <source>Order %1 shipped.</source>
        <translation>Pedido %1 enviado.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes on order %1: %2</source>
        <translation>Notas del pedido %1: %2</translation>
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
        <translation> · destacado en el espacio %1</translation>
    </message>
    <message>
        <source> · not published yet</source>
        <translation> · aún no publicado</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PlacementView</name>
    <message>
        <source>Home page</source>
        <translation>Página de inicio</translation>
    </message>
    <message>
        <source>Category page: %1</source>
        <translation>Página de categoría: %1</translation>
    </message>
    <message>
        <source>Feature in slot</source>
        <translation>Destacar en espacio</translation>
    </message>
    <message>
        <source>Remove from slot</source>
        <translation>Quitar del espacio</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Save placement</source>
        <translation>Guardar disposición</translation>
    </message>
    <message>
        <source>Publish placement</source>
        <translation>Publicar disposición</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Filter pages</source>
        <translation>Filtrar páginas</translation>
    </message>
    <message>
        <source>Featured slots</source>
        <translation>Espacios destacados</translation>
    </message>
    <message>
        <source>Products in display order</source>
        <translation>Productos en orden de presentación</translation>
    </message>
    <message>
        <source>Feature the selected product in the selected slot</source>
        <translation>Destacar el producto seleccionado en el espacio seleccionado</translation>
    </message>
    <message>
        <source>Empty the selected slot (Delete)</source>
        <translation>Vaciar el espacio seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Move the selected product up (Alt+Up)</source>
        <translation>Subir el producto seleccionado (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move the selected product down (Alt+Down)</source>
        <translation>Bajar el producto seleccionado (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Featured slots — drop a product on a slot</source>
        <translation>Espacios destacados — suelte un producto en un espacio</translation>
    </message>
    <message>
        <source>Products in display order — drag to reorder</source>
        <translation>Productos en orden de presentación — arrastre para reordenar</translation>
    </message>
    <message>
        <source>Could not read the categories: %1</source>
        <translation>No se han podido leer las categorías: %1</translation>
    </message>
    <message>
        <source>Could not read the placement: %1</source>
        <translation>No se ha podido leer la disposición: %1</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>Nunca se ha guardado</translation>
    </message>
    <message>
        <source>Version %1 · published</source>
        <translation>Versión %1 · publicada</translation>
    </message>
    <message>
        <source>Version %1 · draft (version %2 is live)</source>
        <translation>Versión %1 · borrador (la versión %2 está publicada)</translation>
    </message>
    <message>
        <source>Version %1 · draft, not published</source>
        <translation>Versión %1 · borrador, sin publicar</translation>
    </message>
    <message>
        <source> · &lt;i&gt;unsaved changes&lt;/i&gt;</source>
        <translation> · &lt;i&gt;cambios sin guardar&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Someone saved this page&apos;s placement meanwhile (version %1). Nothing was saved: Reload to see theirs, then place again.</source>
        <translation>Otra persona guardó entretanto la disposición de esta página (versión %1). No se ha guardado nada: pulse «Recargar» para ver la suya y vuelva a colocar los productos.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Guardado como versión %1.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>No publicado: %1</translation>
    </message>
    <message>
        <source>Published: the catalog now shows this placement.</source>
        <translation>Publicado: el catálogo muestra ahora esta disposición.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Money, dates and numbers follow the language too. The window reopens in the new language; nothing waiting to be sent is lost.</source>
        <translation>Los importes, las fechas y los números también siguen el idioma. La ventana se vuelve a abrir en el nuevo idioma; no se pierde nada de lo pendiente de envío.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::PriceChangeDialog</name>
    <message>
        <source>By &amp;category</source>
        <translation>Por &amp;categoría</translation>
    </message>
    <message>
        <source>From a CSV &amp;file</source>
        <translation>Desde un &amp;archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>Precio anterior</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Precio nuevo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Change prices</source>
        <translation>Cambiar precios</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Change in percent</source>
        <translation>Cambio en porcentaje</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>A file of &quot;SKU,price&quot; lines</source>
        <translation>Un archivo de líneas «SKU,precio»</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>Cambios de precio</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Lista de precios</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Working out the changes…</source>
        <translation>Calculando los cambios…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be put right before the prices can change.</source>
        <translation>
            <numerusform>Hay que corregir %n problema antes de poder cambiar los precios.</numerusform>
            <numerusform>Hay que corregir %n problemas antes de poder cambiar los precios.</numerusform>
        </translation>
    </message>
    <message>
        <source>No price would change.</source>
        <translation>Ningún precio cambiaría.</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) will change. Apply changes them all at once.</source>
        <translation>
            <numerusform>Cambiará %n precio. «Aplicar» los cambia todos a la vez.</numerusform>
            <numerusform>Cambiarán %n precios. «Aplicar» los cambia todos a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the prices…</source>
        <translation>Cambiando los precios…</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductDialog</name>
    <message>
        <source>New product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Editar producto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price in %1</source>
        <translation>Precio en %1</translation>
    </message>
    <message>
        <source>Tax rate in percent</source>
        <translation>Tipo impositivo en porcentaje</translation>
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
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>Código de &amp;barras:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Price (%1):</source>
        <translation>&amp;Precio (%1):</translation>
    </message>
    <message>
        <source>&amp;Tax rate:</source>
        <translation>&amp;Tipo impositivo:</translation>
    </message>
    <message>
        <source>A SKU is 1 to 64 letters, digits, dots, dashes or underscores.</source>
        <translation>Una SKU tiene de 1 a 64 letras, dígitos, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>The price is not an amount of money.</source>
        <translation>El precio no es un importe de dinero.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un precio no puede ser negativo.</translation>
    </message>
    <message>
        <source>Minimum stock</source>
        <translation>Existencias mínimas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>&amp;Minimum stock:</source>
        <translation>Existencias &amp;mínimas:</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductPreview</name>
    <message>
        <source>Preview of the product page</source>
        <translation>Vista previa de la página del producto</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No image&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Sin imagen&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#1b7f3b&quot;&gt;In stock (%1 available)&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#1b7f3b&quot;&gt;En existencia (%1 disponibles)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#b00020&quot;&gt;Out of stock&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#b00020&quot;&gt;Agotado&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Details&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Detalles&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ProductsView</name>
    <message>
        <source>Available only</source>
        <translation>Solo disponibles</translation>
    </message>
    <message>
        <source>Search by SKU, name, barcode or category</source>
        <translation>Buscar por SKU, nombre, código de barras o categoría</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Hide products with nothing left to sell</source>
        <translation>Ocultar los productos sin nada que vender</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Cargando productos…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln producto</numerusform>
            <numerusform>%Ln productos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QaQueueView</name>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Tomar</translation>
    </message>
    <message>
        <source>&amp;Open thread</source>
        <translation>Abrir &amp;conversación</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <source>&amp;Hand back</source>
        <translation>&amp;Devolver</translation>
    </message>
    <message>
        <source>Escalated tickets</source>
        <translation>Tickets escalados</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Acción correctiva</translation>
    </message>
    <message>
        <source>What was done so that it does not happen again</source>
        <translation>Lo que se hizo para que no vuelva a ocurrir</translation>
    </message>
    <message>
        <source>Returns the ticket to its assignee, open</source>
        <translation>Devuelve el ticket, abierto, a su responsable</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation>&amp;Causa</translation>
    </message>
    <message>
        <source>Corrective &amp;action</source>
        <translation>&amp;Acción correctiva</translation>
    </message>
    <message>
        <source>Nothing is escalated.</source>
        <translation>No hay nada escalado.</translation>
    </message>
    <message>
        <source>Choose a ticket.</source>
        <translation>Elija un ticket.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · escalation level %4 · %5</source>
        <translation>%1 · %2 · %3 · nivel de escalado %4 · %5</translation>
    </message>
    <message>
        <source>nobody has it</source>
        <translation>nadie lo tiene</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>%1 is yours.</source>
        <translation>%1 es suyo.</translation>
    </message>
    <message>
        <source>Write the corrective action first.</source>
        <translation>Escriba primero la acción correctiva.</translation>
    </message>
    <message>
        <source>%1 is resolved.</source>
        <translation>%1 está resuelto.</translation>
    </message>
    <message>
        <source>%1 is back with its assignee.</source>
        <translation>%1 vuelve a estar con su responsable.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuarterlyReportWriter</name>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Quarterly trends report</source>
        <translation>Informe trimestral de tendencias</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (del %2 al %3)</translation>
    </message>
    <message>
        <source>Shopdesk quarterly trends report, %1</source>
        <translation>Informe trimestral de tendencias de Shopdesk, %1</translation>
    </message>
    <message>
        <source>%1: quarterly trends report</source>
        <translation>%1: informe trimestral de tendencias</translation>
    </message>
    <message>
        <source> Channel: %1.</source>
        <translation> Canal: %1.</translation>
    </message>
    <message>
        <source>Generated on %1 UTC. Sales are orders with status %2, dated by when they were placed; amounts in %3.%4</source>
        <translation>Generado el %1 UTC. Las ventas son los pedidos con estado %2, fechados según cuándo se realizaron; importes en %3.%4</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unidades vendidas</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Revenue vs %1</source>
        <translation>Ingresos frente a %1</translation>
    </message>
    <message>
        <source>Repeat-customer rate</source>
        <translation>Tasa de clientes recurrentes</translation>
    </message>
    <message>
        <source>Products out of stock</source>
        <translation>Productos agotados</translation>
    </message>
    <message>
        <source>Time out of stock</source>
        <translation>Tiempo sin existencias</translation>
    </message>
    <message>
        <source>Refused orders</source>
        <translation>Pedidos rechazados</translation>
    </message>
    <message>
        <source>Lost to stock-outs</source>
        <translation>Perdido por roturas de stock</translation>
    </message>
    <message>
        <source>Revenue by category, month by month</source>
        <translation>Ingresos por categoría, mes a mes</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Ventas por categoría</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Ventas por canal</translation>
    </message>
    <message>
        <source>Growth by category</source>
        <translation>Crecimiento por categoría</translation>
    </message>
    <message>
        <source>Top 10 products</source>
        <translation>Los 10 productos principales</translation>
    </message>
    <message>
        <source>Top movers against %1</source>
        <translation>Mayores variaciones frente a %1</translation>
    </message>
    <message>
        <source>Stock-outs and demand lost to them</source>
        <translation>Roturas de stock y demanda perdida por ellas</translation>
    </message>
    <message>
        <source>No product was out of stock and no order was refused.</source>
        <translation>Ningún producto se agotó y no se rechazó ningún pedido.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Service by agent</source>
        <translation>Servicio por agente</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>Unidades devueltas</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Net revenue after refunds</source>
        <translation>Ingresos netos tras reembolsos</translation>
    </message>
    <message>
        <source>Care desk tickets by agent</source>
        <translation>Tickets de atención por agente</translation>
    </message>
    <message>
        <source>Returns and refunds by month</source>
        <translation>Devoluciones y reembolsos por mes</translation>
    </message>
    <message>
        <source>Returns and refunds by reason</source>
        <translation>Devoluciones y reembolsos por motivo</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuickSearchDialog</name>
    <message>
        <source>Find product</source>
        <translation>Buscar producto</translation>
    </message>
    <message>
        <source>SKU, name or barcode</source>
        <translation>SKU, nombre o código de barras</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::QuickSearchModel</name>
    <message>
        <source>%1 available</source>
        <translation>%1 disponibles</translation>
    </message>
    <message>
        <source>%1 on hand, %2 reserved</source>
        <translation>%1 en existencia, %2 reservadas</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RecordPaymentDialog</name>
    <message>
        <source>Record a payment for order %1</source>
        <translation>Registrar un pago del pedido %1</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo en tienda</translation>
    </message>
    <message>
        <source>The provider&apos;s or bank&apos;s reference</source>
        <translation>Referencia del proveedor o del banco</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Método</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Importe (%1)</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <source>Type the amount, for example %1.</source>
        <translation>Escriba el importe, por ejemplo %1.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RefundApprovalView</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;chazar</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Refunds awaiting approval</source>
        <translation>Reembolsos pendientes de aprobación</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Refund reference from the provider (optional)</source>
        <translation>Referencia del reembolso del proveedor (opcional)</translation>
    </message>
    <message>
        <source>Refund of %1 for order %2 issued.</source>
        <translation>Reembolso de %1 del pedido %2 emitido.</translation>
    </message>
    <message>
        <source>Refund of %1 for order %2 rejected.</source>
        <translation>Reembolso de %1 del pedido %2 rechazado.</translation>
    </message>
    <message>
        <source>Refund reference</source>
        <translation>Referencia del reembolso</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RefundDialog</name>
    <message>
        <source>This refunds a &amp;double charge</source>
        <translation>Esto reembolsa un cobro &amp;duplicado</translation>
    </message>
    <message>
        <source>Refund order %1</source>
        <translation>Reembolsar el pedido %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Units of %1 to refund</source>
        <translation>Unidades de %1 a reembolsar</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Reembolsar</translation>
    </message>
    <message>
        <source>&amp;Shipping</source>
        <translation>&amp;Envío</translation>
    </message>
    <message>
        <source>&amp;Goodwill</source>
        <translation>&amp;Compensación</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Destino</translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation>&amp;Pago</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>Mo&amp;tivo</translation>
    </message>
    <message>
        <source>Refere&amp;nce</source>
        <translation>Refere&amp;ncia</translation>
    </message>
    <message>
        <source>Type amounts like %1.</source>
        <translation>Escriba importes como %1.</translation>
    </message>
    <message>
        <source>Refund: %1. Above the shop&apos;s approval limit it waits for a manager&apos;s approval.</source>
        <translation>Reembolso: %1. Por encima del límite de aprobación de la tienda, espera la aprobación de un responsable.</translation>
    </message>
    <message>
        <source>Choose units to refund, or type a shipping or goodwill amount.</source>
        <translation>Elija unidades a reembolsar o escriba un importe de envío o de compensación.</translation>
    </message>
    <message>
        <source>Refund: %1. Above %2 a manager approves — this refund will wait for approval.</source>
        <translation>Reembolso: %1. Por encima de %2 lo aprueba un responsable: este reembolso esperará su aprobación.</translation>
    </message>
    <message>
        <source>Refund: %1. Up to %2 it is issued at once.</source>
        <translation>Reembolso: %1. Hasta %2 se emite al instante.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReplyBox</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Write the answer… (Ctrl+Enter sends it)</source>
        <translation>Escriba la respuesta… (Ctrl+Intro la envía)</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Aún no hay plantillas</translation>
    </message>
    <message>
        <source>Not filled in: %1 — replace them before sending.</source>
        <translation>Sin rellenar: %1; sustitúyalos antes de enviar.</translation>
    </message>
    <message>
        <source>the customer&apos;s language</source>
        <translation>el idioma del cliente</translation>
    </message>
    <message>
        <source>The template has no text in %1; the %2 text was used.</source>
        <translation>La plantilla no tiene texto en %1; se usó el texto en %2.</translation>
    </message>
    <message>
        <source>Templates are filled in for the customer: link the conversation to a customer first.</source>
        <translation>Las plantillas se rellenan para el cliente: vincule primero la conversación a un cliente.</translation>
    </message>
    <message>
        <source>Insert a template filled in for the customer</source>
        <translation>Insertar una plantilla rellenada para el cliente</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReplyTemplatesView</name>
    <message>
        <source>The customer&apos;s full name</source>
        <translation>El nombre completo del cliente</translation>
    </message>
    <message>
        <source>The first word of the customer&apos;s name</source>
        <translation>La primera palabra del nombre del cliente</translation>
    </message>
    <message>
        <source>The order&apos;s number</source>
        <translation>El número del pedido</translation>
    </message>
    <message>
        <source>The day the order was placed</source>
        <translation>El día en que se hizo el pedido</translation>
    </message>
    <message>
        <source>The order&apos;s total in the customer&apos;s format</source>
        <translation>El total del pedido en el formato del cliente</translation>
    </message>
    <message>
        <source>Where the order stands, in the customer&apos;s words</source>
        <translation>El estado del pedido, en el idioma del cliente</translation>
    </message>
    <message>
        <source>The courier the order went with</source>
        <translation>La empresa de mensajería con la que se envió el pedido</translation>
    </message>
    <message>
        <source>The parcel&apos;s tracking number</source>
        <translation>El número de seguimiento del paquete</translation>
    </message>
    <message>
        <source>The shop&apos;s name</source>
        <translation>El nombre de la tienda</translation>
    </message>
    <message>
        <source>The name of the agent who answers</source>
        <translation>El nombre del agente que responde</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivadas</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nueva plantilla</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Ar&amp;chive</source>
        <translation>Ar&amp;chivar</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Plantillas de respuesta</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Text in %1</source>
        <translation>Texto en %1</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Marcadores (doble clic para insertar):</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>The %1 text uses {%2}, which is not a placeholder. Use one from the list.</source>
        <translation>El texto en %1 usa {%2}, que no es un marcador. Usa uno de la lista.</translation>
    </message>
    <message>
        <source>The %1 text is empty.</source>
        <translation>El texto en %1 está vacío.</translation>
    </message>
    <message>
        <source>There is a template of that name already.</source>
        <translation>Ya hay una plantilla con ese nombre.</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Ponle un nombre a la plantilla.</translation>
    </message>
    <message>
        <source>Write the template&apos;s text in one language at least.</source>
        <translation>Escribe el texto de la plantilla en al menos un idioma.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Plantilla guardada.</translation>
    </message>
    <message>
        <source>Template archived; it is no longer offered.</source>
        <translation>Plantilla archivada; ya no se ofrece.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReportTableModel</name>
    <message>
        <source>n/a</source>
        <translation>n. d.</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Previous period (%1)</source>
        <translation>Periodo anterior (%1)</translation>
    </message>
    <message>
        <source>vs previous</source>
        <translation>vs. anterior</translation>
    </message>
    <message>
        <source>A year ago (%1)</source>
        <translation>Hace un año (%1)</translation>
    </message>
    <message>
        <source>vs a year ago</source>
        <translation>vs. hace un año</translation>
    </message>
    <message>
        <source>Units vs previous</source>
        <translation>Unidades vs. anterior</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <translation>Variación (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Units change</source>
        <translation>Variación de unidades</translation>
    </message>
    <message>
        <source>Stock-outs</source>
        <translation>Roturas de stock</translation>
    </message>
    <message>
        <source>Time out of stock</source>
        <translation>Tiempo sin existencias</translation>
    </message>
    <message>
        <source>Share of period</source>
        <translation>Parte del periodo</translation>
    </message>
    <message>
        <source>Out now</source>
        <translation>Agotado ahora</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Refused orders</source>
        <translation>Pedidos rechazados</translation>
    </message>
    <message>
        <source>Units refused</source>
        <translation>Unidades rechazadas</translation>
    </message>
    <message>
        <source>Lost revenue (%1)</source>
        <translation>Ingresos perdidos (%1)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>Clientes recurrentes</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Tasa de recurrencia</translation>
    </message>
    <message>
        <source>Orders from repeat customers</source>
        <translation>Pedidos de clientes recurrentes</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Orders handled</source>
        <translation>Pedidos gestionados</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Cancelled or expired</source>
        <translation>Cancelados o caducados</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagados</translation>
    </message>
    <message>
        <source>Median time to payment</source>
        <translation>Mediana del tiempo hasta el pago</translation>
    </message>
    <message>
        <source>Average time to payment</source>
        <translation>Tiempo medio hasta el pago</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Sube</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Primera respuesta, mediana</translation>
    </message>
    <message>
        <source>First response, 90th percentile</source>
        <translation>Primera respuesta, percentil 90</translation>
    </message>
    <message>
        <source>First response in target</source>
        <translation>Primera respuesta en plazo</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Resolución, mediana</translation>
    </message>
    <message>
        <source>Resolution, 90th percentile</source>
        <translation>Resolución, percentil 90</translation>
    </message>
    <message>
        <source>Resolution in target</source>
        <translation>Resolución en plazo</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Incumplimientos</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>QA causes</source>
        <translation>Causas de calidad</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnDialog</name>
    <message>
        <source>&amp;Approve now and send the customer the instructions</source>
        <translation>&amp;Aprobar ahora y enviar las instrucciones al cliente</translation>
    </message>
    <message>
        <source>Start a return</source>
        <translation>Iniciar una devolución</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Pedidas</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Lines to return</source>
        <translation>Líneas que se devuelven</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>Lo que dijo el cliente (opcional)</translation>
    </message>
    <message>
        <source>&amp;Start return</source>
        <translation>&amp;Iniciar devolución</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Return of order #%1 for ticket T-%2</source>
        <translation>Devolución del pedido n.º %1 para el ticket T-%2</translation>
    </message>
    <message>
        <source>Return of order #%1</source>
        <translation>Devolución del pedido n.º %1</translation>
    </message>
    <message>
        <source>Units of %1 to return</source>
        <translation>Unidades de %1 que se devuelven</translation>
    </message>
    <message>
        <source>Untick &quot;Approve now&quot; to request the return; a manager or QA approves it.</source>
        <translation>Desmarque «Aprobar ahora» para solicitar la devolución; la aprueba un responsable o control de calidad.</translation>
    </message>
    <message>
        <source>Choose how many units come back.</source>
        <translation>Elija cuántas unidades se devuelven.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnReceivingWidget</name>
    <message>
        <source>&amp;Receive</source>
        <translation>&amp;Recibir</translation>
    </message>
    <message>
        <source>Scan or type a return (R-17) or order number, then a product per unit, each with Enter</source>
        <translation>Escanee o escriba una devolución (R-17) o un número de pedido, luego un producto por unidad, cada uno con Intro</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Approved returns waiting</source>
        <translation>Devoluciones aprobadas en espera</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperadas</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Reponer</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Units received per line</source>
        <translation>Unidades recibidas por línea</translation>
    </message>
    <message>
        <source>S&amp;can:</source>
        <translation>&amp;Escanear:</translation>
    </message>
    <message>
        <source>All %1 units of %2 are counted already.</source>
        <translation>Ya se han contado las %1 unidades de %2.</translation>
    </message>
    <message>
        <source>%1: %2 restocked.</source>
        <translation>%1: %2 repuestas en stock.</translation>
    </message>
    <message>
        <source>%1 is not on %2 and no approved return has that number.</source>
        <translation>%1 no está en %2 y ninguna devolución aprobada tiene ese número.</translation>
    </message>
    <message>
        <source>No approved return has the number %1.</source>
        <translation>Ninguna devolución aprobada tiene el número %1.</translation>
    </message>
    <message>
        <source>%1 — order #%2, %3</source>
        <translation>%1 — pedido n.º %2, %3</translation>
    </message>
    <message>
        <source>Scan each unit, or type the counts; then Receive.</source>
        <translation>Escanee cada unidad o escriba las cantidades; luego Recibir.</translation>
    </message>
    <message>
        <source>%1 is received.</source>
        <translation>%1 está recibida.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsChart</name>
    <message>
        <source>Returns and refunds per month</source>
        <translation>Devoluciones y reembolsos por mes</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Net revenue after refunds (%1)</source>
        <translation>Ingresos netos tras reembolsos (%1)</translation>
    </message>
    <message>
        <source>returns and refunds</source>
        <translation>devoluciones y reembolsos</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsColumns</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>Unidades devueltas</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>Repuestas en stock</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Dadas de baja</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Refunded (%1)</source>
        <translation>Reembolsado (%1)</translation>
    </message>
    <message>
        <source>Lines (%1)</source>
        <translation>Líneas (%1)</translation>
    </message>
    <message>
        <source>Shipping (%1)</source>
        <translation>Envío (%1)</translation>
    </message>
    <message>
        <source>Goodwill (%1)</source>
        <translation>Cortesía (%1)</translation>
    </message>
    <message>
        <source>Double charges (%1)</source>
        <translation>Cobros duplicados (%1)</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Unidades vendidas</translation>
    </message>
    <message>
        <source>Share returned</source>
        <translation>Proporción devuelta</translation>
    </message>
    <message>
        <source>Gross revenue (%1)</source>
        <translation>Ingresos brutos (%1)</translation>
    </message>
    <message>
        <source>Net revenue (%1)</source>
        <translation>Ingresos netos (%1)</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsPanel</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Agrupar:</translation>
    </message>
    <message>
        <source>by product</source>
        <translation>por producto</translation>
    </message>
    <message>
        <source>by reason</source>
        <translation>por motivo</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>Group the returns and refunds</source>
        <translation>Agrupar las devoluciones y los reembolsos</translation>
    </message>
    <message>
        <source>Returns and refunds</source>
        <translation>Devoluciones y reembolsos</translation>
    </message>
    <message>
        <source>%1 returns, %2 units (%3 restocked, %4 written off) · %5 refunds, %6 · %7 of units sold came back · net revenue %8 (gross %9)</source>
        <translation>%1 devoluciones, %2 unidades (%3 repuestas, %4 dadas de baja) · %5 reembolsos, %6 · volvió el %7 de las unidades vendidas · ingresos netos %8 (brutos %9)</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReturnsView</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Show returns</source>
        <translation>Mostrar devoluciones</translation>
    </message>
    <message>
        <source>All returns</source>
        <translation>Todas las devoluciones</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Lines of the return</source>
        <translation>Líneas de la devolución</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>Repuestas</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Dadas de baja</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Faltan</translation>
    </message>
    <message>
        <source>Return %1 is approved; the customer has the instructions.</source>
        <translation>La devolución %1 está aprobada; el cliente tiene las instrucciones.</translation>
    </message>
    <message>
        <source>Return %1 is exchanged: order #%2 is reserved and paid.</source>
        <translation>La devolución %1 está cambiada: el pedido n.º %2 está reservado y pagado.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Pick a return in the list to see it here.</source>
        <translation>Elija una devolución en la lista para verla aquí.</translation>
    </message>
    <message>
        <source>Order #%1 of %2</source>
        <translation>Pedido n.º %1 de %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>From ticket T-%1</source>
        <translation>Desde el ticket T-%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>Return window ends %1</source>
        <translation>El plazo de devolución termina el %1</translation>
    </message>
    <message>
        <source>Exchanged: order #%1</source>
        <translation>Cambiada: pedido n.º %1</translation>
    </message>
    <message>
        <source>Reject return</source>
        <translation>Rechazar la devolución</translation>
    </message>
    <message>
        <source>Why is %1 rejected?</source>
        <translation>¿Por qué se rechaza %1?</translation>
    </message>
    <message>
        <source>Return %1 is rejected.</source>
        <translation>La devolución %1 está rechazada.</translation>
    </message>
    <message>
        <source>Refunds to approve</source>
        <translation>Reembolsos por aprobar</translation>
    </message>
    <message>
        <source>E&amp;xchange…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>A replacement order for the returned lines, or others at the same price, paid by the return</source>
        <translation>Un pedido de sustitución de las líneas devueltas, u otras del mismo precio, pagado por la devolución</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ReviewQueueWidget</name>
    <message>
        <source>In review</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Content waiting for review or scheduled</source>
        <translation>Contenido pendiente de aprobación o programado</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>Changed / publishes at</source>
        <translation>Modificado / se publica el</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>Publicar el</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Abrir en el editor</translation>
    </message>
    <message>
        <source>Approve &amp;&amp; publish now</source>
        <translation>Aprobar &amp;&amp; publicar ahora</translation>
    </message>
    <message>
        <source>Schedule at</source>
        <translation>Programar para el</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Pick a time in the future to schedule.</source>
        <translation>Elija una fecha y hora futuras para programar.</translation>
    </message>
    <message>
        <source>Select a page first.</source>
        <translation>Primero seleccione una página.</translation>
    </message>
    <message>
        <source>%1 was sent back to its editor.</source>
        <translation>%1 se ha devuelto a su editor.</translation>
    </message>
    <message>
        <source>%1 will be published at %2.</source>
        <translation>%1 se publicará el %2.</translation>
    </message>
    <message>
        <source>%1 is published as revision %2.</source>
        <translation>%1 está publicado como revisión %2.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::RevisionHistoryWidget</name>
    <message>
        <source>Roll back to this revision</source>
        <translation>Restaurar esta revisión</translation>
    </message>
    <message>
        <source>Published revisions</source>
        <translation>Revisiones publicadas</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Differences between the revisions</source>
        <translation>Diferencias entre las revisiones</translation>
    </message>
    <message>
        <source>Compare from revision</source>
        <translation>Comparar desde la revisión</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare revision</source>
        <translation>Comparar revisión</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>current draft</source>
        <translation>borrador actual</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Nothing published yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Aún no se ha publicado nada.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>Borrador actual</translation>
    </message>
    <message>
        <source>&lt;p&gt;No field differs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ningún campo es distinto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:#666&quot;&gt;Unchanged: %1&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:#666&quot;&gt;Sin cambios: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select a revision first.</source>
        <translation>Primero seleccione una revisión.</translation>
    </message>
    <message>
        <source>Not rolled back: %1</source>
        <translation>No se ha restaurado: %1</translation>
    </message>
    <message>
        <source>Revision %1 is live again as revision %2.</source>
        <translation>La revisión %1 vuelve a estar publicada como revisión %2.</translation>
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
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>H3</source>
        <translation>H3</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Subencabezado</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bullet list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Enlace…</translation>
    </message>
    <message>
        <source>Link the selected text</source>
        <translation>Enlazar el texto seleccionado</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Address (https://…):</source>
        <translation>Dirección (https://…):</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SettingsView</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Mail relay &amp;&amp; sender</source>
        <translation>Servidor de correo &amp;&amp; remitente</translation>
    </message>
    <message>
        <source>Relay (SMTP URL):</source>
        <translation>Servidor (URL SMTP):</translation>
    </message>
    <message>
        <source>Relay password:</source>
        <translation>Contraseña del servidor:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <source>Shop identity</source>
        <translation>Identidad de la tienda</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Postal address:</source>
        <translation>Dirección postal:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Replies go to:</source>
        <translation>Las respuestas van a:</translation>
    </message>
    <message>
        <source>Bank details:</source>
        <translation>Datos bancarios:</translation>
    </message>
    <message>
        <source>Orders &amp;&amp; payments</source>
        <translation>Pedidos &amp;&amp; pagos</translation>
    </message>
    <message>
        <source>Reservation (minutes):</source>
        <translation>Reserva (minutos):</translation>
    </message>
    <message>
        <source>Payment reminder (minutes before):</source>
        <translation>Recordatorio de pago (minutos antes):</translation>
    </message>
    <message>
        <source>Return window (days):</source>
        <translation>Plazo de devolución (días):</translation>
    </message>
    <message>
        <source>Refund approval limit (cents):</source>
        <translation>Límite de aprobación de reembolsos (céntimos):</translation>
    </message>
    <message>
        <source>Payment pages (method=URL):</source>
        <translation>Páginas de pago (método=URL):</translation>
    </message>
    <message>
        <source>Carriers&apos; tracking (carrier=URL):</source>
        <translation>Seguimiento de transportistas (transportista=URL):</translation>
    </message>
    <message>
        <source>Shop mailbox (IMAP)</source>
        <translation>Buzón de la tienda (IMAP)</translation>
    </message>
    <message>
        <source>Mailbox (IMAP URL):</source>
        <translation>Buzón (URL IMAP):</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Read every (seconds):</source>
        <translation>Leer cada (segundos):</translation>
    </message>
    <message>
        <source>Business calendar &amp;&amp; service levels</source>
        <translation>Calendario laboral &amp;&amp; niveles de servicio</translation>
    </message>
    <message>
        <source>The business calendar and the service levels are kept with customer care.</source>
        <translation>El calendario laboral y los niveles de servicio se gestionan en atención al cliente.</translation>
    </message>
    <message>
        <source>Open &amp;Tickets</source>
        <translation>Abrir &amp;tickets</translation>
    </message>
    <message>
        <source>The settings cannot be read: %1</source>
        <translation>No se pueden leer los ajustes: %1</translation>
    </message>
    <message>
        <source>Set by the operator on the server&apos;s command line; change it there.</source>
        <translation>Lo fija el operador en la línea de órdenes del servidor; cámbielo allí.</translation>
    </message>
    <message>
        <source>A change applies at the server&apos;s next start.</source>
        <translation>Un cambio se aplica en el próximo arranque del servidor.</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>(definida)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The settings are saved.</source>
        <translation>Los ajustes se han guardado.</translation>
    </message>
    <message>
        <source>Not saved: the mail relay cannot be used. %1</source>
        <translation>No se ha guardado: no se puede usar el servidor de correo. %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::ShellModule</name>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Posponer hasta</translation>
    </message>
    <message>
        <source>Open again at</source>
        <translation>Abrir de nuevo a las</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::SyncStatusWidget</name>
    <message>
        <source>Show the changes waiting for the server</source>
        <translation>Mostrar los cambios pendientes de enviar al servidor</translation>
    </message>
    <message>
        <source>Offline — retrying in %1 s</source>
        <translation>Sin conexión — reintento en %1 s</translation>
    </message>
    <message>
        <source>Nothing waiting</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln cambio en espera</numerusform>
            <numerusform>%Ln cambios en espera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TicketQueueView</name>
    <message>
        <source>New tic&amp;ket…</source>
        <translation>Nuevo tic&amp;ket…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Hecho…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation>Cola de tickets</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Open a ticket for a customer (Ctrl+N)</source>
        <translation>Abrir un ticket para un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Record the outcome of the selected follow-up</source>
        <translation>Registrar el resultado del seguimiento elegido</translation>
    </message>
    <message>
        <source>Follow-ups due for you</source>
        <translation>Sus seguimientos pendientes</translation>
    </message>
    <message>
        <source>Ticket %1 is open; the customer was sent an acknowledgement.</source>
        <translation>El ticket %1 está abierto; se ha enviado un acuse de recibo al cliente.</translation>
    </message>
    <message>
        <source>Ticket T-%1</source>
        <translation>Ticket T-%1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Pedido n.º %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>The follow-up is done.</source>
        <translation>El seguimiento está hecho.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TicketThreadView</name>
    <message>
        <source>From the customer</source>
        <translation>Del cliente</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Respuesta al cliente</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin iniciar</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>cumplido con retraso</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>breached (was due %1)</source>
        <translation>incumplido (vencía %1)</translation>
    </message>
    <message>
        <source>due %1 (in %2)</source>
        <translation>vence %1 (en %2)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Enviar &amp;respuesta</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Tomar</translation>
    </message>
    <message>
        <source>Change &amp;status</source>
        <translation>Cambiar e&amp;stado</translation>
    </message>
    <message>
        <source>&amp;Escalate to QA</source>
        <translation>&amp;Escalar a calidad</translation>
    </message>
    <message>
        <source>Schedule &amp;follow-up…</source>
        <translation>Programar &amp;seguimiento…</translation>
    </message>
    <message>
        <source>The ticket is yours.</source>
        <translation>El ticket es suyo.</translation>
    </message>
    <message>
        <source>Choose a ticket in the queue.</source>
        <translation>Elija un ticket de la cola.</translation>
    </message>
    <message>
        <source>Messages of the ticket</source>
        <translation>Mensajes del ticket</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>Respuesta o nota</translation>
    </message>
    <message>
        <source>A reply is e-mailed to the customer; a note only staff read.</source>
        <translation>La respuesta se envía por correo al cliente; la nota solo la lee el personal.</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>Moves the ticket to the QA queue; the text in the box goes with it as the reason, as an internal note.</source>
        <translation>Pasa el ticket a la cola de calidad; el texto del cuadro va con él como motivo, en una nota interna.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Pedido n.º %1</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Líneas: %1</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioridad: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Nobody has it</source>
        <translation>Nadie lo tiene</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignado a %1</translation>
    </message>
    <message>
        <source>In the QA queue</source>
        <translation>En la cola de calidad</translation>
    </message>
    <message>
        <source>QA found: %1 — %2</source>
        <translation>Calidad encontró: %1 — %2</translation>
    </message>
    <message>
        <source>First response: %1 · Next update: %2 · Resolution: %3</source>
        <translation>Primera respuesta: %1 · Próxima actualización: %2 · Resolución: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>Escriba primero el texto.</translation>
    </message>
    <message>
        <source>The reply is on its way to the customer.</source>
        <translation>La respuesta va de camino al cliente.</translation>
    </message>
    <message>
        <source>The note is added.</source>
        <translation>La nota está añadida.</translation>
    </message>
    <message>
        <source>The ticket is now &quot;%1&quot;.</source>
        <translation>El ticket está ahora «%1».</translation>
    </message>
    <message>
        <source>The ticket is in the QA queue.</source>
        <translation>El ticket está en la cola de calidad.</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1.</source>
        <translation>Seguimiento programado para el %1.</translation>
    </message>
    <message>
        <source>St&amp;art return…</source>
        <translation>Inici&amp;ar devolución…</translation>
    </message>
    <message>
        <source>Return %1 is started for this ticket.</source>
        <translation>La devolución %1 está iniciada para este ticket.</translation>
    </message>
    <message>
        <source>Returns of this ticket</source>
        <translation>Devoluciones de este ticket</translation>
    </message>
    <message>
        <source>Double-click a return to open it in Returns.</source>
        <translation>Haga doble clic en una devolución para abrirla en Devoluciones.</translation>
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
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>QA q&amp;ueue</source>
        <translation>Cola de calidad (&amp;U)</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TrendCharts</name>
    <message>
        <source>Revenue (%1)</source>
        <translation>Ingresos (%1)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Revenue against the previous period and a year ago (%1)</source>
        <translation>Ingresos frente al periodo anterior y hace un año (%1)</translation>
    </message>
    <message>
        <source>A year ago (%1)</source>
        <translation>Hace un año (%1)</translation>
    </message>
    <message>
        <source>Previous (%1)</source>
        <translation>Anterior (%1)</translation>
    </message>
    <message>
        <source>Current (%1)</source>
        <translation>Actual (%1)</translation>
    </message>
    <message>
        <source>Top movers: change in revenue (%1)</source>
        <translation>Mayores variaciones: variación de ingresos (%1)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Sube</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Hours out of stock</source>
        <translation>Horas sin existencias</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>Customers and repeat customers</source>
        <translation>Clientes y clientes recurrentes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>Clientes recurrentes</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>Orders per agent</source>
        <translation>Pedidos por agente</translation>
    </message>
    <message>
        <source>Orders handled</source>
        <translation>Pedidos gestionados</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pedidos</translation>
    </message>
    <message>
        <source>QA causes per month</source>
        <translation>Causas de calidad por mes</translation>
    </message>
    <message>
        <source>QA causes per month: no findings</source>
        <translation>Causas de calidad por mes: sin hallazgos</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>hallazgos</translation>
    </message>
    <message>
        <source>%1: nothing in this period</source>
        <translation>%1: nada en este periodo</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::TrendsWidget</name>
    <message>
        <source>Saved the quarterly report as %1.</source>
        <translation>Se ha guardado el informe trimestral como %1.</translation>
    </message>
    <message>
        <source>by quarter</source>
        <translation>por trimestre</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>by week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save the table of this tab as a CSV file</source>
        <translation>Guardar la tabla de esta pestaña como archivo CSV</translation>
    </message>
    <message>
        <source>Quarterly report PDF…</source>
        <translation>Informe trimestral en PDF…</translation>
    </message>
    <message>
        <source>Save a printable report of the chosen range with its charts</source>
        <translation>Guardar un informe imprimible del intervalo elegido, con sus gráficos</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the quarterly report of the chosen range</source>
        <translation>Imprimir el informe trimestral del intervalo elegido</translation>
    </message>
    <message>
        <source>Range start</source>
        <translation>Inicio del intervalo</translation>
    </message>
    <message>
        <source>Range end</source>
        <translation>Fin del intervalo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Crecimiento</translation>
    </message>
    <message>
        <source>Top movers</source>
        <translation>Mayores variaciones</translation>
    </message>
    <message>
        <source>Stock-outs</source>
        <translation>Roturas de stock</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Preparing the quarterly report…</source>
        <translation>Preparando el informe trimestral…</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Products of the category &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Productos de la categoría &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click a category or channel to see its products.</source>
        <translation>Haga doble clic en una categoría o un canal para ver sus productos.</translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation>El intervalo empieza después de su fin.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Cifras a fecha de %1</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exportar la tabla como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Save the quarterly report</source>
        <translation>Guardar el informe trimestral</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Revenue &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ingresos &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; vs %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; frente a %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; orders, &lt;b&gt;%2&lt;/b&gt; units</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; pedidos, &lt;b&gt;%2&lt;/b&gt; unidades</translation>
    </message>
    <message>
        <source>repeat customers &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>clientes recurrentes &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; products out of stock, &lt;b&gt;%2&lt;/b&gt; orders refused (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; productos agotados, &lt;b&gt;%2&lt;/b&gt; pedidos rechazados (%3)</translation>
    </message>
    <message>
        <source>Quarterly trends report</source>
        <translation>Informe trimestral de tendencias</translation>
    </message>
    <message>
        <source>Sent the quarterly report to %1.</source>
        <translation>Se ha enviado el informe trimestral a %1.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::UsersView</name>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Debe cambiar la contraseña</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Shop website</source>
        <translation>Sitio web de la tienda</translation>
    </message>
    <message>
        <source>Content editor</source>
        <translation>Editor de contenidos</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Control de calidad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last log-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>Usuario &amp;nuevo…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Cambiar &amp;rol</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Rol nuevo</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation>%1 ya puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Restablecer la contraseña de %1</translation>
    </message>
    <message>
        <source>%1 must change this password at the next log-in; their open sessions end now.</source>
        <translation>%1 deberá cambiar esta contraseña al iniciar sesión; sus sesiones abiertas terminan ahora.</translation>
    </message>
    <message>
        <source>%1 must change the new password at the next log-in.</source>
        <translation>%1 deberá cambiar la contraseña nueva al iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 es ahora: %2.</translation>
    </message>
    <message>
        <source>%1 is disabled and signed out everywhere.</source>
        <translation>%1 está desactivado y se cerraron todas sus sesiones.</translation>
    </message>
    <message>
        <source>%1 can log in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>shopdesk::ui::WarehouseView</name>
    <message>
        <source>&amp;New location…</source>
        <translation>&amp;Nueva ubicación…</translation>
    </message>
    <message>
        <source>Batch entry</source>
        <translation>Registro por lotes</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Existencias bajas</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Lista de preparación</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nueva ubicación</translation>
    </message>
    <message>
        <source>Name of the warehouse, room or bin:</source>
        <translation>Nombre del almacén, la sala o el compartimento:</translation>
    </message>
    <message>
        <source>Location %1 created.</source>
        <translation>Ubicación %1 creada.</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
</context>
</TS>
