#include "admin/productdialog.h"

#include "common/themecolors.h"
#include "domain/ids.h"
#include "domain/money.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

ProductDialog::ProductDialog(const QString &currency, const Product *product, QWidget *parent)
    : QDialog(parent)
    , m_currency(currency)
    , m_isNew(product == nullptr)
    , m_sku(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_barcode(new QLineEdit(this))
    , m_category(new QLineEdit(this))
    , m_price(new QLineEdit(this))
    , m_tax(new QDoubleSpinBox(this))
    , m_minimum(new QSpinBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"productDialog"_s);
    setWindowTitle(m_isNew ? tr("New product") : tr("Edit product"));
    m_sku->setObjectName(u"productSku"_s);
    m_sku->setAccessibleName(tr("SKU"));
    m_sku->setMaxLength(64);
    m_name->setObjectName(u"productName"_s);
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(200);
    m_barcode->setObjectName(u"productBarcode"_s);
    m_barcode->setAccessibleName(tr("Barcode"));
    m_barcode->setMaxLength(200);
    m_category->setObjectName(u"productCategory"_s);
    m_category->setAccessibleName(tr("Category"));
    m_category->setMaxLength(200);
    m_price->setObjectName(u"productPrice"_s);
    m_price->setAccessibleName(tr("Price in %1").arg(currency));
    m_tax->setObjectName(u"productTax"_s);
    m_tax->setAccessibleName(tr("Tax rate in percent"));
    m_tax->setRange(0, 100);
    m_tax->setDecimals(2);
    m_tax->setSuffix(tr(" %"));
    m_minimum->setObjectName(u"productMinimum"_s);
    m_minimum->setAccessibleName(tr("Minimum stock"));
    m_minimum->setRange(-1, 1000000);
    m_minimum->setSpecialValueText(tr("None"));
    m_minimum->setValue(-1);
    m_problem->setObjectName(u"productProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(toneTextStyleSheet(Tone::Error, palette()));
    if (product) {
        m_sku->setText(product->sku);
        m_sku->setReadOnly(true);
        m_name->setText(product->name);
        m_barcode->setText(product->barcode);
        m_category->setText(product->category);
        if (const auto price = product->price())
            m_price->setText(price->format(locale()));
        m_tax->setValue(double(product->taxRateBp) / 100);
        m_minimum->setValue(int(product->minimumStock));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&SKU:"), m_sku);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Barcode:"), m_barcode);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Price (%1):").arg(currency), m_price);
    form->addRow(tr("&Tax rate:"), m_tax);
    form->addRow(tr("&Minimum stock:"), m_minimum);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProductDialog::submitted);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_sku, m_name, m_price})
        connect(field, &QLineEdit::textChanged, this, &ProductDialog::check);
    check();
}

client::ProductDraft ProductDialog::draft() const
{
    client::ProductDraft draft;
    draft.sku = m_sku->text().trimmed();
    draft.name = m_name->text().trimmed();
    draft.barcode = m_barcode->text().trimmed();
    draft.category = m_category->text().trimmed();
    draft.currency = m_currency;
    if (const auto currency = Currency::parse(m_currency)) {
        if (const auto price = Money::parse(m_price->text(), *currency, locale()))
            draft.priceMinor = price->amountMinor();
    }
    draft.taxRateBp = qint64(std::llround(m_tax->value() * 100));
    draft.minimumStock = m_minimum->value();
    return draft;
}

void ProductDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
}

QString ProductDialog::problem() const
{
    return m_problem->text();
}

void ProductDialog::check()
{
    QString problem;
    const auto currency = Currency::parse(m_currency);
    const auto price = currency ? Money::parse(m_price->text(), *currency, locale())
                                : Result<Money>(currency.error());
    if (m_isNew && !m_sku->text().isEmpty() && !Sku::isValid(m_sku->text().trimmed()))
        problem = tr("A SKU is 1 to 64 letters, digits, dots, dashes or underscores.");
    else if (!m_price->text().trimmed().isEmpty() && !price)
        problem = tr("The price is not an amount of money.");
    else if (price && price->isNegative())
        problem = tr("A price cannot be negative.");
    m_problem->setText(problem);
    const bool complete =
        !m_sku->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty() && price.ok();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && problem.isEmpty());
}

} // namespace shopdesk::ui
