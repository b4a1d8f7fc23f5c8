#include "domain/jsonfields.h"

#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk {

namespace {
// JSON numbers arrive as doubles: only integers that a double holds exactly are integers.
constexpr double maxExactInteger = 9007199254740992.0; // 2^53
} // namespace

JsonFields::JsonFields(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{}

QString JsonFields::pathOf(const QString &key, qsizetype index) const
{
    QString path = m_path.isEmpty() ? key : m_path + u'.' + key;
    if (index >= 0)
        path += u"[%1]"_s.arg(index);
    return path;
}

void JsonFields::markInvalid(const QString &key)
{
    if (m_error)
        return;
    const QString path = pathOf(key);
    m_error = Error{u"invalid_field"_s,
                    Tr::tr("The field \"%1\" is missing or has the wrong type.").arg(path),
                    QJsonObject{{u"field"_s, path}}};
}

void JsonFields::reject(const QString &key, const Error &why)
{
    if (m_error)
        return;
    QJsonObject details = why.details;
    details.insert(u"field"_s, pathOf(key));
    m_error = Error{why.code, why.message, details};
}

void JsonFields::adopt(const JsonFields &inner)
{
    if (!m_error && inner.m_error)
        m_error = inner.m_error;
}

std::optional<QJsonValue> JsonFields::field(const QString &key, Presence presence)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Required)
            markInvalid(key);
        return std::nullopt;
    }
    return value;
}

QString JsonFields::text(const QString &key, Presence presence)
{
    const auto value = field(key, presence);
    if (!value)
        return u""_s;
    if (!value->isString()) {
        markInvalid(key);
        return u""_s;
    }
    return value->toString();
}

qint64 JsonFields::integer(const QString &key, Presence presence)
{
    const auto value = field(key, presence);
    if (!value)
        return 0;
    const double number = value->toDouble();
    if (!value->isDouble() || number != double(qint64(number)) || number > maxExactInteger ||
        number < -maxExactInteger) {
        markInvalid(key);
        return 0;
    }
    return qint64(number);
}

bool JsonFields::boolean(const QString &key)
{
    const auto value = field(key, Optional);
    if (value && !value->isBool())
        markInvalid(key);
    return value && value->toBool();
}

std::optional<Money> JsonFields::money(const QString &key, Presence presence)
{
    const auto value = field(key, presence);
    if (!value)
        return std::nullopt;
    auto money = Money::fromJson(*value);
    if (!money) {
        reject(key, money.error());
        return std::nullopt;
    }
    return money.value();
}

QDateTime JsonFields::time(const QString &key, Presence presence)
{
    const QString text = this->text(key, presence);
    if (text.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        markInvalid(key);
    return time.toUTC();
}

QJsonArray JsonFields::array(const QString &key, Presence presence)
{
    const auto value = field(key, presence);
    if (value && !value->isArray())
        markInvalid(key);
    return value ? value->toArray() : QJsonArray();
}

QJsonObject JsonFields::object(const QString &key, Presence presence)
{
    const auto value = field(key, presence);
    if (value && !value->isObject())
        markInvalid(key);
    return value ? value->toObject() : QJsonObject();
}

QString isoTimeText(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonValue isoTimeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTimeText(time)) : QJsonValue(QJsonValue::Null);
}

} // namespace shopdesk
