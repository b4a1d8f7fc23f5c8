#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace shopdesk {

// Where products stand on one page of the website: its featured slots and, on a category
// page, the order of its products (docs/api.md, "Placement").
struct PagePlacement
{
    // The featured slots and order of a placement; an empty SKU is an empty slot.
    struct Layout
    {
        QStringList featured;
        QStringList order;
    };
    // A product that belongs on the page.
    struct Product
    {
        QString sku;
        QString title;
        QString category;
        bool published = false;
    };

    QString page; // "home" or "category:<path>"
    int slotCount = 0;
    qint64 version = 0; // 0: never saved
    QString state;      // draft or published
    Layout layout;
    QDateTime updatedAt;
    QString updatedBy;
    qint64 publishedVersion = 0;
    qint64 publishedRevision = 0;
    std::optional<Layout> published;
    QDateTime publishedAt;
    QString publishedBy;
    QList<Product> products; // only in answers to GET /content/placement

    bool isHome() const { return page == QLatin1String("home"); }

    static Result<PagePlacement> fromJson(const QJsonObject &json);
    // The newer placement a save's 409 edit_conflict carries in its details.
    static Result<PagePlacement> theirsOf(const Error &conflict);
    QJsonObject toJson() const;
    // featured as the API writes it: one entry a slot, null for an empty one.
    static QJsonArray slotsJson(const QStringList &featured);
};

} // namespace shopdesk
