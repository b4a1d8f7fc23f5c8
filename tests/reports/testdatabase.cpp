#include "testdatabase.h"

#include "reports/reportschema.h"
#include "storage/migrations.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

QString TestDatabase::backend()
{
    return ScratchStore::backend();
}

// The connection goes before the store drops its database.
TestDatabase::~TestDatabase() = default;

QString TestDatabase::open(bool withReportTables)
{
    if (!m_store.unavailableReason().isEmpty())
        return m_store.unavailableReason();
    auto config = storage::StorageConfig::fromOptions(m_store.dataDir(), m_store.databaseUrl());
    if (!config)
        return config.error().message;
    m_config = config.value();
    auto db =
        storage::Database::open(m_config, u"reports-test-"_s + QUuid::createUuid().toString());
    if (!db)
        return db.error().message;
    m_db = std::move(db.value());
    if (auto ok = storage::Migrations::apply(*m_db); !ok)
        return ok.error().message;
    if (withReportTables) {
        if (auto ok = reports::ReportSchema::ensure(*m_db); !ok)
            return ok.error().message;
    }
    return {};
}

} // namespace shopdesk::test
