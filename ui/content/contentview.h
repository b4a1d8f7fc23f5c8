#pragma once

#include <QWidget>

class QComboBox;
class QTabWidget;

namespace shopdesk::client {
class ClientSession;
class ContentService;
class ProductTableModel;
} // namespace shopdesk::client

namespace shopdesk::ui {

class ContentDocument;
class ContentEditor;
class ImagePanel;
class PlacementView;
class ProductPreview;
class ReviewQueueWidget;
class RevisionHistoryWidget;

// The Content module: pick a product, then edit its page, its images, preview it, read its
// history; the review queue lists pages waiting for a manager; Placement orders products
// and fills the featured slots of the home and category pages.
class ContentView : public QWidget
{
    Q_OBJECT
public:
    // products: the shell's product model, shared so that a shop's whole catalogue is held
    // once; without one the view makes its own.
    explicit ContentView(client::ClientSession *session,
                         client::ProductTableModel *products = nullptr, QWidget *parent = nullptr);

    void openProduct(const QString &sku);
    QString currentSku() const;

    client::ContentService *service() const { return m_service; }
    ContentDocument *document() const { return m_document; }
    ContentEditor *editor() const { return m_editor; }
    ImagePanel *images() const { return m_images; }
    ProductPreview *preview() const { return m_preview; }
    RevisionHistoryWidget *history() const { return m_history; }
    ReviewQueueWidget *queue() const { return m_queue; }
    PlacementView *placement() const { return m_placement; }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *picker() const { return m_picker; }

private:
    void refreshPreview();

    client::ClientSession *m_session;
    client::ProductTableModel *m_products;
    client::ContentService *m_service;
    ContentDocument *m_document;
    QComboBox *m_picker;
    QTabWidget *m_tabs;
    ContentEditor *m_editor;
    ImagePanel *m_images;
    ProductPreview *m_preview;
    RevisionHistoryWidget *m_history;
    ReviewQueueWidget *m_queue;
    PlacementView *m_placement;
};

} // namespace shopdesk::ui
