#include "server/jsonbody.h"

#include "domain/tr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace shopdesk::server {

namespace {

int depthOf(const QJsonValue &value, int depth)
{
    if (depth > JsonBody::maxDepth)
        return depth;
    int deepest = depth;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            deepest = std::max(deepest, depthOf(it.value(), depth + 1));
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            deepest = std::max(deepest, depthOf(item, depth + 1));
    }
    return deepest;
}

// Tab, line feed and carriage return belong in notes and messages; every other C0 control and
// DEL only ever arrives escaped (\u0000) and is cut at or mangled by SQL drivers, mail headers
// and files, so it is refused here once for every route.
bool isRefusedControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f;
}

bool holdsControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), isRefusedControl);
}

// A "\ud83d" escape without its pair decodes to a lone surrogate: stored and served back, it
// makes a strict JSON reader (the shop's website) reject the whole document it is in.
bool invalidUtf16(const QString &text)
{
    return !QStringView(text).isValidUtf16();
}

// The name of the first field whose key or text is `bad`.
std::optional<QString> badField(const QJsonValue &value, const QString &name,
                                bool (*bad)(const QString &))
{
    if (value.isString())
        return bad(value.toString()) ? std::optional(name) : std::nullopt;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (bad(it.key()))
                return it.key();
            if (auto found = badField(it.value(), it.key(), bad))
                return found;
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (auto found = badField(item, name, bad))
                return found;
        }
    }
    return std::nullopt;
}

// A field's name fit for a message: its control characters and lone surrogates shown as "?".
QString shownName(const QString &name)
{
    QString shown = name.left(100);
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QChar c = shown.at(i);
        const bool paired =
            c.isHighSurrogate() && i + 1 < shown.size() && shown.at(i + 1).isLowSurrogate();
        if (paired)
            ++i;
        else if (isRefusedControl(c) || c.isSurrogate())
            shown[i] = u'?';
    }
    return shown;
}

Error bad(const QString &code, const QString &message)
{
    return Error{code, message, {}};
}

} // namespace

Result<QJsonObject> JsonBody::parse(const QByteArray &body)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(body);
    if (decoder.hasError())
        return bad(u"invalid_utf8"_s, Tr::tr("The request body is not valid UTF-8."));
    if (body.trimmed().isEmpty())
        return bad(u"invalid_json"_s, Tr::tr("The request needs a JSON object as its body."));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::DeepNesting)
        return bad(u"too_deep"_s, Tr::tr("The JSON body is nested too deeply."));
    if (error.error != QJsonParseError::NoError) {
        return bad(u"invalid_json"_s, Tr::tr("The body is not valid JSON: %1 at offset %2.")
                                          .arg(error.errorString())
                                          .arg(error.offset));
    }
    if (!document.isObject())
        return bad(u"invalid_json"_s, Tr::tr("The request body must be a JSON object."));
    if (depthOf(document.object(), 1) > maxDepth) {
        return bad(u"too_deep"_s,
                   Tr::tr("The JSON body is nested deeper than %1 levels.").arg(maxDepth));
    }
    if (auto field = badField(document.object(), QString(), invalidUtf16)) {
        const QString shown = shownName(*field);
        return Error{u"invalid_unicode"_s,
                     Tr::tr("The field \"%1\" holds an unpaired UTF-16 surrogate.").arg(shown),
                     QJsonObject{{u"field"_s, shown}}};
    }
    if (auto field = badField(document.object(), QString(), holdsControl)) {
        // A key may be the culprit itself: name it with its control characters shown as "?".
        const QString shown = shownName(*field);
        return Error{u"invalid_value"_s,
                     Tr::tr("The field \"%1\" holds a control character.").arg(shown),
                     QJsonObject{{u"field"_s, shown}}};
    }
    return document.object();
}

int JsonBody::statusFor(const QString &code)
{
    static const QHash<QString, int> statuses = {
        {u"invalid_utf8"_s, 400},
        {u"invalid_json"_s, 400},
        {u"invalid_unicode"_s, 400},
        {u"too_deep"_s, 400},
        {u"invalid_type"_s, 400},
        {u"missing_field"_s, 400},
        {u"unknown_field"_s, 400},
        {u"invalid_parameter"_s, 400},
        {u"invalid_idempotency_key"_s, 400},
        {u"malformed_http"_s, 400},
        {u"websocket_required"_s, 400},
        {u"unauthorized"_s, 401},
        {u"invalid_credentials"_s, 401},
        {u"forbidden"_s, 403},
        {u"not_found"_s, 404},
        {u"method_not_allowed"_s, 405},
        {u"sku_exists"_s, 409},
        {u"username_exists"_s, 409},
        {u"insufficient_stock"_s, 409},
        {u"invalid_status"_s, 409},
        {u"ledger_mismatch"_s, 409},
        {u"body_too_large"_s, 413},
        {u"too_many_attempts"_s, 429},
        {u"storage_error"_s, 500},
        {u"storage_unavailable"_s, 503},
        {u"shutting_down"_s, 503},
        {u"location_exists"_s, 409},
        {u"barcode_exists"_s, 409},
        {u"not_archived"_s, 409},
        {u"preview_outdated"_s, 409},
    };
    // Conflicts of the order intake routes (customers, payment links, mail).
    static const QHash<QString, int> intake = {{u"likely_duplicate"_s, 409},
                                               {u"payment_link_not_configured"_s, 409},
                                               {u"mail_not_configured"_s, 409},
                                               {u"already_merged"_s, 409},
                                               {u"customer_erased"_s, 409}};
    // Conflicts with where a ticket or follow-up stands.
    static const QHash<QString, int> care = {{u"invalid_status_change"_s, 409},
                                             {u"ticket_closed"_s, 409},
                                             {u"already_taken"_s, 409},
                                             {u"not_escalated"_s, 409},
                                             {u"already_done"_s, 409}};
    // Payments and refunds: conflicts with what was paid, and provider signatures.
    static const QHash<QString, int> payments = {{u"order_closed"_s, 409},
                                                 {u"insufficient_credit"_s, 409},
                                                 {u"refund_exceeds_payments"_s, 409},
                                                 {u"refund_exceeds_payment"_s, 409},
                                                 {u"refund_exceeds_surplus"_s, 409},
                                                 {u"invalid_signature"_s, 401},
                                                 {u"invalid_signature_header"_s, 401},
                                                 {u"signature_expired"_s, 401},
                                                 {u"unknown_provider"_s, 404}};
    // Conflicts with where a return stands; an agent's approval after the return window.
    static const QHash<QString, int> returns = {{u"already_received"_s, 409},
                                                {u"already_exchanged"_s, 409},
                                                {u"open_returns"_s, 409},
                                                {u"approval_required"_s, 403}};
    // Conflicts with where a conversation stands (another agent's answer came first), and
    // with reply templates (archived ones, names taken, a text the customer cannot be given).
    static const QHash<QString, int> inbox = {
        {u"answered_meanwhile"_s, 409}, {u"conversation_has_customer"_s, 409},
        {u"ticket_exists"_s, 409},      {u"template_exists"_s, 409},
        {u"template_archived"_s, 409},  {u"already_archived"_s, 409},
        {u"no_template_text"_s, 409}};
    // Users: the shop keeps an admin, nobody locks themselves out, a set password is replaced.
    static const QHash<QString, int> users = {{u"last_admin"_s, 409},
                                              {u"cannot_disable_self"_s, 409},
                                              {u"password_change_required"_s, 403}};
    // Settings: one the operator gave on the command line is not the admin's to change.
    static const QHash<QString, int> settings = {{u"set_by_operator"_s, 409}};
    // The audit's filters: a query that cannot be read, not a body that is invalid.
    static const QHash<QString, int> audit = {{u"unknown_entity"_s, 400},
                                              {u"time_range_reversed"_s, 400},
                                              {u"invalid_time_filter"_s, 400},
                                              {u"invalid_limit"_s, 400}};
    for (const auto *module : {&payments, &returns, &inbox, &users, &settings, &audit}) {
        if (const auto found = module->constFind(code); found != module->cend())
            return *found;
    }
    // Everything else a request can get wrong is readable but invalid.
    return statuses.value(code, intake.value(code, care.value(code, 422)));
}

JsonBody::JsonBody(QJsonObject object)
    : m_object(std::move(object))
{}

void JsonBody::setError(int status, const QString &code, const QString &message,
                        const QString &field)
{
    if (m_error)
        return;
    Q_UNUSED(status); // statusFor(code) gives it back; the code is what callers keep
    m_error =
        Error{code, message, field.isEmpty() ? QJsonObject{} : QJsonObject{{u"field"_s, field}}};
}

bool JsonBody::allowOnly(const QStringList &fields)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!fields.contains(it.key())) {
            setError(400, u"unknown_field"_s,
                     Tr::tr("The field \"%1\" is not known here.").arg(it.key().left(100)),
                     it.key().left(100));
            return false;
        }
    }
    return true;
}

QString JsonBody::string(const QString &field, bool required, int maxLength, bool allowEmpty)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined()) {
        if (required)
            setError(400, u"missing_field"_s, Tr::tr("The field \"%1\" is required.").arg(field),
                     field);
        return {};
    }
    if (!value.isString()) {
        setError(400, u"invalid_type"_s, Tr::tr("The field \"%1\" must be a string.").arg(field),
                 field);
        return {};
    }
    const QString text = value.toString();
    if (text.size() > maxLength) {
        setError(422, u"value_too_long"_s,
                 Tr::tr("The field \"%1\" is longer than %2 characters.").arg(field).arg(maxLength),
                 field);
        return {};
    }
    if (!allowEmpty && text.trimmed().isEmpty()) {
        setError(422, u"invalid_value"_s, Tr::tr("The field \"%1\" must not be empty.").arg(field),
                 field);
        return {};
    }
    return text;
}

qint64 JsonBody::integer(const QString &field, bool required, qint64 min, qint64 max,
                         const QString &rangeCode)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined()) {
        if (required)
            setError(400, u"missing_field"_s, Tr::tr("The field \"%1\" is required.").arg(field),
                     field);
        return 0;
    }
    if (!value.isDouble()) {
        setError(400, u"invalid_type"_s, Tr::tr("The field \"%1\" must be an integer.").arg(field),
                 field);
        return 0;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number) {
        setError(400, u"invalid_type"_s, Tr::tr("The field \"%1\" must be an integer.").arg(field),
                 field);
        return 0;
    }
    if (number < double(min) || number > double(max)) {
        setError(
            422, rangeCode,
            Tr::tr("The field \"%1\" must lie between %2 and %3.").arg(field).arg(min).arg(max),
            field);
        return 0;
    }
    return value.toInteger(qint64(number));
}

QJsonObject JsonBody::object(const QString &field, bool required)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined()) {
        if (required)
            setError(400, u"missing_field"_s, Tr::tr("The field \"%1\" is required.").arg(field),
                     field);
        return {};
    }
    if (!value.isObject()) {
        setError(400, u"invalid_type"_s, Tr::tr("The field \"%1\" must be an object.").arg(field),
                 field);
        return {};
    }
    return value.toObject();
}

QJsonArray JsonBody::array(const QString &field, bool required)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined()) {
        if (required)
            setError(400, u"missing_field"_s, Tr::tr("The field \"%1\" is required.").arg(field),
                     field);
        return {};
    }
    if (!value.isArray()) {
        setError(400, u"invalid_type"_s, Tr::tr("The field \"%1\" must be an array.").arg(field),
                 field);
        return {};
    }
    return value.toArray();
}

QString JsonBody::oneOf(const QString &field, bool required, const QStringList &allowed,
                        const QString &code)
{
    const QString text = string(field, required, nameLength);
    if (!ok() || (text.isEmpty() && !required && !has(field)))
        return text;
    if (!allowed.contains(text)) {
        setError(422, code,
                 Tr::tr("\"%1\" is not a valid %2; use one of: %3.")
                     .arg(text.left(50), field, allowed.join(u", "_s)),
                 field);
        return {};
    }
    return text;
}

} // namespace shopdesk::server
