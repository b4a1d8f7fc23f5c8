#pragma once

#include <QCoreApplication>

#include "domain/picklistentry.h"
#include "domain/result.h"

#include <QList>
#include <QString>

class QTextDocument;

namespace shopdesk::ui {

// The pick list as a printable document: one block per order (id, customer, address, and
// its notes in a highlighted box) with its lines and where their units lie. Printed, or
// written as PDF.
class PickListDocument
{
    Q_DECLARE_TR_FUNCTIONS(shopdesk::ui::PickListDocument)

public:
    static QString html(const QList<PickListEntry> &orders);
    // A new document holding the list (the caller owns it).
    static QTextDocument *document(const QList<PickListEntry> &orders);
    static Result<void> writePdf(const QList<PickListEntry> &orders, const QString &path);
    // Where a line's units lie: "main (12), shelf-a (3)".
    static QString pickFrom(const PickLine &line);
    // Notes on one line, their line breaks as " · ".
    static QString oneLine(const QString &notes);
};

} // namespace shopdesk::ui
