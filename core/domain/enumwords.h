#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace shopdesk {

// One row of an enum's table: a value and its API word. A table lists every value in enum
// order, so the list of values, a value's word and the word's value all come from it.
template<typename Enum>
struct EnumWord
{
    Enum value;
    const char16_t *word;
};

template<typename Enum, std::size_t N>
QList<Enum> enumValues(const std::array<EnumWord<Enum>, N> &table)
{
    QList<Enum> all;
    for (const EnumWord<Enum> &row : table)
        all.append(row.value);
    return all;
}

// Empty for a value the table lacks.
template<typename Enum, std::size_t N>
QString enumWord(const std::array<EnumWord<Enum>, N> &table, Enum value)
{
    for (const EnumWord<Enum> &row : table) {
        if (row.value == value)
            return QString::fromUtf16(row.word);
    }
    return {};
}

// An unknown word fails with code; message takes the word (%1, cut to 40 characters, as in
// the details' "value") and the known words (%2).
template<typename Enum, std::size_t N>
Result<Enum> parseEnumWord(const std::array<EnumWord<Enum>, N> &table, const QString &word,
                           const QString &code, const QString &message)
{
    QStringList known;
    for (const EnumWord<Enum> &row : table) {
        if (word == QString::fromUtf16(row.word))
            return row.value;
        known.append(QString::fromUtf16(row.word));
    }
    using namespace Qt::StringLiterals;
    return Result<Enum>::failure(code, message.arg(word.left(40), known.join(u", "_s)),
                                 QJsonObject{{u"value"_s, word.left(40)}});
}

} // namespace shopdesk
