#pragma once

#include "domain/pageplacement.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace shopdesk::client {
class ContentService;
}

namespace shopdesk::ui {

class CategoryBrowser;
class CategoryTreeModel;
class FeaturedSlotsModel;
class PlacementOrderModel;

// Where products stand on the website: pick the home page or a category from the tree, then
// drag products into the page's featured slots and into display order (or use Feature,
// Remove from slot, Move up/down, Alt+Up/Alt+Down). Save keeps a draft on the server over the
// version it started from; a manager publishes it to the catalog.
class PlacementView : public QWidget
{
    Q_OBJECT
public:
    PlacementView(client::ContentService *service, bool mayPublish, QWidget *parent = nullptr);

    CategoryBrowser *pages() const { return m_pages; }
    QListView *slotsView() const { return m_slotsView; }
    QListView *orderView() const { return m_orderView; }
    FeaturedSlotsModel *featured() const { return m_featured; }
    PlacementOrderModel *order() const { return m_order; }
    QString page() const { return m_page; }
    qint64 version() const { return m_version; }
    QString state() const { return m_state; }
    bool hasUnsavedChanges() const { return m_dirty; }
    QString message() const;

    // Re-reads the categories and the page shown.
    void refresh();
    void openPage(const QString &page);
    void save();
    void publish();
    // The keyboard's ways: the selected product into the selected slot (or the first empty
    // one), the selected slot emptied, the selected product one place up or down.
    void featureSelected();
    void removeSelectedFromSlot();
    void moveSelected(int step);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPlacement(const PagePlacement &placement);
    void showState();
    void setMessage(const QString &text, bool error);
    void setBusy(bool busy);

    client::ContentService *m_service;
    bool m_mayPublish;
    CategoryTreeModel *m_pageModel;
    CategoryBrowser *m_pages;
    FeaturedSlotsModel *m_featured;
    PlacementOrderModel *m_order;
    QLabel *m_title;
    QLabel *m_stateLabel;
    QLabel *m_message;
    QListView *m_slotsView;
    QListView *m_orderView;
    QPushButton *m_feature;
    QPushButton *m_unfeature;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_reload;
    QPushButton *m_save;
    QPushButton *m_publish;
    QString m_page;
    qint64 m_version = 0;
    qint64 m_publishedVersion = 0;
    QString m_state;
    bool m_dirty = false;
    bool m_busy = false;
};

} // namespace shopdesk::ui
