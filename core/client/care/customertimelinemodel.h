#pragma once

#include "domain/care/timelineentry.h"

#include <QAbstractListModel>

namespace shopdesk::client {

// A customer's timeline, newest first, one readable line an entry; pages are appended as the
// user asks for older ones.
class CustomerTimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // the API word: "order_created", …
        KindLabelRole,               // "Order", "E-mail", … translated
        OrderIdRole,                 // qint64, or null
        AtRole,                      // QDateTime
        EntryIdRole
    };

    explicit CustomerTimelineModel(QObject *parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    // Starts again for another customer (or the same one, reloaded).
    void reset(qint64 customerId);
    // One page as CustomerService::timelineLoaded gives it: the newest page replaces what is
    // shown, an older one is appended. Pages of another customer are ignored.
    void addPage(qint64 customerId, const QString &before,
                 const QList<care::TimelineEntry> &entries, const QString &next);
    bool hasOlder() const { return !m_next.isEmpty(); }
    QString nextCursor() const { return m_next; }
    const care::TimelineEntry &entry(int row) const { return m_entries.at(row); }

    static QString kindLabel(const care::TimelineEntry &entry);
    // What happened, in a sentence: "Order #17 created: €34.90 (phone)".
    static QString describe(const care::TimelineEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

signals:
    // A page was taken in (hasOlder() may have changed).
    void pageAdded();

private:
    qint64 m_customerId = 0;
    QList<care::TimelineEntry> m_entries;
    QString m_next;
};

} // namespace shopdesk::client
