#include "orders/customerpanel.h"

#include "care/customerresultsview.h"
#include "common/themecolors.h"

#include "client/care/customersearchmodel.h"
#include "client/customerdirectory.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

CustomerPanel::CustomerPanel(client::CustomerDirectory *directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_search(new QLineEdit(this))
    , m_resultsModel(new client::CustomerSearchModel(directory, this))
    , m_results(new CustomerResultsView(this))
    , m_searchTimer(new QTimer(this))
    , m_chosen(new QLabel(this))
    , m_newButton(new QPushButton(tr("Ne&w customer"), this))
    , m_form(new QGroupBox(tr("New customer"), this))
    , m_name(new QLineEdit(m_form))
    , m_email(new QLineEdit(m_form))
    , m_phone(new QLineEdit(m_form))
    , m_address(new QPlainTextEdit(m_form))
    , m_language(new QComboBox(m_form))
    , m_create(new QPushButton(tr("Create customer"), m_form))
    , m_duplicate(new QFrame(this))
    , m_duplicateText(new QLabel(m_duplicate))
    , m_useDuplicate(new QPushButton(tr("&Use this customer"), m_duplicate))
    , m_createAnyway(new QPushButton(tr("Create a new one anyway"), m_duplicate))
    , m_message(new QLabel(this))
{
    m_search->setObjectName(u"customerSearch"_s);
    m_search->setAccessibleName(tr("Customer search"));
    m_search->setPlaceholderText(tr("Name, e-mail, phone or order number"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(u"customerResults"_s);
    m_results->setAccessibleName(tr("Matching customers"));
    m_results->setModel(m_resultsModel);
    m_results->setMaximumHeight(140);
    m_results->hide();
    m_chosen->setObjectName(u"chosenCustomer"_s);
    m_chosen->setWordWrap(true);
    m_chosen->setTextFormat(Qt::PlainText);
    m_newButton->setObjectName(u"newCustomer"_s);
    m_newButton->setCheckable(true);

    m_name->setObjectName(u"customerName"_s);
    m_email->setObjectName(u"customerEmail"_s);
    m_phone->setObjectName(u"customerPhone"_s);
    m_address->setObjectName(u"customerAddress"_s);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(54);
    m_language->setObjectName(u"customerLanguage"_s);
    // The language the shop writes to the customer in (confirmation e-mail, payment link).
    for (const auto &[code, name] :
         {std::pair{u"en"_s, tr("English")}, std::pair{u"de"_s, tr("German")},
          std::pair{u"es"_s, tr("Spanish")}, std::pair{u"ar"_s, tr("Arabic")},
          std::pair{u"hi"_s, tr("Hindi")}}) {
        m_language->addItem(name, code);
    }
    m_create->setObjectName(u"createCustomer"_s);
    auto *form = new QFormLayout(m_form);
    form->addRow(tr("Na&me"), m_name);
    form->addRow(tr("E-m&ail"), m_email);
    form->addRow(tr("Phon&e"), m_phone);
    form->addRow(tr("Deli&very address"), m_address);
    form->addRow(tr("&Language"), m_language);
    form->addRow(QString(), m_create);
    m_form->hide();

    m_duplicate->setObjectName(u"duplicateOffer"_s);
    m_duplicate->setFrameShape(QFrame::StyledPanel);
    m_duplicate->setStyleSheet(toneStyleSheet(Tone::Warning, palette(), u"#duplicateOffer"_s));
    m_duplicateText->setWordWrap(true);
    m_useDuplicate->setObjectName(u"useDuplicate"_s);
    m_createAnyway->setObjectName(u"createAnyway"_s);
    auto *dupLayout = new QVBoxLayout(m_duplicate);
    dupLayout->addWidget(m_duplicateText);
    auto *dupButtons = new QHBoxLayout;
    dupButtons->addWidget(m_useDuplicate);
    dupButtons->addWidget(m_createAnyway);
    dupButtons->addStretch();
    dupLayout->addLayout(dupButtons);
    m_duplicate->hide();

    m_message->setObjectName(u"customerMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_search, 1);
    row->addWidget(m_newButton);
    layout->addLayout(row);
    layout->addWidget(m_results);
    layout->addWidget(m_chosen);
    layout->addWidget(m_form);
    layout->addWidget(m_duplicate);
    layout->addWidget(m_message);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomerPanel::runSearch);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter picks the highlighted (or only) match; search first if still typing.
        if (m_searchTimer->isActive() || m_resultsModel->rowCount() == 0) {
            m_searchTimer->stop();
            runSearch();
        }
        if (m_resultsModel->rowCount() > 0) {
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_resultsModel->index(0, 0));
            pickResult();
        }
    });
    m_search->installEventFilter(this);
    connect(m_results, &QAbstractItemView::activated, this, &CustomerPanel::pickResult);
    connect(m_resultsModel, &client::CustomerSearchModel::searched, this,
            &CustomerPanel::showResults);
    connect(m_newButton, &QPushButton::toggled, this, [this](bool on) {
        m_form->setVisible(on);
        m_duplicate->hide();
        if (on) {
            // Start from what was searched for: it is usually the name, e-mail or phone.
            const QString typed = m_search->text().trimmed();
            if (typed.contains(u'@'))
                m_email->setText(typed);
            else if (!typed.isEmpty() && typed.front().isDigit())
                m_phone->setText(typed);
            else
                m_name->setText(typed);
            m_name->setFocus();
        }
    });
    connect(m_create, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_createAnyway, &QPushButton::clicked, this, [this] { submit(true); });
    connect(m_useDuplicate, &QPushButton::clicked, this, [this] {
        if (m_duplicates.isEmpty())
            return;
        setCustomer(m_duplicates.first());
        m_newButton->setChecked(false);
        clearForm();
        showMessage(tr("Using the existing customer %1.").arg(m_duplicates.first().name), false);
    });
    connect(m_directory, &client::CustomerDirectory::duplicatesFound, this,
            &CustomerPanel::offerDuplicates);
    connect(m_directory, &client::CustomerDirectory::created, this,
            [this](const client::CustomerRecord &customer) {
                m_create->setEnabled(true);
                m_createAnyway->setEnabled(true);
                m_duplicate->hide();
                m_newButton->setChecked(false);
                clearForm();
                setCustomer(customer);
                showMessage(tr("Customer %1 created.").arg(customer.name), false);
            });
    connect(m_directory, &client::CustomerDirectory::createFailed, this,
            [this](const QString &reason) {
                m_create->setEnabled(true);
                m_createAnyway->setEnabled(true);
                showMessage(reason, true);
            });
    setCustomer(std::nullopt);
}

QString CustomerPanel::describe(const client::CustomerRecord &c)
{
    QStringList parts{c.name};
    if (!c.email.isEmpty())
        parts.append(c.email);
    if (!c.phone.isEmpty())
        parts.append(c.phone);
    return parts.join(u" · "_s);
}

bool CustomerPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field walks the matches, so the keyboard alone will do.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_results->isVisible()) {
        m_results->setFocus();
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_resultsModel->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerPanel::searchFor(const QString &text)
{
    m_search->setText(text);
    m_searchTimer->stop();
    runSearch();
}

void CustomerPanel::runSearch()
{
    const QString text = m_search->text();
    // The cache answers at once; the server's answer follows and replaces it.
    m_resultsModel->setQuery(text);
    // "No match" waits for the server: the cache may simply not know the customer yet.
    m_results->setVisible(m_resultsModel->rowCount() > 0);
    if (m_resultsModel->rowCount() > 0)
        m_results->setCurrentIndex(m_resultsModel->index(0, 0));
}

void CustomerPanel::showResults(const QString &text)
{
    if (text != m_search->text())
        return;
    const bool searched = !text.trimmed().isEmpty();
    m_results->setVisible(searched && m_resultsModel->rowCount() > 0);
    if (m_resultsModel->rowCount() > 0) {
        m_results->setCurrentIndex(m_resultsModel->index(0, 0));
        if (m_message->property("noMatch").toBool())
            m_message->hide();
    } else if (searched) {
        showMessage(tr("No customer matches \"%1\".").arg(text.trimmed()), false);
        m_message->setProperty("noMatch", true);
    }
}

void CustomerPanel::pickResult()
{
    const client::CustomerRecord *picked = nullptr;
    if (const auto *match = m_resultsModel->matchAt(m_results->currentIndex().row()))
        picked = &match->customer;
    if (!picked)
        return;
    const client::CustomerRecord customer = *picked;
    m_resultsModel->cancel();
    m_searchTimer->stop();
    if (m_message->property("noMatch").toBool())
        m_message->hide();
    setCustomer(customer);
    m_results->hide();
}

void CustomerPanel::setCustomer(const std::optional<client::CustomerRecord> &customer)
{
    m_customer = customer;
    if (customer) {
        QString text = describe(*customer);
        if (!customer->address.isEmpty())
            text += u'\n' + customer->address;
        m_chosen->setText(text);
        m_chosen->setStyleSheet(u"font-weight: bold;"_s);
    } else {
        m_chosen->setText(tr("No customer chosen yet."));
        m_chosen->setStyleSheet(u"color: palette(mid);"_s);
    }
    emit customerChanged();
}

void CustomerPanel::clear()
{
    m_search->clear();
    m_resultsModel->clear();
    m_results->hide();
    m_duplicate->hide();
    m_message->hide();
    m_newButton->setChecked(false);
    clearForm();
    setCustomer(std::nullopt);
}

void CustomerPanel::clearForm()
{
    for (QLineEdit *field : {m_name, m_email, m_phone})
        field->clear();
    m_address->clear();
    m_language->setCurrentIndex(0);
    m_duplicate->hide();
}

void CustomerPanel::submit(bool force)
{
    client::CustomerDraft draft;
    draft.name = m_name->text();
    draft.email = m_email->text();
    draft.phone = m_phone->text();
    draft.address = m_address->toPlainText();
    draft.language = m_language->currentData().toString();
    if (auto valid = client::CustomerDirectory::validate(draft); !valid) {
        showMessage(valid.error().message, true);
        return;
    }
    m_message->hide();
    m_create->setEnabled(false);
    m_createAnyway->setEnabled(false);
    m_duplicate->hide();
    m_directory->create(draft, force);
}

void CustomerPanel::offerDuplicates(const QList<client::CustomerRecord> &existing)
{
    m_create->setEnabled(true);
    m_createAnyway->setEnabled(true);
    m_duplicates = existing;
    QStringList lines;
    for (const client::CustomerRecord &c : existing)
        lines.append(describe(c));
    m_duplicateText->setText(
        tr("This looks like a customer we already have (same e-mail or phone):\n%1")
            .arg(lines.join(u'\n')));
    m_duplicate->show();
    m_useDuplicate->setFocus();
}

void CustomerPanel::showMessage(const QString &text, bool error)
{
    m_message->setProperty("noMatch", false);
    m_message->setText(text);
    m_message->setStyleSheet(error ? toneTextStyleSheet(Tone::Error, palette()) : QString());
    m_message->show();
}

} // namespace shopdesk::ui
