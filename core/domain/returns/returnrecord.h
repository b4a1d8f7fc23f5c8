#pragma once

#include "domain/result.h"
#include "domain/returns/returnreason.h"
#include "domain/returns/returnstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace shopdesk::returns {

// One SKU of a return: what was asked back and, once received, what came back.
struct ReturnLine
{
    QString sku;
    QString name;
    qint64 quantity = 0;
    qint64 restocked = 0;
    qint64 writtenOff = 0;
    qint64 missing = 0;
    QString location; // empty until received
};

// A return as GET /returns/{id} and its change records carry it.
struct ReturnRecord
{
    qint64 id = 0;
    QString number; // "R-17"
    qint64 orderId = 0;
    qint64 customerId = 0;
    QString customerName;
    qint64 ticketId = 0; // 0: none
    ReturnStatus status = ReturnStatus::Requested;
    ReturnReason reason = ReturnReason::Other;
    QString note;
    QString requestedBy;
    QDateTime requestedAt;
    QString approvedBy;
    QString rejectionReason;
    QString receivedBy;
    QDateTime windowEndsAt;     // invalid: not delivered yet
    qint64 exchangeOrderId = 0; // 0: none
    QList<ReturnLine> lines;

    static Result<ReturnRecord> fromJson(const QJsonObject &object);
};

} // namespace shopdesk::returns

Q_DECLARE_METATYPE(shopdesk::returns::ReturnRecord)
