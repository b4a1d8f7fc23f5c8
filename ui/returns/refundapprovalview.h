#pragma once

#include "domain/returns/refund.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace shopdesk::client {
class PaymentsService;
}

namespace shopdesk::ui {

// The refunds awaiting a manager: order, amount, where it goes, who asked and why. Approve
// issues the selected refund (with the provider's reference, if typed), Reject refuses it.
class RefundApprovalView : public QWidget
{
    Q_OBJECT
public:
    explicit RefundApprovalView(client::PaymentsService *service, QWidget *parent = nullptr);

    void reload();

    QTableWidget *table() const { return m_table; }
    QLineEdit *referenceField() const { return m_reference; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *reloadButton() const { return m_reload; }
    QLabel *message() const { return m_message; }

signals:
    void loaded();
    void decided(const returns::Refund &refund);

private:
    void showRefunds(const QList<returns::Refund> &refunds);
    void decide(bool approve);
    void updateButtons();

    client::PaymentsService *m_service;
    QList<returns::Refund> m_refunds;
    QTableWidget *m_table;
    QLineEdit *m_reference;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_reload;
    QLabel *m_message;
};

} // namespace shopdesk::ui
