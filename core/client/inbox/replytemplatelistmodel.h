#pragma once

#include "client/changerecord.h"
#include "domain/inbox/replytemplate.h"

#include <QAbstractTableModel>
#include <QList>

namespace shopdesk::client {

class ReplyTemplateService;

// The reply templates, live ones or archived ones, by name. It follows the change log's
// `reply_template` records row by row: a changed template updates its row, joins the list or
// leaves it when archived; never a reset per change.
class ReplyTemplateListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, LanguagesColumn, UpdatedColumn, ColumnCount };
    enum Role { TemplateIdRole = Qt::UserRole + 1 };

    explicit ReplyTemplateListModel(ReplyTemplateService *service, QObject *parent = nullptr);

    void setShowArchived(bool archived);
    bool showsArchived() const { return m_archived; }
    void reload();
    bool isLoaded() const { return m_loaded; }

    // The `reply_template` records among these update the rows.
    void applyChanges(const QList<shopdesk::client::ChangeRecord> &records);
    // A template as an answer of the server brought it.
    void applyTemplate(const inbox::ReplyTemplate &replyTemplate);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const inbox::ReplyTemplate &replyTemplate(int row) const { return m_templates.at(row); }
    int rowOfId(qint64 id) const;

signals:
    void loaded();
    void loadFailed(const QString &reason);

private:
    int rowFor(const QString &name) const; // where a template of that name belongs

    ReplyTemplateService *m_service;
    QList<inbox::ReplyTemplate> m_templates;
    bool m_archived = false;
    bool m_loaded = false;
    int m_generation = 0; // answers of an older reload are dropped
};

} // namespace shopdesk::client
