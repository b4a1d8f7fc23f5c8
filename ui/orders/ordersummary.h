#pragma once

#include "client/customerrecord.h"
#include "client/localorder.h"
#include "domain/result.h"

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
    static QString html(const client::LocalOrder &order,
                        const std::optional<client::CustomerRecord> &customer);
    // Lays the summary out on a printer or PDF writer.
    static void print(const client::LocalOrder &order,
                      const std::optional<client::CustomerRecord> &customer,
                      QPagedPaintDevice *device);
    static Result<void> savePdf(const client::LocalOrder &order,
                                const std::optional<client::CustomerRecord> &customer,
                                const QString &path);
};

} // namespace shopdesk::ui
