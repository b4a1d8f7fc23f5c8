#include "reports/carereportservice.h"

#include "domain/care/ticket.h"
#include "domain/tr.h"
#include "reports/reportnumbers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::reports {

namespace {

const QStringList clockNames{u"first_response"_s, u"next_update"_s, u"resolution"_s};

QJsonObject zeroCauses()
{
    QJsonObject causes;
    for (care::QaCause cause : care::allQaCauses())
        causes.insert(care::qaCauseName(cause), 0);
    return causes;
}

// Median and 90th percentile of a clock, and how many of the met ones kept their target.
QJsonObject clockFigures(QList<qint64> minutes, qint64 inTarget, const QString &countName)
{
    std::sort(minutes.begin(), minutes.end());
    const bool none = minutes.isEmpty();
    return QJsonObject{
        {countName, qint64(minutes.size())},
        {u"median_minutes"_s, none ? QJsonValue(QJsonValue::Null)
                                   : QJsonValue(CareReportService::percentile(minutes, 50))},
        {u"p90_minutes"_s, none ? QJsonValue(QJsonValue::Null)
                                : QJsonValue(CareReportService::percentile(minutes, 90))},
        {u"within_target"_s, inTarget},
        {u"within_target_pct"_s, sharePercent(inTarget, minutes.size())}};
}

QString channelText(const QString &channel)
{
    if (channel == u"email"_s)
        return Tr::tr("E-mail");
    if (channel == u"chat"_s)
        return Tr::tr("Chat");
    if (channel == u"phone"_s)
        return Tr::tr("Phone");
    if (channel == u"web"_s)
        return Tr::tr("Web");
    return channel;
}

} // namespace

CareReportService::CareReportService(storage::Database &db, qint64 nowMsecs)
    : m_db(db)
    , m_now(nowMsecs)
{}

const QStringList &CareReportService::groups()
{
    static const QStringList list{u"agent"_s, u"kind"_s, u"channel"_s};
    return list;
}

qint64 CareReportService::percentile(const QList<qint64> &sorted, int p)
{
    // Nearest rank: the smallest value with at least p percent of the values at or below it.
    const qsizetype rank = (qsizetype(p) * sorted.size() + 99) / 100;
    return sorted.at(qMax<qsizetype>(1, rank) - 1);
}

Result<QJsonObject> CareReportService::run(QJsonObject header, const ReportRange &range,
                                           const QUrlQuery &query)
{
    QString group = u"agent"_s;
    if (query.hasQueryItem(u"group"_s))
        group = query.queryItemValue(u"group"_s, QUrl::FullyDecoded);
    if (!groups().contains(group)) {
        return Result<QJsonObject>::failure(
            u"unknown_group"_s,
            Tr::tr("Unknown group \"%1\"; use agent, kind or channel.").arg(group),
            QJsonObject{{u"group"_s, group}});
    }
    auto all = tickets(range);
    if (!all)
        return all.error();
    QMap<QString, QList<Ticket>> byKey;
    for (const Ticket &ticket : all.value())
        byKey[keyOf(ticket, group)].append(ticket);
    QStringList keys = byKey.keys();
    // Most tickets first; ties by key, so the order never depends on the database's.
    std::stable_sort(keys.begin(), keys.end(), [&byKey](const QString &a, const QString &b) {
        return byKey[a].size() > byKey[b].size();
    });
    QJsonArray rows;
    for (const QString &key : keys) {
        QJsonObject row = figures(byKey[key]);
        row.insert(u"key"_s, key);
        row.insert(u"label"_s, labelOf(key, group));
        rows.append(row);
    }
    auto months = causesByMonth(range);
    if (!months)
        return months.error();
    header.insert(u"group"_s, group);
    header.insert(u"percentile_method"_s, u"nearest_rank"_s);
    header.insert(u"totals"_s, figures(all.value()));
    header.insert(u"rows"_s, rows);
    header.insert(u"causes_by_month"_s, months.value());
    return header;
}

Result<QList<CareReportService::Ticket>> CareReportService::tickets(const ReportRange &range)
{
    const QVariantList span{range.fromMsecs(), range.endMsecs()};
    // Tickets that were ever escalated by hand, not only by their clocks.
    auto escalated = m_db.fetch(u"SELECT DISTINCT h.ticket_id FROM ticket_history h "
                                "JOIN tickets t ON t.id = h.ticket_id WHERE t.created_at >= ? "
                                "AND t.created_at < ? AND h.status = 'escalated'"_s,
                                span);
    if (!escalated)
        return escalated.error();
    QSet<qint64> everEscalated;
    while (escalated.value().next())
        everEscalated.insert(escalated.value().value(0).toLongLong());
    auto rows = m_db.fetch(u"SELECT id, COALESCE(assignee, ''), kind, channel, "
                           "escalation_level, qa_cause, sla FROM tickets "
                           "WHERE created_at >= ? AND created_at < ? ORDER BY id"_s,
                           span);
    if (!rows)
        return rows.error();
    QList<Ticket> list;
    while (rows.value().next()) {
        Ticket ticket = readTicket(rows.value());
        ticket.escalated = ticket.escalated || everEscalated.contains(ticket.id);
        list.append(ticket);
    }
    return list;
}

CareReportService::Ticket CareReportService::readTicket(const storage::SqlRows &row) const
{
    Ticket t;
    t.id = row.value(0).toLongLong();
    t.agent = row.value(1).toString();
    t.kind = row.value(2).toString();
    t.channel = row.value(3).toString();
    const int level = row.value(4).toInt();
    t.escalated = level >= 2;
    t.cause = row.value(5).toString();
    const QJsonObject sla = QJsonDocument::fromJson(row.value(6).toString().toUtf8()).object();
    // The clocks as of the ticket's last change; a breach since then has raised the
    // escalation level, and a running clock past its due time is breached by now.
    t.breached = level >= 1;
    for (const QString &name : clockNames) {
        const QJsonObject clock = sla.value(name).toObject();
        const bool breached = clock.value(u"breached"_s).toBool();
        const QDateTime due =
            QDateTime::fromString(clock.value(u"due_at"_s).toString(), Qt::ISODate);
        const bool running = clock.value(u"state"_s).toString() == u"running"_s;
        if (breached || (running && due.isValid() && due.toMSecsSinceEpoch() <= m_now))
            t.breached = true;
        if (clock.value(u"state"_s).toString() != u"met"_s)
            continue;
        const qint64 used = clock.value(u"used_minutes"_s).toInteger();
        if (name == u"first_response"_s) {
            t.answered = true;
            t.firstResponseMinutes = used;
            t.firstResponseInTarget = !breached;
        } else if (name == u"resolution"_s) {
            t.resolved = true;
            t.resolutionMinutes = used;
            t.resolutionInTarget = !breached;
        }
    }
    return t;
}

QJsonObject CareReportService::figures(const QList<Ticket> &tickets)
{
    QList<qint64> firstResponse;
    QList<qint64> resolution;
    qint64 firstInTarget = 0;
    qint64 resolvedInTarget = 0;
    qint64 breaches = 0;
    qint64 escalations = 0;
    QJsonObject causes = zeroCauses();
    for (const Ticket &t : tickets) {
        if (t.answered) {
            firstResponse.append(t.firstResponseMinutes);
            firstInTarget += t.firstResponseInTarget ? 1 : 0;
        }
        if (t.resolved) {
            resolution.append(t.resolutionMinutes);
            resolvedInTarget += t.resolutionInTarget ? 1 : 0;
        }
        breaches += t.breached ? 1 : 0;
        escalations += t.escalated ? 1 : 0;
        if (causes.contains(t.cause))
            causes.insert(t.cause, causes.value(t.cause).toInteger() + 1);
    }
    return QJsonObject{
        {u"tickets"_s, qint64(tickets.size())},
        {u"first_response"_s, clockFigures(firstResponse, firstInTarget, u"answered"_s)},
        {u"resolution"_s, clockFigures(resolution, resolvedInTarget, u"resolved"_s)},
        {u"breaches"_s, breaches},
        {u"escalations"_s, escalations},
        {u"qa_causes"_s, causes}};
}

Result<QJsonArray> CareReportService::causesByMonth(const ReportRange &range)
{
    // Every month of the range, empty ones too, so a chart's axis has no gaps.
    QList<QDate> months;
    QMap<QString, QJsonObject> counts;
    for (QDate m(range.from().year(), range.from().month(), 1); m <= range.to();
         m = m.addMonths(1)) {
        months.append(m);
        counts.insert(m.toString(u"yyyy-MM"_s), zeroCauses());
    }
    auto rows = m_db.fetch(u"SELECT qa_cause, qa_at FROM tickets WHERE qa_at >= ? AND qa_at < ? "
                           "AND qa_cause IS NOT NULL"_s,
                           {range.fromMsecs(), range.endMsecs()});
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        const QString cause = rows.value().value(0).toString();
        const QString month =
            QDateTime::fromMSecsSinceEpoch(rows.value().value(1).toLongLong(), Qt::UTC)
                .toString(u"yyyy-MM"_s);
        QJsonObject &causes = counts[month];
        if (causes.contains(cause))
            causes.insert(cause, causes.value(cause).toInteger() + 1);
    }
    QJsonArray array;
    for (const QDate &m : months) {
        const QString key = m.toString(u"yyyy-MM"_s);
        const QJsonObject causes = counts.value(key);
        qint64 total = 0;
        for (auto it = causes.begin(); it != causes.end(); ++it)
            total += it.value().toInteger();
        array.append(QJsonObject{{u"month"_s, key}, {u"causes"_s, causes}, {u"findings"_s, total}});
    }
    return array;
}

QString CareReportService::keyOf(const Ticket &ticket, const QString &group)
{
    if (group == u"kind"_s)
        return ticket.kind;
    if (group == u"channel"_s)
        return ticket.channel;
    return ticket.agent;
}

QString CareReportService::labelOf(const QString &key, const QString &group)
{
    if (group == u"kind"_s) {
        const auto kind = care::parseTicketKind(key);
        return kind ? care::ticketKindText(kind.value()) : key;
    }
    if (group == u"channel"_s)
        return channelText(key);
    return key.isEmpty() ? Tr::tr("Unassigned") : key;
}

} // namespace shopdesk::reports
