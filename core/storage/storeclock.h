#pragma once

#include <QJsonValue>
#include <QString>
#include <QVariant>

namespace shopdesk::storage {

// The time the stores write into new rows, and how times leave the store as JSON.
class StoreClock
{
public:
    static QString isoTime(qint64 msecs);
    // An optional time column as JSON: its ISO time, or null.
    static QJsonValue isoTimeOrNull(const QVariant &msecs);
    static qint64 nowMsecs();

    // The wall clock, or the fixed time set (demo data writes its history at past times).
    qint64 now() const { return m_fixed > 0 ? m_fixed : nowMsecs(); }
    // 0 goes back to the wall clock.
    void set(qint64 msecs) { m_fixed = msecs; }

private:
    qint64 m_fixed = 0;
};

} // namespace shopdesk::storage
