#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QPushButton;

namespace shopdesk::client {
class CustomerTimelineModel;
}

namespace shopdesk::ui {

// A customer's timeline, newest first, with an icon and a readable line an event; "Show
// older" fetches the next page, and an internal note is added from the field below.
class CustomerTimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerTimelineView(client::CustomerTimelineModel *model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QPushButton *olderButton() const { return m_older; }
    QLineEdit *noteField() const { return m_note; }
    QPushButton *addNoteButton() const { return m_addNote; }
    // While a note is on its way, the field keeps it and the button waits.
    void setNoteBusy(bool busy);
    void clearNote();
    void setMayAddNotes(bool may);

signals:
    void olderRequested();
    void noteRequested(const QString &text);
    // An order's entry was double-clicked: its server id.
    void orderActivated(qint64 orderId);

private:
    void updateOlder();

    client::CustomerTimelineModel *m_model;
    QListView *m_list;
    QPushButton *m_older;
    QLineEdit *m_note;
    QPushButton *m_addNote;
};

} // namespace shopdesk::ui
