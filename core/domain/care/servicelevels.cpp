#include "domain/care/servicelevels.h"

#include "domain/tr.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace shopdesk::care {

namespace {

Error levelsError(const QString &message, const QString &field)
{
    return Error{u"invalid_service_levels"_s, message, QJsonObject{{u"field"_s, field}}};
}

// The first key of `object` that is not `known`, or nothing.
std::optional<QString> unknownKey(const QJsonObject &object, std::initializer_list<QString> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            return it.key().left(40);
    }
    return std::nullopt;
}

Error unknownField(const QString &key, const QString &path)
{
    const QString field = path.isEmpty() ? key : path + u'.' + key;
    return levelsError(Tr::tr("The service levels have an unknown field \"%1\".").arg(field),
                       field);
}

// A whole number of minutes from 1 to a year, or the error naming `field`.
Result<qint64> minutes(const QJsonObject &object, const QString &key, const QString &path)
{
    const QString field = path + u'.' + key;
    const QJsonValue value = object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)) || number < 1 ||
        number > double(ServiceLevels::maxTargetMinutes)) {
        return levelsError(Tr::tr("\"%1\" must be a whole number of business minutes from 1 to "
                                  "%2 (a year).")
                               .arg(field)
                               .arg(ServiceLevels::maxTargetMinutes),
                           field);
    }
    return qint64(number);
}

Result<ServiceLevels::Policy> readPolicy(const QJsonValue &value, const QString &path)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject())
        return levelsError(Tr::tr("The policy %1 must be an object.").arg(path), path);
    if (const auto key = unknownKey(object, {u"priority"_s, u"kind"_s, u"first_response_minutes"_s,
                                             u"next_update_minutes"_s, u"resolution_minutes"_s})) {
        return unknownField(*key, path);
    }
    ServiceLevels::Policy policy;
    const QJsonValue priority = object.value(u"priority"_s);
    if (!priority.isString()) {
        return levelsError(Tr::tr("The policy %1 has no priority.").arg(path),
                           path + u".priority"_s);
    }
    const auto parsedPriority = parseTicketPriority(priority.toString());
    if (!parsedPriority)
        return levelsError(parsedPriority.error().message, path + u".priority"_s);
    policy.priority = parsedPriority.value();
    const QJsonValue kind = object.value(u"kind"_s);
    if (kind.isString()) {
        const auto parsedKind = parseTicketKind(kind.toString());
        if (!parsedKind)
            return levelsError(parsedKind.error().message, path + u".kind"_s);
        policy.kind = parsedKind.value();
    } else if (!kind.isNull() && !kind.isUndefined()) {
        return levelsError(
            Tr::tr("The kind of policy %1 must be a kind of ticket or null.").arg(path),
            path + u".kind"_s);
    }
    const auto firstResponse = minutes(object, u"first_response_minutes"_s, path);
    const auto nextUpdate = minutes(object, u"next_update_minutes"_s, path);
    const auto resolution = minutes(object, u"resolution_minutes"_s, path);
    for (const auto *target : {&firstResponse, &nextUpdate, &resolution}) {
        if (!*target)
            return target->error();
    }
    policy.targets = {firstResponse.value(), nextUpdate.value(), resolution.value()};
    return policy;
}

Result<ServiceLevels::Escalation> readEscalation(const QJsonValue &value)
{
    const QString path = u"escalation"_s;
    const QJsonObject object = value.toObject();
    if (!value.isObject()) {
        return levelsError(Tr::tr("\"escalation\" must be an object with qa_after_minutes and "
                                  "managers_after_minutes."),
                           path);
    }
    if (const auto key = unknownKey(object, {u"qa_after_minutes"_s, u"managers_after_minutes"_s}))
        return unknownField(*key, path);
    const auto qa = minutes(object, u"qa_after_minutes"_s, path);
    if (!qa)
        return qa.error();
    const auto managers = minutes(object, u"managers_after_minutes"_s, path);
    if (!managers)
        return managers.error();
    if (managers.value() < qa.value()) {
        return levelsError(Tr::tr("The managers are told after the QA queue, not before: "
                                  "managers_after_minutes (%1) must be at least "
                                  "qa_after_minutes (%2).")
                               .arg(managers.value())
                               .arg(qa.value()),
                           path + u".managers_after_minutes"_s);
    }
    return ServiceLevels::Escalation{qa.value(), managers.value()};
}

bool policyOrder(const ServiceLevels::Policy &a, const ServiceLevels::Policy &b)
{
    if (a.priority != b.priority)
        return a.priority < b.priority;
    if (a.kind.has_value() != b.kind.has_value())
        return !a.kind.has_value();
    return a.kind.has_value() && *a.kind < *b.kind;
}

} // namespace

ServiceLevels ServiceLevels::standard()
{
    ServiceLevels levels;
    levels.m_policies = {
        {TicketPriority::Low, std::nullopt, {480, 960, 4800}},
        {TicketPriority::Normal, std::nullopt, {240, 480, 2400}},
        {TicketPriority::High, std::nullopt, {60, 240, 960}},
        {TicketPriority::Urgent, std::nullopt, {30, 60, 240}},
    };
    return levels;
}

Result<ServiceLevels> ServiceLevels::fromJson(const QJsonObject &object)
{
    if (const auto key = unknownKey(
            object, {u"calendar"_s, u"warning_share"_s, u"policies"_s, u"escalation"_s})) {
        return unknownField(*key, {});
    }
    ServiceLevels levels;
    const QJsonValue calendarValue = object.value(u"calendar"_s);
    if (!calendarValue.isObject()) {
        return levelsError(Tr::tr("The service levels need a \"calendar\" object."), u"calendar"_s);
    }
    auto calendar = BusinessCalendar::fromJson(calendarValue.toObject());
    if (!calendar) {
        Error error = calendar.error();
        error.details.insert(u"field"_s,
                             u"calendar."_s + error.details.value(u"field"_s).toString());
        return error;
    }
    levels.m_calendar = calendar.value();

    const QJsonValue share = object.value(u"warning_share"_s);
    if (!share.isDouble() || !(share.toDouble() > 0.0 && share.toDouble() < 1.0)) {
        return levelsError(Tr::tr("\"warning_share\" must be a number between 0 and 1 (0.8 warns "
                                  "when 80 % of a target is used)."),
                           u"warning_share"_s);
    }
    levels.m_warningShare = share.toDouble();

    const QJsonValue policies = object.value(u"policies"_s);
    if (!policies.isArray()) {
        return levelsError(Tr::tr("\"policies\" must be a list of policies."), u"policies"_s);
    }
    QSet<std::pair<int, int>> seen; // priority, kind (-1 for the priority's own)
    const QJsonArray list = policies.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = u"policies[%1]"_s.arg(i);
        auto policy = readPolicy(list.at(i), path);
        if (!policy)
            return policy.error();
        const std::pair<int, int> key{int(policy->priority),
                                      policy->kind ? int(*policy->kind) : -1};
        if (seen.contains(key)) {
            return levelsError(Tr::tr("The policy %1 repeats priority \"%2\" and kind \"%3\".")
                                   .arg(path, ticketPriorityName(policy->priority),
                                        policy->kind ? ticketKindName(*policy->kind) : u"null"_s),
                               path);
        }
        seen.insert(key);
        levels.m_policies.append(policy.value());
    }
    for (TicketPriority priority : allTicketPriorities()) {
        if (!seen.contains({int(priority), -1})) {
            return levelsError(Tr::tr("Priority \"%1\" has no policy of its own (one with "
                                      "\"kind\": null).")
                                   .arg(ticketPriorityName(priority)),
                               u"policies"_s);
        }
    }
    std::sort(levels.m_policies.begin(), levels.m_policies.end(), policyOrder);

    auto escalation = readEscalation(object.value(u"escalation"_s));
    if (!escalation)
        return escalation.error();
    levels.m_escalation = escalation.value();
    return levels;
}

QJsonObject ServiceLevels::toJson() const
{
    QJsonArray policies;
    for (const Policy &policy : m_policies) {
        policies.append(QJsonObject{
            {u"priority"_s, ticketPriorityName(policy.priority)},
            {u"kind"_s, policy.kind ? QJsonValue(ticketKindName(*policy.kind)) : QJsonValue()},
            {u"first_response_minutes"_s, policy.targets.firstResponseMinutes},
            {u"next_update_minutes"_s, policy.targets.nextUpdateMinutes},
            {u"resolution_minutes"_s, policy.targets.resolutionMinutes}});
    }
    return QJsonObject{
        {u"calendar"_s, m_calendar.toJson()},
        {u"warning_share"_s, m_warningShare},
        {u"policies"_s, policies},
        {u"escalation"_s,
         QJsonObject{{u"qa_after_minutes"_s, m_escalation.qaAfterMinutes},
                     {u"managers_after_minutes"_s, m_escalation.managersAfterMinutes}}}};
}

ServiceLevels::Targets ServiceLevels::targetsFor(TicketPriority priority,
                                                 std::optional<TicketKind> kind) const
{
    std::optional<Targets> own;
    for (const Policy &policy : m_policies) {
        if (policy.priority != priority)
            continue;
        if (kind && policy.kind == kind)
            return policy.targets;
        if (!policy.kind)
            own = policy.targets;
    }
    return own.value_or(Targets{});
}

ServiceLevels::Terms ServiceLevels::termsFor(TicketPriority priority,
                                             std::optional<TicketKind> kind) const
{
    return Terms{m_calendar, targetsFor(priority, kind), m_warningShare, m_escalation};
}

} // namespace shopdesk::care
