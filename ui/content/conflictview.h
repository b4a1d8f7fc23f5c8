#pragma once

#include "domain/contentconflict.h"

#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;
class QRadioButton;

namespace shopdesk::ui {

// Both versions of a page side by side after a save met someone else's newer save
// (409 edit_conflict): per differing field the user keeps theirs or mine.
class ConflictView : public QWidget
{
    Q_OBJECT
public:
    explicit ConflictView(QWidget *parent = nullptr);

    void setConflict(const ContentConflict &conflict);
    qint64 theirsVersion() const { return m_theirsVersion; }
    QStringList differingFields() const { return m_choices.keys(); }
    // Keep mine (true) or theirs (false) for one field.
    void choose(const QString &field, bool mine);
    // The document to save: each field as chosen.
    ContentFields mergedFields() const;

    // A field's value (ContentFields::value()) as a line of readable text.
    static QString displayText(const QString &field, const QVariant &value);

signals:
    void resolved(const shopdesk::ContentFields &fields, qint64 theirsVersion);
    void cancelled();

private:
    QLabel *m_summary;
    QGridLayout *m_grid;
    QWidget *m_rows;
    ContentFields m_mine;
    ContentFields m_theirs;
    qint64 m_theirsVersion = 0;
    QMap<QString, QRadioButton *> m_choices; // field -> "keep mine"
};

} // namespace shopdesk::ui
