#include "storage/storageconfig.h"

#include "domain/tr.h"

#include <QDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

Result<StorageConfig> StorageConfig::fromOptions(const QString &dataDir, const QString &databaseUrl)
{
    StorageConfig config;
    if (!databaseUrl.isEmpty()) {
        const QUrl url(databaseUrl, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || (scheme != u"postgresql"_s && scheme != u"postgres"_s) ||
            url.host().isEmpty() || url.path().size() < 2) {
            return Result<StorageConfig>::failure(
                u"invalid_database_url"_s,
                Tr::tr("--database takes postgresql://user[:password]@host[:port]/database."));
        }
        config.backend = Backend::Postgres;
        config.host = url.host();
        config.port = url.port(5432);
        config.user = url.userName();
        config.password = url.password();
        config.database = url.path().mid(1);
        return config;
    }
    if (dataDir.isEmpty()) {
        return Result<StorageConfig>::failure(
            u"no_storage"_s, Tr::tr("Give --data DIR (SQLite) or --database postgresql://..."));
    }
    QDir dir(dataDir);
    if (!dir.exists() && !QDir().mkpath(dataDir)) {
        return Result<StorageConfig>::failure(
            u"data_dir_unusable"_s, Tr::tr("Cannot create the data folder %1.").arg(dataDir));
    }
    config.backend = Backend::Sqlite;
    config.sqlitePath = dir.absoluteFilePath(u"shopdesk.sqlite"_s);
    return config;
}

} // namespace shopdesk::storage
