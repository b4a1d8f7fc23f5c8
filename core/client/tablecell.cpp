#include "client/tablecell.h"

#include "domain/jsonfields.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

TableCell TableCell::text(const QString &text)
{
    TableCell cell;
    cell.m_shown = text;
    cell.m_value = text;
    return cell;
}

TableCell TableCell::number(qint64 number)
{
    TableCell cell;
    cell.m_shown = number;
    cell.m_value = number;
    cell.m_number = true;
    return cell;
}

TableCell TableCell::time(const QDateTime &time)
{
    if (!time.isValid())
        return empty();
    TableCell cell;
    cell.m_shown = QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    cell.m_value = isoTimeText(time);
    return cell;
}

TableCell TableCell::flag(bool set)
{
    return text(set ? QCoreApplication::translate("shopdesk::client::TableCell", "yes")
                    : QString());
}

TableCell TableCell::code(const QString &code, const QString &shown)
{
    TableCell cell;
    cell.m_shown = shown;
    cell.m_value = code;
    return cell;
}

TableCell TableCell::empty()
{
    return text(QString());
}

QVariant TableCell::data(int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return m_shown;
    case Qt::EditRole:
        return m_value;
    case Qt::TextAlignmentRole:
        return m_number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

} // namespace shopdesk::client
