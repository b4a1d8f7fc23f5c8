#pragma once

#include <QCoreApplication>

#include "domain/result.h"

#include <QJsonArray>
#include <QString>

class QTextDocument;

namespace shopdesk::ui {

// The pick list as a printable document: one block per order (id, customer, address) with
// its lines and where their units lie. Printed, or written as PDF.
class PickListDocument
{
    Q_DECLARE_TR_FUNCTIONS(shopdesk::ui::PickListDocument)

public:
    static QString html(const QJsonArray &orders);
    // A new document holding the list (the caller owns it).
    static QTextDocument *document(const QJsonArray &orders);
    static Result<void> writePdf(const QJsonArray &orders, const QString &path);
};

} // namespace shopdesk::ui
