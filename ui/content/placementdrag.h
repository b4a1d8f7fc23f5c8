#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QString>

namespace shopdesk::ui::placementdrag {

// What one dragged product carries between the product list and the featured slots: its
// SKU and where it came from ("order" or "slot", and the row there).
inline QString mimeType()
{
    return QStringLiteral("application/x-shopdesk-placement");
}

struct Item
{
    QString sku;
    QString from;
    int row = -1;
};

inline QMimeData *encode(const Item &item)
{
    auto *data = new QMimeData;
    const QJsonObject object{{QStringLiteral("sku"), item.sku},
                             {QStringLiteral("from"), item.from},
                             {QStringLiteral("row"), item.row}};
    data->setData(mimeType(), QJsonDocument(object).toJson(QJsonDocument::Compact));
    data->setText(item.sku);
    return data;
}

inline Item decode(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(data->data(mimeType())).object();
    return Item{object.value(QStringLiteral("sku")).toString(),
                object.value(QStringLiteral("from")).toString(),
                object.value(QStringLiteral("row")).toInt(-1)};
}

} // namespace shopdesk::ui::placementdrag
