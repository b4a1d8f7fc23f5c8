#include "client/admin/auditmodel.h"

#include "client/tablecell.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString AuditModel::entityTitle(const QString &entity)
{
    static const QHash<QString, const char *> titles = {
        {u"product"_s, QT_TR_NOOP("Product")},
        {u"stock"_s, QT_TR_NOOP("Stock")},
        {u"order"_s, QT_TR_NOOP("Order")},
        {u"customer"_s, QT_TR_NOOP("Customer")},
        {u"movement"_s, QT_TR_NOOP("Stock movement")},
        {u"user"_s, QT_TR_NOOP("User")},
        {u"location"_s, QT_TR_NOOP("Location")},
        {u"low_stock"_s, QT_TR_NOOP("Low stock")},
        {u"stock_minimum"_s, QT_TR_NOOP("Stock minimum")},
        {u"content"_s, QT_TR_NOOP("Product page")},
        {u"product_images"_s, QT_TR_NOOP("Product images")},
        {u"content_placement"_s, QT_TR_NOOP("Page placement")},
        {u"ticket"_s, QT_TR_NOOP("Ticket")},
        {u"customer_note"_s, QT_TR_NOOP("Customer note")},
        {u"follow_up"_s, QT_TR_NOOP("Follow-up")},
        {u"payment"_s, QT_TR_NOOP("Payment")},
        {u"refund"_s, QT_TR_NOOP("Refund")},
        {u"return"_s, QT_TR_NOOP("Return")},
        {u"conversation"_s, QT_TR_NOOP("Conversation")},
        {u"reply_template"_s, QT_TR_NOOP("Reply template")},
        {u"setting"_s, QT_TR_NOOP("Setting")},
        {u"backup"_s, QT_TR_NOOP("Backup")},
    };
    const char *title = titles.value(entity);
    return title ? tr(title) : entity;
}

QString AuditModel::operationTitle(const QString &op)
{
    if (op == u"create"_s)
        return tr("Created");
    if (op == u"update"_s)
        return tr("Changed");
    if (op == u"delete"_s)
        return tr("Deleted");
    return op;
}

void AuditModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AuditModel::append(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (index.column()) {
    case Time:
        return TableCell::time(e.at).data(role);
    case User:
        return TableCell::text(e.user).data(role);
    case Address:
        return TableCell::text(e.address).data(role);
    case Entity:
        return TableCell::code(e.entity, entityTitle(e.entity)).data(role);
    case Id:
        return TableCell::text(e.entityId).data(role);
    case Operation:
        return TableCell::code(e.op, operationTitle(e.op)).data(role);
    case Summary:
        return TableCell::text(e.summary()).data(role);
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Address:
        return tr("Address");
    case Entity:
        return tr("Record");
    case Id:
        return tr("Id");
    case Operation:
        return tr("Operation");
    case Summary:
        return tr("Summary");
    default:
        return {};
    }
}

} // namespace shopdesk::client
