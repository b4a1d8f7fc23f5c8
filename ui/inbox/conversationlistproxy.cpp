#include "inbox/conversationlistproxy.h"

#include "client/inbox/conversationlistmodel.h"

#include <QFont>

using shopdesk::client::ConversationListModel;

namespace shopdesk::ui {

ConversationListProxy::ConversationListProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ConversationListModel::SortRole);
    setDynamicSortFilter(true);
}

QVariant ConversationListProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::FontRole && index.data(ConversationListModel::WaitingRole).toBool()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    const QVariant value = QSortFilterProxyModel::data(index, role);
    if (role == Qt::DisplayRole && index.column() == ConversationListModel::CustomerColumn) {
        const QString replying = index.data(ConversationListModel::ReplyingRole).toString();
        if (!replying.isEmpty())
            return tr("%1 · %2 typing…").arg(value.toString(), replying);
    }
    return value;
}

} // namespace shopdesk::ui
