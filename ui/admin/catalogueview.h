#pragma once

#include "client/rowtablemodel.h"
#include "domain/product.h"
#include "domain/result.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace shopdesk::client {
class CatalogueService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;
class PriceChangeDialog;
class ProductDialog;

// The Admin module's Catalogue tab: products with search and "show archived"; new and edit
// product; archive and unarchive; bulk price changes with a preview. What the server refuses
// (a taken SKU or barcode, a tax rate out of range) is shown in the dialog that asked.
class CatalogueView : public QWidget
{
    Q_OBJECT
public:
    using Model = client::RowTableModel<Product>;

    explicit CatalogueView(client::CatalogueService *service, QWidget *parent = nullptr);

    void reload();
    // Opens the product dialog (not modal) for a new product, or the selected one.
    ProductDialog *startNewProduct();
    ProductDialog *startEditProduct();
    // Archives the selected product, or unarchives it when archived.
    void toggleArchived();
    PriceChangeDialog *startPriceChange();
    void selectProduct(const QString &sku);

    // The words for a refusal of a product change.
    static QString refusalText(const Error &error);

    Model *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *showArchivedBox() const { return m_showArchived; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *archiveButton() const { return m_archive; }
    QPushButton *pricesButton() const { return m_prices; }
    MessageBar *messageBar() const { return m_message; }
    bool isLoading() const { return m_loading; }

signals:
    void reloaded();

private:
    const Product *selected() const;
    void updateButtons();
    // The shop's currency as its products show it.
    QString currency() const;
    ProductDialog *openProductDialog(const Product *product);

    client::CatalogueService *m_service;
    Model *m_model;
    QLineEdit *m_search;
    QCheckBox *m_showArchived;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_archive;
    QPushButton *m_prices;
    MessageBar *m_message;
    QPointer<ProductDialog> m_dialog;
    QPointer<PriceChangeDialog> m_priceDialog;
    bool m_loading = false;
    int m_generation = 0; // of the newest list asked for
};

} // namespace shopdesk::ui
