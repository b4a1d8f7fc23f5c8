#include "trends/quarterlyreportbuilder.h"

#include "client/reportsource.h"

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

QuarterlyReportBuilder::QuarterlyReportBuilder(reports::ReportSource *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
    connect(m_source, &reports::ReportSource::resultReady, this,
            [this](quint64 id, const QString &, const reports::ReportResult &result) {
                const auto it = m_pending.constFind(id);
                if (it == m_pending.constEnd() || m_failed)
                    return;
                m_answers.insert(it.value(), result);
                m_pending.erase(it);
                if (m_pending.isEmpty())
                    emit finished(m_answers);
            });
    connect(m_source, &reports::ReportSource::reportFailed, this,
            [this](quint64 id, const QString &, const Error &error) {
                if (!m_pending.contains(id) || m_failed)
                    return;
                m_failed = true;
                m_pending.clear();
                emit failed(error);
            });
}

QMap<QuarterlyReportBuilder::Part, std::pair<QString, QUrlQuery>>
QuarterlyReportBuilder::parts(const QUrlQuery &range)
{
    auto with = [&range](const QString &extra) {
        QUrlQuery query = range;
        for (const auto &[key, value] : QUrlQuery(extra).queryItems())
            query.addQueryItem(key, value);
        return query;
    };
    return {
        {SalesByMonth, {u"sales"_s, with(u"dimension=category&period=month"_s)}},
        {SalesByCategory, {u"sales"_s, with(u"dimension=category&period=custom"_s)}},
        {SalesByChannel, {u"sales"_s, with(u"dimension=channel&period=custom"_s)}},
        {SalesByProduct, {u"sales"_s, with(u"dimension=product&period=custom&limit=10"_s)}},
        {Growth, {u"growth"_s, with(u"dimension=category&period=custom"_s)}},
        {Movers, {u"movers"_s, with(u"dimension=product&period=custom&limit=5"_s)}},
        {StockOuts, {u"stockouts"_s, with(u"period=custom&limit=10"_s)}},
        {Customers, {u"customers"_s, with(u"period=month"_s)}},
        {Service, {u"service"_s, with(u"period=custom"_s)}},
        {CareByAgent, {u"care"_s, with(u"group=agent"_s)}},
        {ReturnsByMonth, {u"returns"_s, with(u"group=month"_s)}},
        {ReturnsByReason, {u"returns"_s, with(u"group=reason"_s)}},
    };
}

void QuarterlyReportBuilder::start(const QUrlQuery &range)
{
    m_pending.clear();
    m_answers.clear();
    m_failed = false;
    QUrlQuery base = range;
    base.removeAllQueryItems(u"period"_s);
    base.removeAllQueryItems(u"dimension"_s);
    base.removeAllQueryItems(u"category"_s);
    const auto all = parts(base);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        QUrlQuery query = it.value().second;
        // Stock-outs are per product, tickets grouped by channel, returns for every channel:
        // a channel does not apply to them.
        if (it.value().first != u"sales"_s && it.value().first != u"growth"_s &&
            it.value().first != u"movers"_s && it.value().first != u"customers"_s &&
            it.value().first != u"service"_s)
            query.removeAllQueryItems(u"channel"_s);
        m_pending.insert(m_source->request(it.value().first, query), it.key());
    }
}

} // namespace shopdesk::ui
