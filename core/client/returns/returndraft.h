#pragma once

#include "domain/returns/returnreason.h"

#include <QList>
#include <QString>

namespace shopdesk::client {

// A return as the agent puts it together, before the server has it.
struct ReturnDraft
{
    struct Line
    {
        QString sku;
        qint64 quantity = 0;
    };
    qint64 orderId = 0;
    qint64 ticketId = 0; // 0: not from a ticket
    returns::ReturnReason reason = returns::ReturnReason::Damaged;
    QString note;
    QList<Line> lines; // only those with a quantity
    bool approve = false;
};

// What the warehouse found of one SKU of a return.
struct ReceiptDraftLine
{
    QString sku;
    qint64 restock = 0;
    qint64 writeOff = 0;
    QString location;
};

} // namespace shopdesk::client
