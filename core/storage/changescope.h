#pragma once

#include <QJsonObject>
#include <QStringList>

namespace shopdesk::storage {

// Which change records one reader may receive: an entity list (empty: all but excluded), and
// for the shop role only the order records of its own orders and the conversation records of
// the chats it posted. BulkReader::changes applies it in SQL for /changes; accepts() applies
// the same rule to a record in hand, for /live, without asking the store.
struct ChangeScope
{
    QStringList only;
    QStringList excluded;
    qint64 ordersOf = 0;  // > 0: order records only of orders this user created
    QString ordersOfName; // that user's name, as order records carry it (created_by)
    qint64 chatsOf = 0;   // > 0: conversation records only of the chats this user posted
    QString chatsOfName;  // that user's name, as conversation records carry it (posted_by)

    bool isAll() const
    {
        return only.isEmpty() && excluded.isEmpty() && ordersOf <= 0 && chatsOf <= 0;
    }
    bool accepts(const QString &entity, const QJsonObject &data) const;
};

} // namespace shopdesk::storage
