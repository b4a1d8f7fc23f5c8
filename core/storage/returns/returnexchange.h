#pragma once

#include "domain/result.h"
#include "storage/actor.h"
#include "storage/returns/returninput.h"
#include "storage/returns/returnstore.h"

#include <QJsonObject>
#include <QList>

namespace shopdesk::storage {

class ShopStore;

// A replacement order for a return: the returned SKUs, or others at the same unit price (a
// size swap), reserved all or nothing like any order and paid by the return, linked both ways.
// One exchange a return.
class ReturnExchange
{
public:
    // windowDays: as ReturnStore's, for the return it answers with.
    explicit ReturnExchange(ShopStore &store, int windowDays = ReturnStore::defaultWindowDays);

    // lines empty: the return's own lines. {return, order}.
    Result<QJsonObject> exchange(const Actor &actor, qint64 id,
                                 const QList<ReturnInput::Line> &lines, qint64 reservationMsecs);

private:
    // The replacement is worth what came back: per unit price, no more units than returned.
    Result<void> checkEquivalent(qint64 id, qint64 orderId, const QList<ReturnInput::Line> &lines);

    ShopStore &m_store;
    ReturnStore m_returns;
};

} // namespace shopdesk::storage
