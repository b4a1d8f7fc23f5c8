#pragma once

#include "domain/result.h"
#include "domain/stockmovement.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableView;

namespace shopdesk::client {
template<typename Row>
class RowTableModel;
class WarehouseService;
struct MovementFilter;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;

// The ledger: every movement, filtered by product, kind, location, user and date, and
// exported as CSV.
class MovementHistoryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit MovementHistoryWidget(client::WarehouseService *service, QWidget *parent = nullptr);

    void refresh();
    Result<void> exportCsv(const QString &path) const;
    client::MovementFilter filter() const;

    QTableView *table() const { return m_table; }
    QLineEdit *productField() const { return m_product; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *locationField() const { return m_location; }
    QLineEdit *userField() const { return m_user; }
    QCheckBox *fromCheck() const { return m_useFrom; }
    QDateEdit *fromDate() const { return m_from; }
    QCheckBox *toCheck() const { return m_useTo; }
    QDateEdit *toDate() const { return m_to; }
    QPushButton *applyButton() const { return m_apply; }

signals:
    void refreshed();

private:
    void exportChosen();

    client::WarehouseService *m_service;
    client::RowTableModel<StockMovement> *m_model;
    QTableView *m_table;
    QLineEdit *m_product;
    QComboBox *m_kind;
    QLineEdit *m_location;
    QLineEdit *m_user;
    QCheckBox *m_useFrom;
    QDateEdit *m_from;
    QCheckBox *m_useTo;
    QDateEdit *m_to;
    QPushButton *m_apply;
    QPushButton *m_csv;
    MessageBar *m_messages;
};

} // namespace shopdesk::ui
