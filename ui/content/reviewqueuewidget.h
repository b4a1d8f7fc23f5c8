#pragma once

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace shopdesk::client {
class ContentService;
}

namespace shopdesk::ui {

// Pages waiting for review (or scheduled); managers publish now, schedule or send back.
class ReviewQueueWidget : public QWidget
{
    Q_OBJECT
public:
    ReviewQueueWidget(client::ContentService *service, bool mayPublish, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *table() const { return m_table; }
    QDateTimeEdit *scheduleTime() const { return m_when; }
    QString message() const;
    // On the selected row.
    void publishNow();
    void schedule();
    void sendBack();

signals:
    void openProduct(const QString &sku);
    void contentChanged(const QString &sku);

private:
    QString selectedSku() const;
    void act(const QString &verb, const QDateTime &at);
    void setMessage(const QString &text, bool error);

    client::ContentService *m_service;
    QComboBox *m_state;
    QTableWidget *m_table;
    QDateTimeEdit *m_when;
    QLabel *m_message;
    QList<QPushButton *> m_managerButtons;
};

} // namespace shopdesk::ui
