#include "domain/jsonfieldreader.h"

#include "domain/tr.h"

using namespace Qt::StringLiterals;

namespace shopdesk {

JsonFieldReader::JsonFieldReader(QString answer)
    : m_answer(std::move(answer))
{}

void JsonFieldReader::invalid(const QString &key)
{
    if (m_error)
        return;
    m_error = Error{u"invalid_answer"_s,
                    Tr::tr("The server's answer (%1) cannot be read: its field \"%2\" is missing "
                           "or of the wrong type.")
                        .arg(m_answer, key),
                    QJsonObject{{u"answer"_s, m_answer}, {u"field"_s, key}}};
}

QJsonValue JsonFieldReader::field(const QJsonObject &object, const QString &key)
{
    return m_error ? QJsonValue(QJsonValue::Undefined) : object.value(key);
}

QString JsonFieldReader::text(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = field(object, key);
    if (!value.isString())
        invalid(key);
    return value.toString();
}

QString JsonFieldReader::optionalText(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = field(object, key);
    if (!value.isString() && !value.isNull() && !value.isUndefined())
        invalid(key);
    return value.toString();
}

qint64 JsonFieldReader::count(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = field(object, key);
    if (!value.isDouble())
        invalid(key);
    return value.toInteger();
}

bool JsonFieldReader::flag(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = field(object, key);
    if (!value.isBool())
        invalid(key);
    return value.toBool();
}

QDate JsonFieldReader::date(const QJsonObject &object, const QString &key)
{
    const QDate date = QDate::fromString(field(object, key).toString(), Qt::ISODate);
    if (!date.isValid())
        invalid(key);
    return date;
}

QDateTime JsonFieldReader::timeOrNull(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = field(object, key);
    if (value.isNull())
        return {};
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!time.isValid())
        invalid(key);
    return time;
}

std::optional<Money> JsonFieldReader::money(const QJsonObject &object, const QString &key)
{
    auto money = Money::fromJson(field(object, key));
    if (!money) {
        invalid(key);
        return std::nullopt;
    }
    return money.value();
}

std::optional<double> JsonFieldReader::numberOrNull(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = field(object, key);
    if (value.isNull())
        return std::nullopt;
    if (!value.isDouble())
        invalid(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::optional<qint64> JsonFieldReader::countOrNull(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = field(object, key);
    if (value.isNull())
        return std::nullopt;
    if (!value.isDouble())
        invalid(key);
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

QJsonObject JsonFieldReader::object(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = field(object, key);
    if (!value.isObject())
        invalid(key);
    return value.toObject();
}

QJsonArray JsonFieldReader::array(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = field(object, key);
    if (!value.isArray())
        invalid(key);
    return value.toArray();
}

QJsonObject JsonFieldReader::element(const QJsonValue &value, const QString &key)
{
    if (!value.isObject())
        invalid(key);
    return value.toObject();
}

} // namespace shopdesk
