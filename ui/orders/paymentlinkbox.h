#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace shopdesk::client {
class OrdersService;
}

namespace shopdesk::ui {

// An order's payment link with Copy and "E-mail to customer"; hidden while there is none.
class PaymentLinkBox : public QWidget
{
    Q_OBJECT
public:
    explicit PaymentLinkBox(client::OrdersService *service, QWidget *parent = nullptr);

    // An empty link hides the box.
    void setOrder(qint64 orderId, const QString &link);
    QString link() const;

    QLineEdit *linkField() const { return m_link; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *emailButton() const { return m_email; }
    QLabel *message() const { return m_message; }

private:
    client::OrdersService *m_service;
    qint64 m_orderId = 0;
    QLineEdit *m_link;
    QPushButton *m_copy;
    QPushButton *m_email;
    QLabel *m_message;
};

} // namespace shopdesk::ui
