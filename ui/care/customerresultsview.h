#pragma once

#include <QTreeView>

namespace shopdesk::ui {

// Customer search rows (client::CustomerSearchModel) as a table that always fits its width:
// the columns share the width in fixed proportions and long values are elided (the tool tip
// has them whole), so there is never a sideways scroll bar. Used by the Customers screen,
// its merge dialog and the order form.
class CustomerResultsView : public QTreeView
{
    Q_OBJECT
public:
    explicit CustomerResultsView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

protected:
    // The viewport narrows when the vertical scroll bar appears: the columns follow it.
    bool viewportEvent(QEvent *event) override;
    // ... and when the view lays itself out after new rows.
    void updateGeometries() override;

private:
    void fitColumns();

    bool m_fitting = false;
};

} // namespace shopdesk::ui
