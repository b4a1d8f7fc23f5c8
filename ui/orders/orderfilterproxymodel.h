#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace shopdesk::ui {

// The order list's filters: status, channel, agent, a date range, customer and free search.
// An empty value does not filter. Sync changes pass row by row (dynamic filtering).
class OrderFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OrderFilterProxyModel(QObject *parent = nullptr);

    void setStatus(const QString &status);
    void setChannel(const QString &channel);
    void setAgent(const QString &agent);
    // Local dates, both ends included; an invalid date leaves that end open.
    void setDateRange(const QDate &from, const QDate &to);
    void setCustomerText(const QString &text);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_status;
    QString m_channel;
    QString m_agent;
    QDate m_from;
    QDate m_to;
    QString m_customer;
    QStringList m_words;
};

} // namespace shopdesk::ui
