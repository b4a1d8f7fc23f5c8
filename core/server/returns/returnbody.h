#pragma once

#include "domain/result.h"
#include "storage/returns/returninput.h"

#include <QJsonObject>
#include <QList>

namespace shopdesk::server {

// Reads the bodies of the return routes: unknown fields, wrong types, bad SKUs and quantities
// out of range are refused before anything is written.
class ReturnBody
{
public:
    struct Created
    {
        storage::ReturnInput input;
        bool approve = false;
    };
    // POST /returns
    static Result<Created> create(const QJsonObject &object);
    // POST /returns/{id}/receipt
    static Result<QList<storage::ReceiptLine>> receipt(const QJsonObject &object);
    // POST /returns/{id}/exchange: none for the return's own lines.
    static Result<QList<storage::ReturnInput::Line>> exchange(const QJsonObject &object);
};

} // namespace shopdesk::server
