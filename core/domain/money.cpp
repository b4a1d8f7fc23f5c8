#include "domain/money.h"

#include "domain/tr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QMutex>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace shopdesk {

namespace {

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

Error currencyMismatch(const Currency &a, const Currency &b)
{
    return Error{u"currency_mismatch"_s,
                 Tr::tr("Amounts in %1 and %2 cannot be combined.").arg(a.code(), b.code()),
                 QJsonObject{{u"currencies"_s, QJsonArray{a.code(), b.code()}}}};
}

Error overflow()
{
    return Error{u"amount_out_of_range"_s, Tr::tr("The amount is too large."), {}};
}

} // namespace

Result<Currency> Currency::parse(const QString &code)
{
    const bool wellFormed = code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) {
                                return c >= u'A' && c <= u'Z';
                            });
    if (!wellFormed) {
        return Result<Currency>::failure(
            u"invalid_currency"_s,
            Tr::tr("A currency is a three-letter ISO 4217 code such as EUR: \"%1\" is not.")
                .arg(code.left(20)));
    }
    return Currency(code);
}

int Currency::decimals() const
{
    static const std::array<const char16_t *, 17> none = {
        u"BIF", u"CLP", u"DJF", u"GNF", u"ISK", u"JPY", u"KMF", u"KRW", u"PYG",
        u"RWF", u"UGX", u"UYI", u"VND", u"VUV", u"XAF", u"XOF", u"XPF"};
    static const std::array<const char16_t *, 7> three = {u"BHD", u"IQD", u"JOD", u"KWD",
                                                          u"LYD", u"OMR", u"TND"};
    for (const char16_t *c : none) {
        if (m_code == QStringView(c))
            return 0;
    }
    for (const char16_t *c : three) {
        if (m_code == QStringView(c))
            return 3;
    }
    return 2;
}

QString Currency::symbol(const QLocale &locale) const
{
    // Qt has no code-to-symbol table, but every locale knows its own currency's symbol.
    static QMutex mutex;
    static QHash<QString, QString> symbols; // "EUR/Latin" -> "€"
    const auto key = [](const QString &iso, QLocale::Script script) {
        return iso + u'/' + QString::number(int(script));
    };
    QMutexLocker lock(&mutex);
    if (symbols.isEmpty()) {
        const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                      QLocale::AnyTerritory);
        for (const QLocale &candidate : locales) {
            const QString iso = candidate.currencySymbol(QLocale::CurrencyIsoCode);
            const QString symbol = candidate.currencySymbol(QLocale::CurrencySymbol);
            const QString k = key(iso, candidate.script());
            // Prefer the shortest symbol: "$" over "US$".
            if (!iso.isEmpty() && !symbol.isEmpty() &&
                (!symbols.contains(k) || symbol.size() < symbols.value(k).size())) {
                symbols.insert(k, symbol);
            }
        }
    }
    return symbols.value(key(m_code, locale.script()), m_code);
}

Result<Money> Money::create(qint64 amountMinor, const QString &currencyCode)
{
    auto currency = Currency::parse(currencyCode);
    if (!currency)
        return currency.error();
    return Money(amountMinor, currency.value());
}

Result<Money> Money::plus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return currencyMismatch(m_currency, other.m_currency);
    qint64 sum = 0;
    if (__builtin_add_overflow(m_amountMinor, other.m_amountMinor, &sum))
        return overflow();
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return currencyMismatch(m_currency, other.m_currency);
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_amountMinor, other.m_amountMinor, &difference))
        return overflow();
    return Money(difference, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_amountMinor, factor, &product))
        return overflow();
    return Money(product, m_currency);
}

QString Money::format(const QLocale &locale) const
{
    const int decimals = m_currency.decimals();
    const qint64 scale = powerOfTen(decimals);
    // Work on the magnitude as unsigned so that the most negative amount formats too.
    const quint64 magnitude =
        m_amountMinor < 0 ? 0 - quint64(m_amountMinor) : quint64(m_amountMinor);
    const quint64 whole = magnitude / quint64(scale);
    const quint64 fraction = magnitude % quint64(scale);

    QString number = locale.toString(qulonglong(whole));
    if (decimals > 0) {
        QString digits = locale.toString(qulonglong(fraction));
        digits.remove(locale.groupSeparator());
        while (digits.size() < decimals)
            digits.prepend(locale.zeroDigit());
        number += locale.decimalPoint() + digits;
    }

    // Let the locale place the symbol and the sign by formatting a unit amount, then put our
    // exact digits where its "1" stands.
    const qlonglong unit = m_amountMinor < 0 ? -1 : 1;
    QString pattern = locale.toCurrencyString(unit, m_currency.symbol(locale));
    const QString one = locale.toString(1);
    const qsizetype at = pattern.lastIndexOf(one);
    if (at < 0)
        return (m_amountMinor < 0 ? locale.negativeSign() : QString()) + number + u' ' +
               m_currency.symbol(locale);
    return pattern.replace(at, one.size(), number);
}

Result<Money> Money::parse(const QString &text, const Currency &currency, const QLocale &locale)
{
    QString s = text.trimmed();
    const auto notANumber = [&] {
        return Result<Money>::failure(
            u"invalid_amount"_s,
            Tr::tr("\"%1\" is not an amount of money.").arg(text.trimmed().left(40)));
    };
    if (s.isEmpty())
        return Result<Money>::failure(u"invalid_amount"_s, Tr::tr("Enter an amount."));

    // Accept the currency written out, as code or symbol, on either side.
    const auto stripCurrency = [&] {
        for (const QString &mark : {currency.code(), currency.symbol(locale)}) {
            if (s.startsWith(mark))
                s = s.mid(mark.size()).trimmed();
            else if (s.endsWith(mark))
                s.chop(mark.size());
            s = s.trimmed();
        }
    };
    stripCurrency();

    bool negative = false;
    // Accounting style: "($1.50)".
    if (s.startsWith(u'(') && s.endsWith(u')')) {
        negative = true;
        s = s.mid(1, s.size() - 2).trimmed();
        stripCurrency();
    }
    if (s.startsWith(locale.negativeSign()) || s.startsWith(u'-')) {
        negative = true;
        s = s.mid(s.startsWith(locale.negativeSign()) ? locale.negativeSign().size() : 1).trimmed();
    }
    s.remove(locale.groupSeparator());
    if (locale.groupSeparator() == QString(QChar(0x00A0)) ||
        locale.groupSeparator() == QString(QChar(0x202F)))
        s.remove(u' ');

    QString wholeText = s;
    QString fractionText;
    const qsizetype point = s.indexOf(locale.decimalPoint());
    if (point >= 0) {
        wholeText = s.left(point);
        fractionText = s.mid(point + locale.decimalPoint().size());
    }
    if (wholeText.isEmpty() && fractionText.isEmpty())
        return notANumber();

    const int decimals = currency.decimals();
    if (fractionText.size() > decimals) {
        return Result<Money>::failure(
            u"too_many_decimals"_s,
            decimals == 0
                ? Tr::tr("Amounts in %1 have no decimal places.").arg(currency.code())
                : Tr::tr("Amounts in %1 have at most %n decimal place(s).", nullptr, decimals)
                      .arg(currency.code()));
    }

    bool ok = true;
    qulonglong whole = 0;
    if (!wholeText.isEmpty()) {
        whole = locale.toULongLong(wholeText, &ok);
        if (!ok)
            return notANumber();
    }
    qulonglong fraction = 0;
    if (!fractionText.isEmpty()) {
        // The fraction has no group separators; a sign or a second point in it is an error.
        fraction = locale.toULongLong(fractionText, &ok);
        if (!ok || fractionText.contains(locale.negativeSign()))
            return notANumber();
    }
    for (qsizetype i = fractionText.size(); i < decimals; ++i)
        fraction *= 10;

    qint64 minor = 0;
    qint64 scaled = 0;
    if (whole > quint64(std::numeric_limits<qint64>::max()) ||
        __builtin_mul_overflow(qint64(whole), powerOfTen(decimals), &scaled) ||
        __builtin_add_overflow(scaled, qint64(fraction), &minor)) {
        return overflow();
    }
    return Money(negative ? -minor : minor, currency);
}

QJsonObject Money::toJson() const
{
    return QJsonObject{{u"amount_minor"_s, m_amountMinor}, {u"currency"_s, m_currency.code()}};
}

Result<Money> Money::fromJson(const QJsonValue &value)
{
    const auto invalid = [] {
        return Result<Money>::failure(
            u"invalid_money"_s,
            Tr::tr("Money is written as {\"amount_minor\": integer, \"currency\": \"EUR\"}."));
    };
    if (!value.isObject())
        return invalid();
    const QJsonObject object = value.toObject();
    const QJsonValue amount = object.value(u"amount_minor"_s);
    const QJsonValue currency = object.value(u"currency"_s);
    if (object.size() != 2 || !amount.isDouble() || !currency.isString())
        return invalid();
    // JSON numbers arrive as doubles; accept only exact integers within 2^53.
    const double raw = amount.toDouble();
    if (raw != double(qint64(raw)) || std::abs(raw) > 9007199254740992.0)
        return invalid();
    return create(qint64(raw), currency.toString());
}

} // namespace shopdesk
