#include "client/inbox/replytemplatelistmodel.h"

#include "client/errortext.h"
#include "client/inbox/replytemplateservice.h"

#include <QLocale>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace shopdesk::client {

ReplyTemplateListModel::ReplyTemplateListModel(ReplyTemplateService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

void ReplyTemplateListModel::setShowArchived(bool archived)
{
    if (archived == m_archived)
        return;
    m_archived = archived;
    reload();
}

void ReplyTemplateListModel::reload()
{
    const int generation = ++m_generation;
    QPointer<ReplyTemplateListModel> self(this);
    m_service->list(m_archived, [self, generation](const auto &answer) {
        if (!self || generation != self->m_generation)
            return;
        if (!answer) {
            emit self->loadFailed(ErrorText::describe(answer.error()));
            return;
        }
        QList<inbox::ReplyTemplate> sorted = answer.value();
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        self->beginResetModel();
        self->m_templates = sorted;
        self->m_loaded = true;
        self->endResetModel();
        emit self->loaded();
    });
}

int ReplyTemplateListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).id == id)
            return row;
    }
    return -1;
}

int ReplyTemplateListModel::rowFor(const QString &name) const
{
    const auto at = std::find_if(m_templates.begin(), m_templates.end(), [&name](const auto &t) {
        return QString::localeAwareCompare(t.name, name) > 0;
    });
    return int(at - m_templates.begin());
}

void ReplyTemplateListModel::applyTemplate(const inbox::ReplyTemplate &replyTemplate)
{
    const int row = rowOfId(replyTemplate.id);
    const bool belongs = replyTemplate.archived == m_archived;
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_templates.removeAt(row);
        endRemoveRows();
    }
    if (!belongs)
        return;
    const int at = rowFor(replyTemplate.name);
    beginInsertRows({}, at, at);
    m_templates.insert(at, replyTemplate);
    endInsertRows();
}

void ReplyTemplateListModel::applyChanges(const QList<ChangeRecord> &records)
{
    for (const ChangeRecord &record : records) {
        if (record.entity != u"reply_template"_s)
            continue;
        if (auto parsed = inbox::ReplyTemplate::fromJson(record.data); parsed)
            applyTemplate(parsed.value());
    }
}

int ReplyTemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int ReplyTemplateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplyTemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_templates.size())
        return {};
    const inbox::ReplyTemplate &t = m_templates.at(index.row());
    if (role == TemplateIdRole)
        return t.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return t.name;
    case LanguagesColumn:
        return t.textLanguages().join(u", "_s);
    case UpdatedColumn: {
        QDateTime latest;
        for (const inbox::ReplyTemplateText &text : t.texts)
            latest = std::max(latest, text.updatedAt);
        return latest.isValid() ? QLocale().toString(latest.toLocalTime(), QLocale::ShortFormat)
                                : QString();
    }
    default:
        return {};
    }
}

QVariant ReplyTemplateListModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LanguagesColumn:
        return tr("Languages");
    case UpdatedColumn:
        return tr("Last changed");
    default:
        return {};
    }
}

} // namespace shopdesk::client
