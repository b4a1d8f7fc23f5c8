#include "domain/inbox/orderproposal.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::inbox {

namespace {

// Number words up to twelve in the shop's languages (en, de, es, hi, ar), in the forms a
// customer writes before a product: gender and case forms, Umlaut spelled out, Hindi and
// Arabic variants.
const QHash<QString, int> &numberWords()
{
    static const QHash<QString, int> words = [] {
        const QList<std::pair<int, QStringList>> table = {
            {1,
             {u"one"_s, u"a"_s, u"an"_s, u"ein"_s, u"eine"_s, u"einen"_s, u"eins"_s, u"un"_s,
              u"uno"_s, u"una"_s, u"एक"_s, u"واحد"_s, u"واحدة"_s}},
            {2,
             {u"two"_s, u"zwei"_s, u"dos"_s, u"दो"_s, u"اثنان"_s, u"اثنين"_s, u"اثنتين"_s,
              u"اثنتان"_s}},
            {3, {u"three"_s, u"drei"_s, u"tres"_s, u"तीन"_s, u"ثلاثة"_s, u"ثلاث"_s}},
            {4, {u"four"_s, u"vier"_s, u"cuatro"_s, u"चार"_s, u"أربعة"_s, u"أربع"_s, u"اربعة"_s}},
            {5,
             {u"five"_s, u"fünf"_s, u"fuenf"_s, u"cinco"_s, u"पांच"_s, u"पाँच"_s, u"خمسة"_s,
              u"خمس"_s}},
            {6, {u"six"_s, u"sechs"_s, u"seis"_s, u"छह"_s, u"छः"_s, u"ستة"_s, u"ست"_s}},
            {7, {u"seven"_s, u"sieben"_s, u"siete"_s, u"सात"_s, u"سبعة"_s, u"سبع"_s}},
            {8, {u"eight"_s, u"acht"_s, u"ocho"_s, u"आठ"_s, u"ثمانية"_s, u"ثماني"_s}},
            {9, {u"nine"_s, u"neun"_s, u"nueve"_s, u"नौ"_s, u"تسعة"_s, u"تسع"_s}},
            {10, {u"ten"_s, u"zehn"_s, u"diez"_s, u"दस"_s, u"عشرة"_s, u"عشر"_s}},
            {11, {u"eleven"_s, u"elf"_s, u"once"_s, u"ग्यारह"_s, u"أحد عشر"_s, u"احد عشر"_s}},
            {12,
             {u"twelve"_s, u"zwölf"_s, u"zwoelf"_s, u"doce"_s, u"dozen"_s, u"बारह"_s, u"اثنا عشر"_s,
              u"اثني عشر"_s}},
        };
        QHash<QString, int> map;
        for (const auto &[value, forms] : table) {
            for (const QString &form : forms)
                map.insert(form, value);
        }
        return map;
    }();
    return words;
}

QString alternation(QStringList words)
{
    // Longest first, so "eine" is tried before "ein".
    std::sort(words.begin(), words.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &word : words)
        word = QRegularExpression::escape(word);
    return u"(?:"_s + words.join(u'|') + u')';
}

const QString digits = u"[0-9\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]"_s;
const QString number = u"("_s + digits + u"{1,4})"_s;
const QString notWordAfter = u"(?![\\p{L}\\p{M}\\p{N}])"_s;
const QString notWordBefore = u"(?<![\\p{L}\\p{M}\\p{N}])"_s;
// A quantity is never the start of a price or a longer number ("12,90 €", "0171 23").
const QString quantityEnd = u"(?!"_s + digits + u"|[.,]"_s + digits + u"|\\s*[€$£%])"_s;

QString unitWords()
{
    return alternation({u"pcs"_s,      u"pc"_s,     u"pieces"_s, u"piece"_s, u"units"_s, u"unit"_s,
                        u"stück"_s,    u"stueck"_s, u"stk"_s,    u"st"_s,    u"uds"_s,   u"ud"_s,
                        u"unidades"_s, u"unidad"_s, u"piezas"_s, u"pieza"_s, u"पीस"_s,   u"नग"_s,
                        u"قطع"_s,      u"قطعة"_s,   u"حبات"_s,   u"حبة"_s});
}

QString ofWords()
{
    return alternation({u"of"_s, u"von"_s, u"de"_s, u"del"_s, u"x"_s, u"من"_s});
}

QString quantityWords()
{
    return alternation({u"qty"_s, u"quantity"_s, u"menge"_s, u"anzahl"_s, u"cantidad"_s, u"cant"_s,
                        u"मात्रा"_s, u"الكمية"_s, u"كمية"_s, u"عدد"_s});
}

// How a quantity is written next to a SKU, strongest first: where two readings claim one
// number, the stronger wins ("MUG-01 2x CUP-02" is two cups, one mug).
struct Pattern
{
    bool before; // the quantity stands before the SKU
    bool word;   // capture 1 is a number word instead of digits
    bool bare;   // digits with nothing to say they are a quantity
    QRegularExpression expression;
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> list = [] {
        const QString unit = unitWords();
        const QString of = ofWords();
        const QString qty = quantityWords();
        const QString word = u"("_s + alternation(numberWords().keys()) + u")"_s;
        const QString lead = u"\\s*[,;:(\u2013\u2014-]?\\s*"_s;
        const auto re = [](const QString &pattern) {
            return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                                   QRegularExpression::UseUnicodePropertiesOption);
        };
        return QList<Pattern>{
            {true, false, false, re(notWordBefore + number + u"\\s*[x×*]\\s*$"_s)},
            {false, false, false, re(u"^\\s*[x×*]\\s*"_s + number + quantityEnd)},
            {false, false, false,
             re(u"^"_s + lead + qty + u"\\.?\\s*[:=]?\\s*"_s + number + quantityEnd)},
            {true, false, false,
             re(notWordBefore + number + u"\\s*"_s + unit + u"\\.?\\s+(?:"_s + of + u"\\s+)?$"_s)},
            {false, false, false,
             re(u"^"_s + lead + number + u"\\s*(?:[x×]|"_s + unit + u")\\.?"_s + notWordAfter)},
            {true, true, false,
             re(notWordBefore + word + u"\\s+(?:"_s + unit + u"\\.?\\s+)?(?:"_s + of +
                u"\\s+)?$"_s)},
            {true, false, true, re(notWordBefore + number + u"\\s+(?:"_s + of + u"\\s+)?$"_s)},
            {false, false, false, re(u"^\\s*[:=]\\s*"_s + number + quantityEnd)},
            {false, true, false, re(u"^\\s*[x×]\\s*"_s + word + notWordAfter)},
            // A number word after a SKU needs its unit: "once" is also an English word.
            {false, true, false,
             re(u"^"_s + lead + word + u"\\s*"_s + unit + u"\\.?"_s + notWordAfter)},
        };
    }();
    return list;
}

int digitValue(const QString &text)
{
    int value = 0;
    for (const QChar c : text)
        value = value * 10 + c.digitValue();
    return value;
}

// A number right after another number, a "+" or a "#" is part of a phone number, a date or
// a reference, and so is a bare one after "order", "Tel." and the like: never a quantity
// ("+49 170 2 ...", "order 1042 MUG-01"; but "order: 2x MUG-01" is one).
bool isReference(const QString &line, qsizetype start, bool bare)
{
    static const QStringList referenceWords = {
        u"order"_s,   u"bestellung"_s, u"bestellnummer"_s, u"pedido"_s, u"nr"_s,
        u"no"_s,      u"nummer"_s,     u"number"_s,        u"número"_s, u"numero"_s,
        u"invoice"_s, u"rechnung"_s,   u"factura"_s,       u"ticket"_s, u"tel"_s,
        u"phone"_s,   u"telefon"_s,    u"teléfono"_s,      u"mobile"_s, u"mobil"_s,
        u"fax"_s,     u"plz"_s,        u"ऑर्डर"_s,          u"طلب"_s,    u"الطلب"_s};
    qsizetype end = start;
    while (end > 0 && line.at(end - 1).isSpace())
        --end;
    qsizetype begin = end;
    while (begin > 0 && !line.at(begin - 1).isSpace())
        --begin;
    QString previous = line.mid(begin, end - begin).toLower();
    if (previous.startsWith(u'+') || previous.endsWith(u'/') || previous.endsWith(u'#'))
        return true;
    while (!previous.isEmpty() && (previous.back() == u':' || previous.back() == u'.'))
        previous.chop(1);
    const bool hasDigit =
        std::any_of(previous.begin(), previous.end(), [](QChar c) { return c.isDigit(); });
    const bool hasLetter =
        std::any_of(previous.begin(), previous.end(), [](QChar c) { return c.isLetter(); });
    return (hasDigit && !hasLetter) || (bare && referenceWords.contains(previous));
}

struct Mention
{
    QString sku;      // as the catalogue spells it
    QString spelling; // as the message does
    qsizetype line = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    int quantity = 0; // 0: none given
    QString evidence;
};

struct Reading
{
    int rank = 0;
    qsizetype mention = 0;
    qsizetype numberStart = 0; // in the line
    int quantity = 0;
    QString evidence;
};

// The lines the customer wrote: nothing quoted from earlier mails, nothing after the
// signature separator or a reply header.
QStringList ownLines(const QString &text)
{
    static const QRegularExpression replyHeader(
        u"^\\s*(?:-{2,}\\s*(?:original message|ursprüngliche nachricht|mensaje original)|"
        "(?:on|am|el)\\s.+(?:wrote|schrieb|escribió):\\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression addressOrLink(u"\\S+@\\S+|(?:https?://|www\\.)\\S+"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
    QStringList lines;
    for (QString line : text.split(u'\n')) {
        line.remove(u'\r');
        if (line == u"--"_s || line == u"-- "_s || replyHeader.match(line).hasMatch())
            break;
        if (line.trimmed().startsWith(u'>'))
            continue;
        // Blanked, not removed, so positions in the line stay those of the message.
        QRegularExpressionMatchIterator links = addressOrLink.globalMatch(line);
        while (links.hasNext()) {
            const QRegularExpressionMatch match = links.next();
            line.replace(match.capturedStart(), match.capturedLength(),
                         QString(match.capturedLength(), u' '));
        }
        lines.append(line);
    }
    return lines;
}

QList<Reading> readingsOf(const Mention &mention, qsizetype index, const QString &line)
{
    QList<Reading> readings;
    const QString before = line.left(mention.start);
    const QString after = line.mid(mention.end);
    for (int rank = 0; rank < patterns().size(); ++rank) {
        const Pattern &pattern = patterns().at(rank);
        const QRegularExpressionMatch match =
            pattern.expression.match(pattern.before ? before : after);
        if (!match.hasMatch())
            continue;
        const QString captured = match.captured(1);
        const int quantity =
            pattern.word ? numberWords().value(captured.toLower()) : digitValue(captured);
        const qsizetype numberStart =
            pattern.before ? match.capturedStart(1) : mention.end + match.capturedStart(1);
        if (quantity < 1 || (!pattern.word && captured.startsWith(u'0')) ||
            (pattern.before && isReference(line, numberStart, pattern.bare))) {
            continue;
        }
        const QString evidence = pattern.before ? (match.captured(0) + mention.spelling).trimmed()
                                                : (mention.spelling + match.captured(0)).trimmed();
        readings.append({rank, index, numberStart, quantity, evidence});
    }
    return readings;
}

} // namespace

bool OrderProposal::looksLikeSku(const QString &word)
{
    static const QRegularExpression shape(u"^[A-Za-z]{2,}[A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*$"_s);
    if (word.size() > 64 || !shape.match(word).hasMatch())
        return false;
    const auto digitCount =
        std::count_if(word.begin(), word.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (digitCount == 0 || digitCount > 10)
        return false;
    const bool separated = word.contains(u'-') || word.contains(u'_') || word.contains(u'.');
    return separated || word == word.toUpper();
}

OrderProposal OrderProposal::fromText(const QString &text, const QList<CatalogueItem> &catalogue)
{
    QHash<QString, const CatalogueItem *> bySku;
    for (const CatalogueItem &item : catalogue)
        bySku.insert(item.sku.toLower(), &item);

    static const QRegularExpression token(
        u"(?<![A-Za-z0-9._-])[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?(?![A-Za-z0-9_-])"_s);
    OrderProposal proposal;
    const QStringList lines = ownLines(text);
    QList<Mention> mentions;
    QList<Reading> readings;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QRegularExpressionMatchIterator words = token.globalMatch(lines.at(l));
        while (words.hasNext()) {
            const QRegularExpressionMatch match = words.next();
            const QString word = match.captured(0);
            const CatalogueItem *item = bySku.value(word.toLower());
            if (!item) {
                const bool listed =
                    std::any_of(proposal.m_unknownSkus.begin(), proposal.m_unknownSkus.end(),
                                [&word](const QString &seen) {
                                    return seen.compare(word, Qt::CaseInsensitive) == 0;
                                });
                if (looksLikeSku(word) && !listed)
                    proposal.m_unknownSkus.append(word);
                continue;
            }
            Mention mention{item->sku, word, l, match.capturedStart(), match.capturedEnd(), 0, {}};
            readings.append(readingsOf(mention, mentions.size(), lines.at(l)));
            mentions.append(mention);
        }
    }

    // Strongest readings first; each number is one mention's quantity at most.
    std::stable_sort(readings.begin(), readings.end(),
                     [](const Reading &a, const Reading &b) { return a.rank < b.rank; });
    QList<std::pair<qsizetype, qsizetype>> usedNumbers; // line, start
    for (const Reading &reading : readings) {
        Mention &mention = mentions[reading.mention];
        const std::pair<qsizetype, qsizetype> number{mention.line, reading.numberStart};
        if (mention.quantity > 0 || usedNumbers.contains(number))
            continue;
        usedNumbers.append(number);
        mention.quantity = reading.quantity;
        mention.evidence = reading.evidence;
    }

    for (const Mention &mention : mentions) {
        auto line =
            std::find_if(proposal.m_lines.begin(), proposal.m_lines.end(),
                         [&mention](const ProposedLine &l) { return l.sku == mention.sku; });
        if (line == proposal.m_lines.end()) {
            proposal.m_lines.append({mention.sku, bySku.value(mention.sku.toLower())->name, 0, {}});
            line = proposal.m_lines.end() - 1;
        }
        line->quantity += mention.quantity;
        line->mentions.append(mention.evidence.isEmpty() ? mention.spelling : mention.evidence);
    }
    for (ProposedLine &line : proposal.m_lines) {
        if (line.quantity == 0)
            line.quantity = 1;
    }
    return proposal;
}

} // namespace shopdesk::inbox
