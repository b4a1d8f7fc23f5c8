#pragma once

#include "domain/result.h"
#include "sync/customerrecord.h"
#include "sync/localorder.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace shopdesk::ui {

// An order summary for the customer or the file: lines, totals, delivery address, payment,
// status and tracking, as a printable document.
class OrderSummary
{
    Q_DECLARE_TR_FUNCTIONS(shopdesk::ui::OrderSummary)
public:
    static QString html(const sync::LocalOrder &order,
                        const std::optional<sync::CustomerRecord> &customer);
    // Lays the summary out on a printer or PDF writer.
    static void print(const sync::LocalOrder &order,
                      const std::optional<sync::CustomerRecord> &customer,
                      QPagedPaintDevice *device);
    static Result<void> savePdf(const sync::LocalOrder &order,
                                const std::optional<sync::CustomerRecord> &customer,
                                const QString &path);
};

} // namespace shopdesk::ui
