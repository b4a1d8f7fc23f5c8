#include "client/lowstockwatch.h"

#include "client/localcache.h"
#include "client/warehouseservice.h"
#include "domain/tr.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

LowStockWatch::LowStockWatch(ApiClient *api, LocalCache *cache, const QString &role,
                             QObject *parent)
    : QObject(parent)
{
    if (!isAvailableFor(role) || !api || !cache)
        return;
    m_service = new WarehouseService(api, cache, this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &LowStockWatch::check);
    connect(cache, &LocalCache::productsChanged, m_timer, qOverload<>(&QTimer::start));
    m_timer->start();
}

bool LowStockWatch::isAvailableFor(const QString &role)
{
    return role == u"agent"_s || role == u"warehouse"_s || role == u"manager"_s ||
           role == u"admin"_s;
}

QStringList LowStockWatch::current() const
{
    QStringList entries = m_low.values();
    entries.sort();
    return entries;
}

void LowStockWatch::check()
{
    // One question at a time; changes meanwhile ask again once it is answered.
    if (m_checking) {
        m_again = true;
        return;
    }
    m_checking = true;
    m_service->lowStock(
        [this, guard = QPointer<LowStockWatch>(this)](const Result<QList<LowStockItem>> &result) {
            if (!guard)
                return;
            m_checking = false;
            if (result) {
                QSet<QString> low;
                QStringList fresh;
                for (const LowStockItem &item : result.value()) {
                    const QString entry = Tr::tr("%1 at %2").arg(item.sku, item.location);
                    low.insert(entry);
                    if (m_loaded && !m_low.contains(entry))
                        fresh.append(entry);
                }
                m_low = low;
                m_loaded = true;
                if (!fresh.isEmpty())
                    emit fellBelow(fresh);
            }
            if (m_again) {
                m_again = false;
                m_timer->start();
            }
        });
}

} // namespace shopdesk::client
