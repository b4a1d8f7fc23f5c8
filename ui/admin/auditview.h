#pragma once

#include "client/admin/auditquery.h"
#include "domain/result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace shopdesk::client {
class AuditModel;
class AuditService;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;

// The Admin module's Audit tab: who changed what, when and from where. Filters by user,
// record kind and time; the list newest first, a page at a time ("Load more"); the chosen
// change's fields beside it; and the filtered list exported as CSV.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int pageSize = 100;

    // entities: the record kinds the role may read, offered in the filter.
    AuditView(client::AuditService *service, const QStringList &entities,
              QWidget *parent = nullptr);

    // Reads the first page with the filters as set.
    void search();
    void loadMore();
    // Asks for a file and exports the filtered list to it.
    void exportChosen();
    // Exports the filtered list to path; exported() or a message tells the outcome.
    void exportTo(const QString &path);

    client::AuditQuery query() const;
    client::AuditModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *details() const { return m_details; }
    QLineEdit *userField() const { return m_user; }
    QComboBox *entityBox() const { return m_entity; }
    QCheckBox *fromCheck() const { return m_fromCheck; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QCheckBox *toCheck() const { return m_toCheck; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QPushButton *searchButton() const { return m_search; }
    QPushButton *moreButton() const { return m_more; }
    QPushButton *exportButton() const { return m_export; }
    MessageBar *messageBar() const { return m_message; }
    bool isLoading() const { return m_loading; }

signals:
    // A page was read (the first, or one more).
    void loaded();
    // The export finished: rows written, or the error shown.
    void exported(bool ok);

private:
    void read(qint64 after);
    void showDetails();
    void updateButtons();

    client::AuditService *m_service;
    client::AuditModel *m_model;
    QLineEdit *m_user;
    QComboBox *m_entity;
    QCheckBox *m_fromCheck;
    QDateTimeEdit *m_from;
    QCheckBox *m_toCheck;
    QDateTimeEdit *m_to;
    QPushButton *m_search;
    QPushButton *m_more;
    QPushButton *m_export;
    QTableView *m_table;
    QTableWidget *m_details;
    MessageBar *m_message;
    client::AuditQuery m_shown; // the filters of the rows shown
    qint64 m_next = 0;
    bool m_loading = false;
    bool m_exporting = false;
};

} // namespace shopdesk::ui
