#include "care/customerresultsview.h"

#include "client/care/customersearchmodel.h"

#include <QEvent>
#include <QHeaderView>

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
    header()->setStretchLastSection(false);
    header()->setSectionsMovable(false);
    header()->setSectionResizeMode(QHeaderView::Fixed);
    // Narrow enough that five columns fit the order form's panel; the style's default
    // minimum would push the last one out of sight.
    header()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 3);
}

void CustomerResultsView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    fitColumns();
}

bool CustomerResultsView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Resize)
        fitColumns();
    return QTreeView::viewportEvent(event);
}

void CustomerResultsView::updateGeometries()
{
    QTreeView::updateGeometries();
    fitColumns();
}

void CustomerResultsView::fitColumns()
{
    if (!model() || m_fitting)
        return;
    m_fitting = true;
    const int width = viewport()->width();
    const int columns = std::min<int>(model()->columnCount(), int(shares.size()));
    int total = 0;
    for (int c = 0; c < columns; ++c)
        total += shares.at(c);
    // The last column takes what rounding leaves, so the columns fill the width exactly.
    int used = 0;
    for (int c = 0; c < columns; ++c) {
        const int size = c + 1 < columns ? width * shares.at(c) / total : width - used;
        if (header()->sectionSize(c) != size)
            header()->resizeSection(c, size);
        used += size;
    }
    m_fitting = false;
}

} // namespace shopdesk::ui
