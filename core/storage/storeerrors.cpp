#include "storage/storeerrors.h"

#include "domain/tr.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace shopdesk::storage {

Error StoreErrors::notFound(const QString &what)
{
    return Error{u"not_found"_s, what, {}};
}

Error StoreErrors::insufficientStock(const QString &sku, qint64 requested, qint64 available)
{
    return Error{
        u"insufficient_stock"_s,
        Tr::tr("Only %1 of %2 available; %3 asked for.").arg(available).arg(sku).arg(requested),
        QJsonObject{{u"sku"_s, sku}, {u"requested"_s, requested}, {u"available"_s, available}}};
}

Error StoreErrors::unknownSku(const QString &sku)
{
    return Error{u"unknown_sku"_s, Tr::tr("There is no product %1.").arg(sku),
                 QJsonObject{{u"sku"_s, sku}}};
}

} // namespace shopdesk::storage
