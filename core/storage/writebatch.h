#pragma once

#include "domain/result.h"
#include "storage/changelog.h"
#include "storage/database.h"

namespace shopdesk::storage {

// The write transaction the group-commit writer opens around a batch of mutations. Stores
// write inside it and append their change records there, so a change is logged if and only
// if it commits.
class WriteBatch
{
public:
    WriteBatch(Database &db, ChangeLog &log);

    Result<void> begin();
    // Commits; returns the last seq handed out.
    Result<qint64> end();
    void rollback();

    // The last seq handed out in this batch; a job that failed alone rewinds to its seq.
    qint64 seq() const { return m_log.seq(); }
    void setSeq(qint64 seq) { m_log.setSeq(seq); }

private:
    Database &m_db;
    ChangeLog &m_log;
};

} // namespace shopdesk::storage
