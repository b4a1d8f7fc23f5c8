#include "trends/quarterlyreportwriter.h"

#include "domain/tr.h"
#include "trends/reporttablemodel.h"
#include "trends/returnschart.h"
#include "trends/trendcharts.h"

#include <QChart>
#include <QDateTime>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

// Paints top to bottom and starts a new page when the next block does not fit.
class Page
{
public:
    Page(QPainter &painter, QPagedPaintDevice &device, QString footer)
        : m_painter(painter)
        , m_device(device)
        , m_footer(std::move(footer))
    {
        m_width = painter.viewport().width();
        m_height = painter.viewport().height();
        m_bottom = m_height - 28;
    }

    QPainter &painter() { return m_painter; }
    int width() const { return m_width; }
    int y() const { return m_y; }
    void skip(int dy) { m_y += dy; }

    void ensure(int height)
    {
        if (m_y + height <= m_bottom)
            return;
        finishPage();
        m_device.newPage();
        m_y = 0;
    }

    void finishPage()
    {
        ++m_number;
        QFont font = m_painter.font();
        font.setPointSizeF(7.5);
        m_painter.save();
        m_painter.setFont(font);
        m_painter.setPen(QColor(0x70, 0x70, 0x70));
        m_painter.drawText(QRect(0, m_height - 18, m_width, 16), Qt::AlignLeft, m_footer);
        m_painter.drawText(QRect(0, m_height - 18, m_width, 16), Qt::AlignRight,
                           QuarterlyReportWriter::tr("Page %1").arg(m_number));
        m_painter.restore();
    }

    void text(const QString &text, qreal pointSize, bool bold = false,
              const QColor &color = Qt::black)
    {
        QFont font = m_painter.font();
        font.setPointSizeF(pointSize);
        font.setBold(bold);
        const QFontMetrics metrics(font, &m_device);
        const QRect bounds =
            metrics.boundingRect(QRect(0, 0, m_width, 10000), Qt::TextWordWrap, text);
        ensure(bounds.height() + 4);
        m_painter.save();
        m_painter.setFont(font);
        m_painter.setPen(color);
        m_painter.drawText(QRect(0, m_y, m_width, bounds.height()), Qt::TextWordWrap, text);
        m_painter.restore();
        m_y += bounds.height() + 4;
    }

    // A section title is never the last line of a page.
    void heading(const QString &title, int keepWith = 140)
    {
        ensure(keepWith);
        text(title, 11, true);
    }

    void chart(QChart *chart, int height)
    {
        ensure(height + 6);
        // A scene owns the chart and paints it as vectors into the page.
        QGraphicsScene scene;
        scene.addItem(chart);
        chart->resize(m_width, height);
        scene.render(&m_painter, QRectF(0, m_y, m_width, height), QRectF(0, 0, m_width, height));
        m_y += height + 6;
    }

    void table(const ReportTableModel &model, int maxRows = 1000)
    {
        const int rows = qMin(model.rowCount(), maxRows);
        const int columns = model.columnCount();
        if (columns == 0)
            return;
        QFont font = m_painter.font();
        font.setBold(false);
        QFont bold = font;
        bold.setBold(true);
        // Columns as wide as their widest cell or their title on at most two lines; a table
        // wider than the page gets a smaller type, down to 6 points, before it is squeezed.
        QList<int> widths;
        int total = 0;
        for (qreal size = 7.5; size >= 6.0; size -= 0.5) {
            font.setPointSizeF(size);
            bold.setPointSizeF(size);
            const QFontMetrics cell(font, &m_device);
            const QFontMetrics head(bold, &m_device);
            widths.clear();
            total = 0;
            for (int c = 0; c < columns; ++c) {
                const QString title = model.headerData(c, Qt::Horizontal).toString();
                int w = 0;
                for (const QString &word : title.split(u' '))
                    w = qMax(w, head.horizontalAdvance(word));
                const int whole = head.horizontalAdvance(title);
                w = qMax(w, whole < 90 ? whole : whole / 2 + 12);
                for (int r = 0; r < rows; ++r)
                    w = qMax(w, cell.horizontalAdvance(model.index(r, c).data().toString()));
                widths << w + 12;
                total += w + 12;
            }
            if (total <= m_width)
                break;
        }
        const QFontMetrics metrics(font, &m_device);
        const QFontMetrics boldMetrics(bold, &m_device);
        // Narrow tables keep their natural widths instead of stretching across the page.
        total = qMax(total, m_width * 3 / 4);
        const int line = metrics.height() + 4;
        const int headerHeight = boldMetrics.height() * 2 + 4;
        auto header = [&] {
            ensure(headerHeight + line * 3);
            m_painter.save();
            m_painter.setFont(bold);
            m_painter.fillRect(QRect(0, m_y, m_width, headerHeight), QColor(0xe8, 0xee, 0xf4));
            int x = 0;
            for (int c = 0; c < columns; ++c) {
                const int w = widths[c] * m_width / total;
                const auto align = model.index(0, c).data(Qt::TextAlignmentRole).toInt();
                m_painter.drawText(
                    QRect(x + 3, m_y, w - 6, headerHeight),
                    ((align ? align : int(Qt::AlignLeft)) & Qt::AlignHorizontal_Mask) |
                        Qt::AlignVCenter | Qt::TextWordWrap,
                    model.headerData(c, Qt::Horizontal).toString());
                x += w;
            }
            m_painter.restore();
            m_y += headerHeight;
        };
        header();
        m_painter.save();
        m_painter.setFont(font);
        for (int r = 0; r < rows; ++r) {
            if (m_y + line > m_bottom) {
                m_painter.restore();
                ensure(m_height);
                header();
                m_painter.save();
                m_painter.setFont(font);
            }
            if (r % 2 == 1)
                m_painter.fillRect(QRect(0, m_y, m_width, line), QColor(0xf6, 0xf6, 0xf6));
            int x = 0;
            for (int c = 0; c < columns; ++c) {
                const int w = widths[c] * m_width / total;
                const QModelIndex index = model.index(r, c);
                m_painter.drawText(QRect(x + 3, m_y, w - 6, line),
                                   index.data(Qt::TextAlignmentRole).toInt(),
                                   index.data().toString());
                x += w;
            }
            m_y += line;
        }
        m_painter.restore();
        m_y += 8;
    }

private:
    QPainter &m_painter;
    QPagedPaintDevice &m_device;
    QString m_footer;
    int m_width = 0;
    int m_height = 0;
    int m_bottom = 0;
    int m_y = 0;
    int m_number = 0;
};

} // namespace

QuarterlyReportWriter::QuarterlyReportWriter(QuarterlyReportBuilder::Reports reports,
                                             QLocale locale)
    : m_reports(std::move(reports))
    , m_locale(std::move(locale))
{}

Result<void> QuarterlyReportWriter::writePdf(const QString &path, const QString &shopName) const
{
    QPdfWriter writer(path);
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    writer.setTitle(QuarterlyReportWriter::tr("Quarterly trends report"));
    writer.setCreator(u"Shopdesk"_s);
    return paint(writer, shopName);
}

Result<void> QuarterlyReportWriter::paint(QPagedPaintDevice &device, const QString &shopName) const
{
    using Part = QuarterlyReportBuilder::Part;
    if (m_reports.value(Part::SalesByCategory).isEmpty()) {
        return Result<void>::failure(u"report_missing"_s,
                                     Tr::tr("The quarterly report has no sales figures."));
    }
    // Copies: the map hands out its values, not references to them.
    const reports::SalesReport sales = m_reports.value(Part::SalesByCategory).sales();
    const reports::GrowthReport growth = m_reports.value(Part::Growth).growth();
    const reports::StockoutReport stockouts = m_reports.value(Part::StockOuts).stockouts();
    const reports::ReturnsReport returns = m_reports.value(Part::ReturnsByMonth).returns();
    QPainter painter;
    if (!painter.begin(&device)) {
        return Result<void>::failure(u"write_failed"_s, Tr::tr("Cannot write the report file."));
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const reports::ReportHeader::Range &range = sales.header.range;
    const QString rangeText =
        QuarterlyReportWriter::tr("%1 (%2 to %3)")
            .arg(range.label, m_locale.toString(range.from, QLocale::LongFormat),
                 m_locale.toString(range.to, QLocale::LongFormat));
    Page page(painter, device,
              QuarterlyReportWriter::tr("Shopdesk quarterly trends report, %1").arg(range.label));

    page.text(shopName.isEmpty()
                  ? QuarterlyReportWriter::tr("Quarterly trends report")
                  : QuarterlyReportWriter::tr("%1: quarterly trends report").arg(shopName),
              18, true, QColor(0x1a, 0x3a, 0x5c));
    page.text(rangeText, 11, true);
    QString filters;
    if (sales.header.channel)
        filters = QuarterlyReportWriter::tr(" Channel: %1.").arg(*sales.header.channel);
    page.text(QuarterlyReportWriter::tr(
                  "Generated on %1 UTC. Sales are orders with status %2, dated by when they were "
                  "placed; amounts in %3.%4")
                  .arg(m_locale.toString(QDateTime::currentDateTimeUtc(), QLocale::ShortFormat),
                       m_locale.createSeparatedList(sales.header.countedStatuses),
                       sales.header.currency, filters),
              8.5, false, QColor(0x50, 0x50, 0x50));
    page.skip(6);

    // Key figures.
    const reports::ReportFigures &totals = sales.totals;
    const auto &stock = stockouts.totals;
    const QString previousLabel = growth.previous.label;
    const QString yearLabel = growth.yearAgo.label;
    auto pct = [this](const std::optional<double> &v) {
        return ReportTableModel::percent(v, m_locale, true);
    };
    const QList<std::pair<QString, QString>> figures{
        {QuarterlyReportWriter::tr("Revenue"), ReportTableModel::money(totals.revenue, m_locale)},
        {QuarterlyReportWriter::tr("Units sold"), m_locale.toString(totals.units)},
        {QuarterlyReportWriter::tr("Orders"), m_locale.toString(totals.orders)},
        {QuarterlyReportWriter::tr("Revenue vs %1").arg(previousLabel),
         pct(growth.totals.vsPrevious.revenue)},
        {QuarterlyReportWriter::tr("Revenue vs %1").arg(yearLabel),
         pct(growth.totals.vsYearAgo.revenue)},
        {QuarterlyReportWriter::tr("Repeat-customer rate"),
         ReportTableModel::percent(
             m_reports.value(Part::Customers).customers().totals.repeatRatePct, m_locale, false)},
        {QuarterlyReportWriter::tr("Products out of stock"),
         m_locale.toString(stock.productsAffected)},
        {QuarterlyReportWriter::tr("Time out of stock"),
         ReportTableModel::duration(stock.outSeconds)},
        {QuarterlyReportWriter::tr("Refused orders"), m_locale.toString(stock.lostOrders)},
        {QuarterlyReportWriter::tr("Lost to stock-outs"),
         ReportTableModel::money(stock.lostRevenue, m_locale)},
        {QuarterlyReportWriter::tr("Units returned"),
         m_locale.toString(returns.totals.unitsReturned)},
        {QuarterlyReportWriter::tr("Refunded"),
         ReportTableModel::money(returns.totals.refunded, m_locale)},
        {QuarterlyReportWriter::tr("Net revenue after refunds"),
         ReportTableModel::money(returns.totals.netRevenue, m_locale)},
    };
    {
        const int columns = 5;
        const int cell = page.width() / columns;
        const int height = 46;
        const int rows = int((figures.size() + columns - 1) / columns);
        page.ensure(rows * (height + 6));
        QFont label = painter.font();
        label.setPointSizeF(7.5);
        QFont value = painter.font();
        value.setPointSizeF(11);
        value.setBold(true);
        painter.save();
        for (int i = 0; i < figures.size(); ++i) {
            const QRect box((i % columns) * cell, page.y() + (i / columns) * (height + 6), cell - 6,
                            height);
            painter.fillRect(box, QColor(0xf0, 0xf4, 0xf8));
            painter.setFont(label);
            painter.setPen(QColor(0x50, 0x50, 0x50));
            painter.drawText(box.adjusted(6, 4, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                             figures[i].first);
            painter.setFont(value);
            painter.setPen(QColor(0x1a, 0x3a, 0x5c));
            painter.drawText(box.adjusted(6, 0, -4, -5), Qt::AlignLeft | Qt::AlignBottom,
                             figures[i].second);
        }
        painter.restore();
        page.skip(rows * (height + 6) + 6);
    }

    ReportTableModel model;
    model.setLocale(m_locale);
    page.heading(QuarterlyReportWriter::tr("Revenue by category, month by month"), 290);
    page.chart(TrendCharts::sales(m_reports.value(Part::SalesByMonth).sales(), m_locale, 5), 250);
    page.heading(QuarterlyReportWriter::tr("Sales by category"));
    model.setReport(m_reports.value(Part::SalesByCategory));
    page.table(model);
    page.heading(QuarterlyReportWriter::tr("Sales by channel"));
    model.setReport(m_reports.value(Part::SalesByChannel));
    page.table(model);

    page.heading(QuarterlyReportWriter::tr("Growth by category"), 270);
    page.chart(TrendCharts::growth(growth, m_locale), 230);
    model.setReport(m_reports.value(Part::Growth));
    page.table(model);

    page.heading(QuarterlyReportWriter::tr("Top 10 products"));
    model.setReport(m_reports.value(Part::SalesByProduct));
    page.table(model, 10);

    page.heading(QuarterlyReportWriter::tr("Top movers against %1").arg(previousLabel), 260);
    page.chart(TrendCharts::movers(m_reports.value(Part::Movers).movers(), m_locale), 220);
    model.setReport(m_reports.value(Part::Movers));
    page.table(model);

    page.heading(QuarterlyReportWriter::tr("Stock-outs and demand lost to them"), 240);
    model.setReport(m_reports.value(Part::StockOuts));
    if (model.rowCount() == 0) {
        page.text(
            QuarterlyReportWriter::tr("No product was out of stock and no order was refused."), 9);
    } else {
        page.chart(TrendCharts::stockouts(stockouts, m_locale), 200);
        page.table(model);
    }

    page.heading(QuarterlyReportWriter::tr("Customers"));
    model.setReport(m_reports.value(Part::Customers));
    page.table(model);

    page.heading(QuarterlyReportWriter::tr("Service by agent"));
    model.setReport(m_reports.value(Part::Service));
    page.table(model);
    page.heading(QuarterlyReportWriter::tr("Care desk tickets by agent"));
    model.setReport(m_reports.value(Part::CareByAgent));
    page.table(model);

    page.heading(QuarterlyReportWriter::tr("Returns and refunds by month"), 290);
    page.chart(ReturnsChart::build(returns, m_locale), 230);
    model.setReport(m_reports.value(Part::ReturnsByMonth));
    page.table(model);
    page.heading(QuarterlyReportWriter::tr("Returns and refunds by reason"));
    model.setReport(m_reports.value(Part::ReturnsByReason));
    page.table(model);

    page.finishPage();
    if (!painter.end())
        return Result<void>::failure(u"write_failed"_s, Tr::tr("Cannot write the report file."));
    return {};
}

} // namespace shopdesk::ui
