#pragma once

#include "domain/contentfields.h"
#include "domain/productcontent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUndoStack>

namespace shopdesk::ui {

// One product page being edited: the fields of its content document,
// the draft version the edit started from, and the undo history of every change. Lives in
// the ui library because QUndoStack is part of QtGui, which core does not link.
class ContentDocument : public QObject
{
    Q_OBJECT
public:
    explicit ContentDocument(QObject *parent = nullptr);

    QString sku() const { return m_sku; }
    qint64 baseVersion() const { return m_baseVersion; }
    QString state() const { return m_state; }
    ContentFields fields() const { return m_fields; }
    // One field by its document name (ContentFields::value()).
    QVariant field(const QString &name) const { return m_fields.value(name); }
    QUndoStack *undoStack() { return &m_undo; }

    // Replaces everything from the server's content; the undo history starts again.
    void load(const ProductContent &content);
    // After a save or a state change: the new version and state, the edits stay.
    void setServerState(const ProductContent &content);
    // Sets the base an edit continues from (a resolved conflict saves over theirs.version).
    void setBaseVersion(qint64 version);

    // A user edit, as an undoable step. Edits of the same field in quick succession (a burst
    // of typing) merge into one step until closeBurst() or a pause.
    void edit(const QString &name, const QVariant &value);
    // Every field at once as one step (a resolved conflict).
    void editMany(const ContentFields &values, const QString &text);
    void closeBurst();

    // Used by the undo commands: sets without recording.
    void apply(const QString &name, const QVariant &value);
    bool burstOpen(const QString &name) const;

signals:
    void fieldChanged(const QString &name);
    void reloaded();
    void serverStateChanged();

private:
    QString m_sku;
    qint64 m_baseVersion = 0;
    QString m_state;
    ContentFields m_fields;
    QUndoStack m_undo;
    QString m_burstField;
    QElapsedTimer m_burstClock;
};

} // namespace shopdesk::ui
