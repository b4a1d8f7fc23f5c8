#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

class QTimer;

namespace shopdesk::client {

class ApiClient;
class LocalCache;
class WarehouseService;

// Tells the signed-in user when a product falls below its minimum at a location. Stock
// changes arrive in the cache through the change feed; after each burst the watch asks the
// server for the low-stock list (GET /stock/low) and reports the entries that are new.
class LowStockWatch : public QObject
{
    Q_OBJECT
public:
    LowStockWatch(ApiClient *api, LocalCache *cache, const QString &role,
                  QObject *parent = nullptr);

    static bool isAvailableFor(const QString &role);
    // "SKU at location" of every product and location below its minimum, as last seen.
    QStringList current() const;
    // True once the first list came back: from then on, what is new is reported.
    bool isLoaded() const { return m_loaded; }

signals:
    void fellBelow(const QStringList &entries);

private:
    void check();

    WarehouseService *m_service = nullptr;
    QTimer *m_timer = nullptr;
    QSet<QString> m_low;
    bool m_loaded = false;
    bool m_checking = false;
    bool m_again = false;
};

} // namespace shopdesk::client
