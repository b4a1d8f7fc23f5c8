#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace shopdesk {

// An ISO 4217 currency code with its number of minor-unit digits.
class Currency
{
public:
    static Result<Currency> parse(const QString &code);

    const QString &code() const { return m_code; }
    // Digits after the decimal separator: 2 for EUR, 0 for JPY, 3 for KWD.
    int decimals() const;
    // The symbol readers of the locale's script expect ("€", "$"); the ISO code where no
    // locale of that script uses this currency.
    QString symbol(const QLocale &locale = QLocale()) const;

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_code == b.m_code; }
    friend bool operator!=(const Currency &a, const Currency &b) { return a.m_code != b.m_code; }

private:
    explicit Currency(QString code)
        : m_code(std::move(code))
    {}
    QString m_code;
};

// An amount of money: an integer count of minor units and its currency. Never a double.
class Money
{
public:
    Money(qint64 amountMinor, Currency currency)
        : m_amountMinor(amountMinor)
        , m_currency(std::move(currency))
    {}
    static Result<Money> create(qint64 amountMinor, const QString &currencyCode);
    static Money zero(const Currency &currency) { return Money(0, currency); }

    qint64 amountMinor() const { return m_amountMinor; }
    const Currency &currency() const { return m_currency; }
    bool isNegative() const { return m_amountMinor < 0; }

    // Arithmetic fails on mixed currencies and on overflow instead of giving a wrong sum.
    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 factor) const;

    // "1.234,50 €" in de_DE, "€1,234.50" in en_IE: digits and symbol placement from the locale.
    QString format(const QLocale &locale = QLocale()) const;
    // Reads what a person types ("12.5", "1,234.50 €", "-3") in the given locale.
    static Result<Money> parse(const QString &text, const Currency &currency,
                               const QLocale &locale = QLocale());

    QJsonObject toJson() const;
    static Result<Money> fromJson(const QJsonValue &value);

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_amountMinor == b.m_amountMinor && a.m_currency == b.m_currency;
    }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }

private:
    qint64 m_amountMinor = 0;
    Currency m_currency;
};

} // namespace shopdesk
