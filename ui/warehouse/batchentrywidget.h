#pragma once

#include "client/batchlinemodel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace shopdesk::client {
class WarehouseService;
}

namespace shopdesk::ui {

class MessageBar;

// Entering a batch of movements: receive (supplier, reference), count, remove (with a reason)
// or transfer. A barcode scanner types a SKU or EAN and Enter: the product's line is added or
// gets one more unit. Lines can be edited and undone until the batch is posted, as one
// transaction on the server.
class BatchEntryWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BatchEntryWidget(client::WarehouseService *service, QWidget *parent = nullptr);
    ~BatchEntryWidget() override;

    void setKind(client::BatchKind kind);
    client::BatchKind kind() const { return m_model->kind(); }
    // The locations offered (named on the server), keeping the current choices.
    void setLocations(const QStringList &names);

    client::BatchLineModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    QLineEdit *scanField() const { return m_scan; }
    QTableView *table() const { return m_table; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *reasonBox() const { return m_reason; }
    QComboBox *locationBox() const { return m_location; }
    QComboBox *toLocationBox() const { return m_toLocation; }
    QLineEdit *supplierField() const { return m_supplier; }
    QLineEdit *referenceField() const { return m_reference; }
    QPushButton *postButton() const { return m_post; }
    MessageBar *messages() const { return m_messages; }

    // Adds the scanned product's line or one more unit of it; false if no product matches.
    bool scan(const QString &code);
    void post();

signals:
    void posted();

private:
    void kindChosen();
    void removeSelected();
    void updateButtons();
    QString reasonPrefix() const;

    client::WarehouseService *m_service;
    client::BatchLineModel *m_model;
    QUndoStack *m_undo;
    QComboBox *m_kind;
    QLabel *m_supplierLabel;
    QLineEdit *m_supplier;
    QLabel *m_referenceLabel;
    QLineEdit *m_reference;
    QLabel *m_reasonLabel;
    QComboBox *m_reason;
    QLabel *m_locationLabel;
    QComboBox *m_location;
    QLabel *m_toLocationLabel;
    QComboBox *m_toLocation;
    QLineEdit *m_scan;
    QTableView *m_table;
    QPushButton *m_undoButton;
    QPushButton *m_redoButton;
    QPushButton *m_removeButton;
    QPushButton *m_post;
    MessageBar *m_messages;
    bool m_posting = false;
};

} // namespace shopdesk::ui
