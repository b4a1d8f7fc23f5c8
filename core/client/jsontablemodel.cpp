#include "client/jsontablemodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

JsonTableModel::JsonTableModel(QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{}

void JsonTableModel::setRows(const QJsonArray &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int JsonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JsonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

void JsonTableModel::setValueText(const QString &field,
                                  std::function<QString(const QString &)> text)
{
    m_valueText.insert(field, std::move(text));
}

QVariant JsonTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const QJsonValue value =
        m_rows.at(index.row()).toObject().value(m_columns[index.column()].field);
    if (role == Qt::TextAlignmentRole && value.isDouble())
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (value.isDouble())
        return value.toInteger();
    if (value.isBool())
        return value.toBool() ? tr("yes") : QString();
    if (value.isNull() || value.isUndefined())
        return QString();
    const QString text = value.toString();
    if (role == Qt::DisplayRole) {
        if (const auto valueText = m_valueText.constFind(m_columns[index.column()].field);
            valueText != m_valueText.cend())
            return (*valueText)(text);
    }
    // Times read in the user's zone.
    if (role == Qt::DisplayRole && m_columns[index.column()].field.endsWith(u"at"_s)) {
        const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        if (time.isValid())
            return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    }
    return text;
}

QVariant JsonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns[section].title;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace shopdesk::client
