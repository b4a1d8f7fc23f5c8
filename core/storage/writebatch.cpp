#include "storage/writebatch.h"

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

WriteBatch::WriteBatch(Database &db, ChangeLog &log)
    : m_db(db)
    , m_log(log)
{}

Result<void> WriteBatch::begin()
{
    if (auto ok = m_db.exec(m_db.dialect().beginWrite()); !ok)
        return ok;
    // Taking the counter row first serialises writers across servers until commit, which is
    // what keeps sequence numbers in commit order.
    if (auto ok = m_log.lockCounter(); !ok) {
        rollback();
        return ok;
    }
    return {};
}

Result<qint64> WriteBatch::end()
{
    m_db.finishStatements();
    if (auto ok = m_log.publish(); !ok) {
        rollback();
        return ok.error();
    }
    if (auto ok = m_db.exec(u"COMMIT"_s); !ok) {
        rollback();
        return ok.error();
    }
    return m_log.seq();
}

void WriteBatch::rollback()
{
    m_db.finishStatements();
    (void)m_db.exec(u"ROLLBACK"_s);
    m_log.discard();
}

} // namespace shopdesk::storage
