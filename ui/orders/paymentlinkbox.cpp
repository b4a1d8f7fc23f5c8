#include "orders/paymentlinkbox.h"

#include "common/themecolors.h"

#include "client/ordersservice.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

PaymentLinkBox::PaymentLinkBox(client::OrdersService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_link(new QLineEdit(this))
    , m_copy(new QPushButton(tr("Cop&y"), this))
    , m_email(new QPushButton(tr("&E-mail to customer"), this))
    , m_message(new QLabel(this))
{
    m_link->setObjectName(u"paymentLink"_s);
    m_link->setAccessibleName(tr("Payment link"));
    m_link->setReadOnly(true);
    m_copy->setObjectName(u"copyPaymentLink"_s);
    m_email->setObjectName(u"emailPaymentLink"_s);
    m_message->setObjectName(u"paymentLinkMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Payment link:"), this));
    row->addWidget(m_link, 1);
    row->addWidget(m_copy);
    row->addWidget(m_email);
    layout->addLayout(row);
    layout->addWidget(m_message);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_link->text());
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Copied."));
        m_message->show();
    });
    connect(m_email, &QPushButton::clicked, this, [this] {
        m_email->setEnabled(false);
        m_service->emailPaymentLink(m_orderId);
    });
    connect(m_service, &client::OrdersService::finished, this,
            [this](client::OrdersService::Action action, qint64 orderId) {
                if (action != client::OrdersService::Action::EmailPaymentLink ||
                    orderId != m_orderId)
                    return;
                m_email->setEnabled(true);
                m_message->setStyleSheet(QString());
                m_message->setText(tr("The payment link is on its way to the customer."));
                m_message->show();
            });
    connect(m_service, &client::OrdersService::failed, this,
            [this](client::OrdersService::Action action, qint64 orderId, const QString &reason) {
                if (action != client::OrdersService::Action::EmailPaymentLink ||
                    orderId != m_orderId)
                    return;
                m_email->setEnabled(true);
                m_message->setStyleSheet(toneTextStyleSheet(Tone::Error, palette()));
                m_message->setText(reason);
                m_message->show();
            });
    hide();
}

void PaymentLinkBox::setOrder(qint64 orderId, const QString &link)
{
    if (orderId != m_orderId)
        m_message->hide();
    m_orderId = orderId;
    // Called every second by the countdown: leave a selection in the field alone.
    if (m_link->text() != link) {
        m_link->setText(link);
        m_link->setCursorPosition(0);
    }
    setVisible(orderId > 0 && !link.isEmpty());
}

QString PaymentLinkBox::link() const
{
    return m_link->text();
}

} // namespace shopdesk::ui
