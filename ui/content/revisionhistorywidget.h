#pragma once

#include "domain/contentdiff.h"
#include "domain/productcontent.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace shopdesk::client {
class ContentService;
}

namespace shopdesk::ui {

// Every published revision of a page, a field-by-field comparison of any two (or of a
// revision and the current draft), and rollback to one (managers).
class RevisionHistoryWidget : public QWidget
{
    Q_OBJECT
public:
    RevisionHistoryWidget(client::ContentService *service, bool mayRollBack,
                          QWidget *parent = nullptr);

    void setProduct(const QString &sku);
    void refresh();
    // to < 0: the current draft.
    void compare(qint64 from, qint64 to);
    void rollbackSelected();

    QTableWidget *table() const { return m_table; }
    QTextBrowser *diffView() const { return m_diff; }
    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }
    QString message() const;

signals:
    void contentChanged(const shopdesk::ProductContent &content);

private:
    void showDiff(const ContentDiff &diff);
    void setMessage(const QString &text, bool error);

    client::ContentService *m_service;
    QString m_sku;
    QTableWidget *m_table;
    QComboBox *m_from;
    QComboBox *m_to;
    QTextBrowser *m_diff;
    QLabel *m_message;
    QPushButton *m_rollback;
};

} // namespace shopdesk::ui
