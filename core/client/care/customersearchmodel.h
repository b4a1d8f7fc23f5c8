#pragma once

#include "domain/care/customermatch.h"

#include <QAbstractTableModel>

namespace shopdesk::client {

class CustomerDirectory;

// Customer search results as readable rows (name, e-mail, phone, city, last order), for the
// Customers screen and the order form alike. setQuery() shows the cache's answer at once and
// the server's when it comes.
class CustomerSearchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Phone, City, LastOrder, ColumnCount };
    enum Role { CustomerIdRole = Qt::UserRole + 1 };

    explicit CustomerSearchModel(CustomerDirectory *directory, QObject *parent = nullptr);

    // Searches for text; an empty text empties the list.
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    // Stops a search still running (the user has picked already).
    void cancel();
    void clear();
    void setMatches(const QList<care::CustomerMatch> &matches);
    const QList<care::CustomerMatch> &matches() const { return m_matches; }
    const care::CustomerMatch *matchAt(int row) const;
    // "#17 · 3 Dec 2026 · Paid"
    static QString lastOrderText(const care::CustomerMatch &match);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The server's answer (or the cache's, offline) for text is shown.
    void searched(const QString &text);

private:
    void answer(const QString &text, const QList<care::CustomerMatch> &found);

    CustomerDirectory *m_directory;
    QString m_query;
    QList<care::CustomerMatch> m_matches;
};

} // namespace shopdesk::client
