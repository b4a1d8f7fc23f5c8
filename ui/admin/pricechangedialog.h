#pragma once

#include "client/admin/catalogueservice.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace shopdesk::ui {

// Change prices: a category by a percentage, or a price list from a CSV file ("sku,price").
// Preview shows every change and every problem; Apply is offered only for a preview without
// problems, and applies exactly what it showed (all prices at once, or none).
class PriceChangeDialog : public QDialog
{
    Q_OBJECT
public:
    PriceChangeDialog(client::CatalogueService *service, const QStringList &categories,
                      QWidget *parent = nullptr);

    // Reads a CSV file into the dialog (what Browse… does); false if it cannot be read.
    bool loadCsv(const QString &path);

    void preview();
    void apply();

    QRadioButton *byCategory() const { return m_byCategory; }
    QRadioButton *fromCsv() const { return m_fromCsv; }
    QLineEdit *categoryField() const { return m_category; }
    QDoubleSpinBox *percentField() const { return m_percent; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *applyButton() const { return m_applyButton; }
    QTableWidget *changesTable() const { return m_changes; }
    QTableWidget *problemsTable() const { return m_problems; }
    QLabel *status() const { return m_status; }

signals:
    // The prices were changed; count of them.
    void applied(int count);

private:
    client::CatalogueService::PriceRule rule() const;
    void ruleEdited();
    void showPreview(const client::PriceChangePreview &preview);

    client::CatalogueService *m_service;
    QRadioButton *m_byCategory;
    QRadioButton *m_fromCsv;
    QLineEdit *m_category;
    QDoubleSpinBox *m_percent;
    QLineEdit *m_csvPath;
    QPushButton *m_browse;
    QString m_csv;
    QPushButton *m_previewButton;
    QPushButton *m_applyButton;
    QTableWidget *m_changes;
    QTableWidget *m_problems;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QString m_token; // of the preview shown; empty once the rule is edited
};

} // namespace shopdesk::ui
