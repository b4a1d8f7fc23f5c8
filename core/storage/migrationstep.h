#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace shopdesk::storage {

// What one module changes in the schema at one version. Migrations applies the steps of
// every module version by version, in the order the modules are registered; a statement's
// %ID% and %CLUSTER% placeholders take the dialect's types (SqlDialect::schema()).
struct MigrationStep
{
    QString module;
    int version = 0;
    QStringList statements;
};

} // namespace shopdesk::storage
