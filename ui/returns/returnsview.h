#pragma once

#include "domain/returns/returnrecord.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QTreeWidget;

namespace shopdesk::client {
class ClientSession;
class ReturnService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class RefundApprovalView;

// The Returns module: every return, filtered by status, and the chosen one's lines with what
// can be done next — approve, reject, or exchange for a replacement order (the same SKUs or
// others at the same price, chosen in a dialog). It follows the change log: a return changed
// anywhere shows here without a click.
class ReturnsView : public QWidget
{
    Q_OBJECT
public:
    explicit ReturnsView(client::ClientSession *session, QWidget *parent = nullptr);

    // Loads the list again (the filter's status).
    void reload();
    void showReturn(qint64 id);

    QComboBox *statusFilter() const { return m_filter; }
    QTreeWidget *list() const { return m_list; }
    QLabel *detailTitle() const { return m_title; }
    QTableWidget *linesTable() const { return m_lines; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *exchangeButton() const { return m_exchange; }
    QLabel *messageLabel() const { return m_message; }
    client::ReturnService *service() const { return m_service; }
    // The refunds awaiting approval, for those who may approve them; nullptr for others.
    RefundApprovalView *refundApprovals() const { return m_refunds; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void layOut(client::ClientSession *session);
    // The buttons, the list and the change log's records of returns.
    void connectActions(client::ClientSession *session);
    void fill(const QList<returns::ReturnRecord> &items);
    void display(const returns::ReturnRecord &ret);
    using Wording = std::function<QString(const returns::ReturnRecord &)>;
    // Shows the changed return and what happened, or the server's refusal.
    void answered(const Result<returns::ReturnRecord> &answer, const Wording &done);
    void reject();
    void exchange();

    client::ClientSession *m_session;
    client::ReturnService *m_service;
    QString m_role;
    std::optional<returns::ReturnRecord> m_shown;
    QComboBox *m_filter;
    QTreeWidget *m_list;
    QLabel *m_title;
    QLabel *m_detail;
    QTableWidget *m_lines;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_exchange;
    QLabel *m_message;
    QTabWidget *m_tabs = nullptr;
    RefundApprovalView *m_refunds = nullptr;
};

} // namespace shopdesk::ui
