#pragma once

#include "client/admin/catalogueservice.h"
#include "domain/product.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shopdesk::ui {

// New or Edit product: SKU (new products only), name, barcode, category, price in the shop's
// currency, tax rate in percent and minimum stock at the main location. The dialog stays open on a
// refusal and shows why.
class ProductDialog : public QDialog
{
    Q_OBJECT
public:
    // A new product when product is null; the currency is the shop's.
    ProductDialog(const QString &currency, const Product *product, QWidget *parent = nullptr);

    bool isNew() const { return m_isNew; }
    // What was entered (valid when the OK button is enabled).
    client::ProductDraft draft() const;
    void showProblem(const QString &text);
    QString problem() const;

    QLineEdit *skuField() const { return m_sku; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *barcodeField() const { return m_barcode; }
    QLineEdit *categoryField() const { return m_category; }
    QLineEdit *priceField() const { return m_price; }
    QDoubleSpinBox *taxField() const { return m_tax; }
    QSpinBox *minimumField() const { return m_minimum; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    // OK was pressed with valid fields; the dialog stays open until told otherwise.
    void submitted();

private:
    void check();

    QString m_currency;
    bool m_isNew;
    QLineEdit *m_sku;
    QLineEdit *m_name;
    QLineEdit *m_barcode;
    QLineEdit *m_category;
    QLineEdit *m_price;
    QDoubleSpinBox *m_tax;
    QSpinBox *m_minimum;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace shopdesk::ui
