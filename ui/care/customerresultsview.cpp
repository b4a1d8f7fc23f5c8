#include "care/customerresultsview.h"

#include "client/care/customersearchmodel.h"

#include <QHeaderView>
#include <QResizeEvent>

#include <array>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

// Shares of the width: name, e-mail, phone, city, last order.
constexpr std::array<int, client::CustomerSearchModel::ColumnCount> shares{24, 26, 16, 13, 21};

} // namespace

CustomerResultsView::CustomerResultsView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(false);
    header()->setSectionResizeMode(QHeaderView::Fixed);
}

void CustomerResultsView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    fitColumns();
}

void CustomerResultsView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

void CustomerResultsView::fitColumns()
{
    if (!model())
        return;
    const int width = viewport()->width();
    const int columns = std::min<int>(model()->columnCount(), int(shares.size()));
    int total = 0;
    for (int c = 0; c < columns; ++c)
        total += shares.at(c);
    // The last section stretches over what rounding leaves.
    for (int c = 0; c + 1 < columns; ++c)
        header()->resizeSection(c, width * shares.at(c) / total);
}

} // namespace shopdesk::ui
