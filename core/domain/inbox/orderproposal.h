#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace shopdesk::inbox {

// One product of the catalogue as the proposal knows it.
struct CatalogueItem
{
    QString sku;
    QString name;
};

// A line the message names, for the agent to confirm: the SKU as the catalogue spells it,
// the quantity, and the words of the message it was read from.
struct ProposedLine
{
    QString sku;
    QString name;
    int quantity = 1;
    QStringList mentions; // "2x mug-01", "MUG-01, qty 3"

    friend bool operator==(const ProposedLine &a, const ProposedLine &b)
    {
        return a.sku == b.sku && a.quantity == b.quantity;
    }
};

// The order lines a customer's message names ("2x MUG-01", "MUG-01 x 3", "zwei MUG-01",
// "MUG-01, qty 2", a SKU alone for one unit), read against the catalogue. It only proposes:
// a line exists only for a SKU of the catalogue that the message names, matched without
// regard to case. Several mentions of one SKU make one line; where some of them carry a
// quantity, those add up and the bare ones count nothing. Quoted earlier messages and the
// signature are not read, so a reply does not order twice and a phone number is never a
// quantity. Words that look like SKUs but name nothing are listed for the agent to look at.
class OrderProposal
{
public:
    static OrderProposal fromText(const QString &text, const QList<CatalogueItem> &catalogue);

    const QList<ProposedLine> &lines() const { return m_lines; }
    // As the message spells them, in the order they first appear, each once.
    const QStringList &unknownSkus() const { return m_unknownSkus; }

    // A word that reads as a product code: at least two letters first, a digit, and either
    // a separator (-, _, .) or only capitals ("MUG-01", "TSHIRT_XL2", "MUG01"; not "mp3").
    static bool looksLikeSku(const QString &word);

private:
    QList<ProposedLine> m_lines;
    QStringList m_unknownSkus;
};

} // namespace shopdesk::inbox
