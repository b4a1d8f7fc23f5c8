#pragma once

#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace shopdesk::storage {

// The rows of one executed statement. Either owns its query, or borrows one of the
// connection's cached prepared statements (valid until the same statement runs again).
class SqlRows
{
public:
    explicit SqlRows(std::unique_ptr<QSqlQuery> owned)
        : m_owned(std::move(owned))
        , m_query(m_owned.get())
    {}
    explicit SqlRows(QSqlQuery *borrowed)
        : m_query(borrowed)
    {}

    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    std::unique_ptr<QSqlQuery> m_owned;
    QSqlQuery *m_query = nullptr;
};

} // namespace shopdesk::storage
