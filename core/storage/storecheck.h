#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

namespace shopdesk::storage {

// Checks a SQLite store file without changing it (opened read-only): SQLite's own integrity
// check, stock totals against the ledger, reservations against open orders, the change
// log's sequence numbers without a gap, and a schema this program can open. Each problem is
// one finding in plain words; none means the store is sound.
class StoreCheck
{
public:
    struct Report
    {
        QStringList findings;
        int schemaVersion = 0;
        qint64 orders = 0;
        qint64 lastSeq = 0;
        bool passed() const { return findings.isEmpty(); }
    };

    // Findings are capped so a badly damaged file still answers in a readable size.
    static constexpr int maxFindings = 50;

    // Fails only when the check cannot run at all (no such file); a file that is not a
    // database is a finding.
    static Result<Report> run(const QString &path);
};

} // namespace shopdesk::storage
