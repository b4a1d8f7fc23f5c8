#pragma once

#include <QWidget>

class QTableView;

namespace shopdesk::client {
class OutboxModel;
class SyncEngine;
} // namespace shopdesk::client

namespace shopdesk::ui {

// "Pending changes": what this computer sent or still has to send, and what the server
// made of it. A queued order reads "Queued — not confirmed" here until the server answers.
class OutboxPanel : public QWidget
{
    Q_OBJECT
public:
    OutboxPanel(client::OutboxModel *model, client::SyncEngine *engine, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    QTableView *m_table;
};

} // namespace shopdesk::ui
