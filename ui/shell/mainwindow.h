#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QListWidget;
class QStackedWidget;

namespace shopdesk::client {
class ClientSession;
class OutboxModel;
class ProductTableModel;
} // namespace shopdesk::client

namespace shopdesk::ui {

class MessageBar;
class NoticesButton;
class OutboxPanel;
class ProductsView;
class QuickSearchDialog;
class SyncStatusWidget;

// The application shell: the modules the user's role may use, the sync status, the global
// product search (Ctrl+K) and the pending-changes panel, around one logged-in session.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(client::ClientSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    QStringList moduleIds() const { return m_moduleIds; }
    bool showModule(const QString &id);
    QString currentModule() const;

    ProductsView *productsView() const;
    client::ProductTableModel *productModel() const { return m_products; }
    SyncStatusWidget *syncStatus() const { return m_status; }
    MessageBar *messageBar() const { return m_messages; }
    OutboxPanel *outboxPanel() const { return m_outboxPanel; }
    QDockWidget *outboxDock() const { return m_outboxDock; }
    QuickSearchDialog *quickSearch() const { return m_quickSearch; }
    QAction *quickSearchAction() const { return m_quickSearchAction; }
    // Escalation notices in the status bar; nullptr for roles that read no tickets.
    NoticesButton *noticesButton() const { return m_notices; }

    void showNotice(const QString &text);
    // Opens the pending-changes panel below the work area.
    void showPendingChanges();
    // Keeps the window's size, place, docks and column layout for the next start.
    void saveLayout();

signals:
    void logoutRequested();
    // The user chose another language: the window is to be built anew in it.
    void languageChanged();
    // The user closed the window and agreed to quit.
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildModules();
    void buildNotices();
    // The inbox's count on its list item, its links into Tickets, Orders and Customers, and
    // New order starting the order form.
    void connectInbox();
    void openQuickSearch();
    void editPreferences();
    void showAbout();

    client::ClientSession *m_session;
    client::ProductTableModel *m_products;
    client::OutboxModel *m_outbox;
    MessageBar *m_messages;
    QListWidget *m_moduleList;
    QStackedWidget *m_pages;
    QStringList m_moduleIds;
    SyncStatusWidget *m_status;
    OutboxPanel *m_outboxPanel;
    QDockWidget *m_outboxDock;
    QuickSearchDialog *m_quickSearch;
    QAction *m_quickSearchAction = nullptr;
    NoticesButton *m_notices = nullptr;
};

} // namespace shopdesk::ui
