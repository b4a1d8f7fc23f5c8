#pragma once

#include "domain/returns/returnrecord.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace shopdesk::client {
class ReturnService;
}

namespace shopdesk::ui {

// Receiving returns: the approved returns waiting for their parcel; the scanner (a keyboard
// wedge ending in Enter) or the keyboard opens one by its number or its order's number,
// then each product barcode scanned counts one unit restocked. Per line the units restocked
// and written off and the location; "Receive" posts them, and a refusal shows the server's
// reason.
class ReturnReceivingWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ReturnReceivingWidget(client::ReturnService *service, QWidget *parent = nullptr);

    // Loads the approved returns again.
    void reload();
    // A scanned or typed code: a return or order number opens it, a SKU of the open return
    // counts one unit restocked.
    void scan(const QString &code);

    QLineEdit *scanInput() const { return m_scan; }
    QTreeWidget *waitingList() const { return m_waiting; }
    QLabel *openTitle() const { return m_title; }
    QTableWidget *linesTable() const { return m_lines; }
    QPushButton *receiveButton() const { return m_receive; }
    QLabel *messageLabel() const { return m_message; }
    std::optional<returns::ReturnRecord> openReturn() const { return m_open; }

signals:
    void received(const returns::ReturnRecord &ret);

private:
    void open(const returns::ReturnRecord &ret);
    void receive();
    void say(const QString &text, bool error);

    client::ReturnService *m_service;
    QList<returns::ReturnRecord> m_approved;
    std::optional<returns::ReturnRecord> m_open;
    QLineEdit *m_scan;
    QTreeWidget *m_waiting;
    QLabel *m_title;
    QTableWidget *m_lines;
    QPushButton *m_receive;
    QLabel *m_message;
};

} // namespace shopdesk::ui
