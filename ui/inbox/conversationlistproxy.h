#pragma once

#include <QSortFilterProxyModel>

namespace shopdesk::ui {

// The inbox list as the agent reads it: sorted on the model's SortRole, a conversation that
// waits for the shop's answer in bold, and "typing…" after the customer when another agent is
// writing an answer to it.
class ConversationListProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConversationListProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace shopdesk::ui
