#include "admin/pricechangedialog.h"

#include "client/errortext.h"
#include "common/themecolors.h"
#include "domain/money.h"

#include <QButtonGroup>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

QString moneyText(qint64 minor, const QString &currency, const QLocale &locale)
{
    const auto money = Money::create(minor, currency);
    return money ? money->format(locale) : QString::number(minor);
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

} // namespace

PriceChangeDialog::PriceChangeDialog(client::CatalogueService *service,
                                     const QStringList &categories, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_byCategory(new QRadioButton(tr("By &category"), this))
    , m_fromCsv(new QRadioButton(tr("From a CSV &file"), this))
    , m_category(new QLineEdit(this))
    , m_percent(new QDoubleSpinBox(this))
    , m_csvPath(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_previewButton(new QPushButton(tr("P&review"), this))
    , m_applyButton(new QPushButton(tr("&Apply"), this))
    , m_changes(makeTable({tr("SKU"), tr("Name"), tr("Old price"), tr("New price")}, this))
    , m_problems(makeTable({tr("Line"), tr("SKU"), tr("Problem")}, this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"priceChangeDialog"_s);
    setWindowTitle(tr("Change prices"));
    m_byCategory->setObjectName(u"priceByCategory"_s);
    m_fromCsv->setObjectName(u"priceFromCsv"_s);
    m_byCategory->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_byCategory);
    group->addButton(m_fromCsv);
    m_category->setObjectName(u"priceCategory"_s);
    m_category->setAccessibleName(tr("Category"));
    m_category->setCompleter(new QCompleter(categories, m_category));
    m_percent->setObjectName(u"pricePercent"_s);
    m_percent->setAccessibleName(tr("Change in percent"));
    m_percent->setRange(-100, 1000);
    m_percent->setDecimals(2);
    m_percent->setSuffix(tr(" %"));
    m_csvPath->setObjectName(u"priceCsvPath"_s);
    m_csvPath->setAccessibleName(tr("CSV file"));
    m_csvPath->setReadOnly(true);
    m_csvPath->setPlaceholderText(tr("A file of \"SKU,price\" lines"));
    m_browse->setObjectName(u"priceBrowse"_s);
    m_previewButton->setObjectName(u"pricePreview"_s);
    m_applyButton->setObjectName(u"priceApply"_s);
    m_changes->setObjectName(u"priceChanges"_s);
    m_changes->setAccessibleName(tr("Price changes"));
    m_problems->setObjectName(u"priceProblems"_s);
    m_problems->setAccessibleName(tr("Problems"));
    m_status->setObjectName(u"priceStatus"_s);
    m_status->setWordWrap(true);

    auto *categoryRow = new QHBoxLayout;
    categoryRow->addWidget(m_category, 1);
    categoryRow->addWidget(m_percent);
    auto *csvRow = new QHBoxLayout;
    csvRow->addWidget(m_csvPath, 1);
    csvRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_byCategory, categoryRow);
    form->addRow(m_fromCsv, csvRow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_previewButton);
    actions->addWidget(m_applyButton);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_changes, 3);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);
    resize(720, 560);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &PriceChangeDialog::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &PriceChangeDialog::apply);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Price list"), {}, tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty() && !loadCsv(path))
            m_status->setText(tr("%1 cannot be read.").arg(path));
    });
    connect(m_byCategory, &QRadioButton::toggled, this, &PriceChangeDialog::ruleEdited);
    connect(m_category, &QLineEdit::textChanged, this, &PriceChangeDialog::ruleEdited);
    connect(m_percent, &QDoubleSpinBox::valueChanged, this, &PriceChangeDialog::ruleEdited);
    ruleEdited();
}

bool PriceChangeDialog::loadCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    m_csv = QString::fromUtf8(file.readAll());
    m_csvPath->setText(path);
    m_fromCsv->setChecked(true);
    ruleEdited();
    return true;
}

client::CatalogueService::PriceRule PriceChangeDialog::rule() const
{
    client::CatalogueService::PriceRule rule;
    if (m_byCategory->isChecked()) {
        rule.category = m_category->text().trimmed();
        rule.percentHundredths = qint64(std::llround(m_percent->value() * 100));
    } else {
        rule.csv = m_csv;
    }
    return rule;
}

void PriceChangeDialog::ruleEdited()
{
    // A preview holds only for the rule it was made for.
    m_token.clear();
    m_applyButton->setEnabled(false);
    const bool ready =
        m_byCategory->isChecked() ? !m_category->text().trimmed().isEmpty() : !m_csv.isEmpty();
    m_previewButton->setEnabled(ready);
}

void PriceChangeDialog::preview()
{
    m_status->setText(tr("Working out the changes…"));
    m_previewButton->setEnabled(false);
    QPointer<PriceChangeDialog> self(this);
    m_service->previewPrices(rule(), [self](const Result<client::PriceChangePreview> &preview) {
        if (!self)
            return;
        self->m_previewButton->setEnabled(true);
        if (!preview) {
            self->m_status->setText(client::ErrorText::describe(preview.error()));
            return;
        }
        self->showPreview(preview.value());
    });
}

void PriceChangeDialog::showPreview(const client::PriceChangePreview &preview)
{
    m_changes->setRowCount(int(preview.changes.size()));
    for (int row = 0; row < preview.changes.size(); ++row) {
        const auto &change = preview.changes.at(row);
        const QStringList cells = {change.sku, change.name,
                                   moneyText(change.oldMinor, change.currency, locale()),
                                   moneyText(change.newMinor, change.currency, locale())};
        for (int column = 0; column < cells.size(); ++column)
            m_changes->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_problems->setRowCount(int(preview.problems.size()));
    for (int row = 0; row < preview.problems.size(); ++row) {
        const PriceProblem &problem = preview.problems.at(row);
        const QStringList cells = {problem.line > 0 ? QString::number(problem.line) : QString(),
                                   problem.sku, problem.message};
        for (int column = 0; column < cells.size(); ++column)
            m_problems->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_problems->setVisible(!preview.problems.isEmpty());
    if (!preview.problems.isEmpty()) {
        m_status->setText(tr("%n problem(s) must be put right before the prices can change.",
                             nullptr, int(preview.problems.size())));
    } else if (preview.changes.isEmpty()) {
        m_status->setText(tr("No price would change."));
    } else {
        m_status->setText(tr("%n price(s) will change. Apply changes them all at once.", nullptr,
                             int(preview.changes.size())));
    }
    m_token = preview.canApply() ? preview.token : QString();
    m_applyButton->setEnabled(!m_token.isEmpty());
}

void PriceChangeDialog::apply()
{
    if (m_token.isEmpty())
        return;
    m_applyButton->setEnabled(false);
    m_status->setText(tr("Changing the prices…"));
    QPointer<PriceChangeDialog> self(this);
    m_service->applyPrices(rule(), m_token, [self](const Result<int> &count) {
        if (!self)
            return;
        if (!count) {
            self->m_status->setText(client::ErrorText::describe(count.error()));
            self->m_token.clear();
            return;
        }
        emit self->applied(count.value());
        self->accept();
    });
}

} // namespace shopdesk::ui
