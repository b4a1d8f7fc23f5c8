#pragma once

#include <QSqlDatabase>

namespace shopdesk::client {

// One transaction on the local cache that rolls back on every path out of it that did not
// commit.
class LocalCacheTransaction
{
public:
    explicit LocalCacheTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_active = m_db.transaction();
    }
    ~LocalCacheTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    LocalCacheTransaction(const LocalCacheTransaction &) = delete;
    LocalCacheTransaction &operator=(const LocalCacheTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit()
    {
        m_active = false;
        return m_db.commit();
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace shopdesk::client
