<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>shopdesk::mail::OrderConfirmationMail</name>
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
        <source>Please pay securely online with this link:</source>
        <translation>Pague de forma segura en línea con este enlace:</translation>
    </message>
    <message>
        <source>We will send you a link to pay online shortly.</source>
        <translation>En breve le enviaremos un enlace para pagar en línea.</translation>
    </message>
    <message>
        <source>Please transfer the total, quoting your order number %1.</source>
        <translation>Transfiera el total indicando su número de pedido %1.</translation>
    </message>
    <message>
        <source>Please pay the total in cash when your parcel is delivered.</source>
        <translation>Pague el total en efectivo cuando reciba su paquete.</translation>
    </message>
    <message>
        <source>We hold the items for you until %1, %2 UTC.</source>
        <translation>Le reservamos los artículos hasta el %1, %2 UTC.</translation>
    </message>
    <message>
        <source>Would you like to change something? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>¿Desea cambiar algo? Responda a este correo indicando su número de pedido %1.</translation>
    </message>
    <message>
        <source>Would you like to change something? Simply reply to this e-mail or call us at %1, and quote your order number %2.</source>
        <translation>¿Desea cambiar algo? Responda a este correo o llámenos al %1 e indique su número de pedido %2.</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>Your order %1 at %2</source>
        <translation>Su pedido %1 en %2</translation>
    </message>
    <message>
        <source>Thank you for your order at %1. We have reserved these items for you:</source>
        <translation>Gracias por su pedido en %1. Le hemos reservado estos artículos:</translation>
    </message>
    <message>
        <source>%1 × %2 (%3), %4 each: %5</source>
        <translation>%1 × %2 (%3), %4 c/u: %5</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Payment method: %1</source>
        <translation>Forma de pago: %1</translation>
    </message>
    <message>
        <source>Delivery address:</source>
        <translation>Dirección de entrega:</translation>
    </message>
    <message>
        <source>We do not have your delivery address yet: please reply with it.</source>
        <translation>Aún no tenemos su dirección de entrega: indíquenosla respondiendo a este correo.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Saludos cordiales,</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
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
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>Pagar ahora</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::PaymentLinkMail</name>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>Payment link for your order %1 at %2</source>
        <translation>Enlace de pago de su pedido %1 en %2</translation>
    </message>
    <message>
        <source>Please pay %1 for your order %2 securely online with this link:</source>
        <translation>Pague %1 por su pedido %2 de forma segura en línea con este enlace:</translation>
    </message>
    <message>
        <source>The link is valid until %1, %2 UTC.</source>
        <translation>El enlace es válido hasta el %1, %2 UTC.</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>¿Preguntas? Responda a este correo indicando su número de pedido %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Saludos cordiales,</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>Pagar ahora</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::TicketMail</name>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Atentamente,</translation>
    </message>
    <message>
        <source>We have received your request %1</source>
        <translation>Hemos recibido su solicitud %1</translation>
    </message>
    <message>
        <source>Thank you for contacting %1. Your request has the number %2: %3</source>
        <translation>Gracias por contactar con %1. Su solicitud tiene el número %2: %3</translation>
    </message>
    <message>
        <source>We will answer you by %1, %2 (%3) at the latest.</source>
        <translation>Le responderemos a más tardar el %1, %2 (%3).</translation>
    </message>
    <message>
        <source>To add anything, simply reply to this e-mail and keep %1 in the subject.</source>
        <translation>Para añadir algo, responda a este correo y mantenga %1 en el asunto.</translation>
    </message>
    <message>
        <source>Re: %1 [%2]</source>
        <translation>Re: %1 [%2]</translation>
    </message>
    <message>
        <source>This is about your request %1. To answer, simply reply to this e-mail.</source>
        <translation>Esto se refiere a su solicitud %1. Para responder, simplemente conteste a este correo.</translation>
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
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>Your order %1 at %2 is on its way</source>
        <translation>Su pedido %1 en %2 está en camino</translation>
    </message>
    <message>
        <source>Good news: we have handed your order %1 to %2. In the parcel:</source>
        <translation>Buenas noticias: hemos entregado su pedido %1 a %2. En el paquete:</translation>
    </message>
    <message>
        <source>Tracking number: %1</source>
        <translation>Número de seguimiento: %1</translation>
    </message>
    <message>
        <source>Follow your parcel here:</source>
        <translation>Siga su paquete aquí:</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>¿Preguntas? Responda a este correo indicando su número de pedido %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Saludos cordiales,</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Transportista: %1</translation>
    </message>
    <message>
        <source>Track your parcel</source>
        <translation>Seguir el paquete</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::PaymentReminderMail</name>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>Reminder: your order %1 at %2 is waiting for payment</source>
        <translation>Recordatorio: su pedido %1 en %2 está pendiente de pago</translation>
    </message>
    <message>
        <source>We are holding the items of your order %1 for you, but your payment of %2 has not reached us yet. Please pay securely online with this link:</source>
        <translation>Tenemos reservados los artículos de su pedido %1, pero aún no hemos recibido su pago de %2. Pague de forma segura en línea con este enlace:</translation>
    </message>
    <message>
        <source>Without payment the reservation ends on %1, %2 UTC, and the items are released.</source>
        <translation>Sin el pago, la reserva termina el %1, %2 UTC, y los artículos quedan liberados.</translation>
    </message>
    <message>
        <source>Already paid? Then please ignore this e-mail.</source>
        <translation>¿Ya ha pagado? Entonces ignore este correo, por favor.</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>¿Preguntas? Responda a este correo indicando su número de pedido %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Saludos cordiales,</translation>
    </message>
    <message>
        <source>Pay now</source>
        <translation>Pagar ahora</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::PaymentReceivedMail</name>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>Payment received for your order %1 at %2</source>
        <translation>Pago recibido para su pedido %1 en %2</translation>
    </message>
    <message>
        <source>Thank you: we received your payment of %1 for order %2.</source>
        <translation>Gracias: hemos recibido su pago de %1 para el pedido %2.</translation>
    </message>
    <message>
        <source>%1 is still open on this order.</source>
        <translation>Quedan %1 pendientes en este pedido.</translation>
    </message>
    <message>
        <source>Your order is paid in full and is being prepared for shipment.</source>
        <translation>Su pedido está pagado por completo y se está preparando para el envío.</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>¿Preguntas? Responda a este correo e indique su número de pedido %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Saludos cordiales,</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::RefundIssuedMail</name>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>Refund for your order %1 at %2</source>
        <translation>Reembolso de su pedido %1 en %2</translation>
    </message>
    <message>
        <source>We have issued a refund of %1 for your order %2.</source>
        <translation>Hemos emitido un reembolso de %1 para su pedido %2.</translation>
    </message>
    <message>
        <source>The amount is added to your store credit; it is taken into account with your next order.</source>
        <translation>El importe se añade a su saldo en la tienda y se tendrá en cuenta en su próximo pedido.</translation>
    </message>
    <message>
        <source>The amount goes back by the payment method you paid with; depending on your bank or provider it may take a few days to appear.</source>
        <translation>El importe se devuelve por el medio de pago que utilizó; según su banco o proveedor, puede tardar unos días en aparecer.</translation>
    </message>
    <message>
        <source>Questions? Simply reply to this e-mail and quote your order number %1.</source>
        <translation>¿Preguntas? Responda a este correo e indique su número de pedido %1.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Saludos cordiales,</translation>
    </message>
</context>
<context>
    <name>shopdesk::mail::ReturnMail</name>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Saludos cordiales,</translation>
    </message>
    <message>
        <source>%1 × %2 (%3)</source>
        <translation>%1 × %2 (%3)</translation>
    </message>
    <message>
        <source>We have approved your return %1 for order %2.</source>
        <translation>Hemos aprobado su devolución %1 del pedido %2.</translation>
    </message>
    <message>
        <source>Please send these items back:</source>
        <translation>Envíenos de vuelta estos artículos:</translation>
    </message>
    <message>
        <source>Send the parcel to:</source>
        <translation>Envíe el paquete a:</translation>
    </message>
    <message>
        <source>Please write %1 on the parcel or put a printout of this e-mail inside, so that we know it is yours.</source>
        <translation>Escriba %1 en el paquete o incluya una copia impresa de este correo, para que sepamos que es suyo.</translation>
    </message>
    <message>
        <source>Your return %1: how to send it back</source>
        <translation>Su devolución %1: cómo enviarla</translation>
    </message>
    <message>
        <source>Your return %1 has arrived. We received:</source>
        <translation>Su devolución %1 ha llegado. Hemos recibido:</translation>
    </message>
    <message>
        <source>These items were not in the parcel:</source>
        <translation>Estos artículos no estaban en el paquete:</translation>
    </message>
    <message>
        <source>Thank you. If you have any question, simply reply to this e-mail.</source>
        <translation>Gracias. Si tiene alguna pregunta, responda a este correo.</translation>
    </message>
    <message>
        <source>We have received your return %1</source>
        <translation>Hemos recibido su devolución %1</translation>
    </message>
</context>
</TS>
