#pragma once

#include "client/admin/auditentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace shopdesk::client {

// The audit trail as a table, newest first: time (in the user's zone), user, address, entity,
// id, operation and a one-line summary. Pages read later are appended below.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, User, Address, Entity, Id, Operation, Summary, ColumnCount };

    explicit AuditModel(QObject *parent = nullptr);

    // An entity or operation of the change log in the user's words (the code when unknown).
    static QString entityTitle(const QString &entity);
    static QString operationTitle(const QString &op);

    void setEntries(QList<AuditEntry> entries);
    void append(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace shopdesk::client
