#pragma once

#include "sync/batchlinemodel.h"

#include <QUndoCommand>

namespace shopdesk::ui {

// Adds one line to the batch being entered.
class AddLineCommand : public QUndoCommand
{
public:
    AddLineCommand(sync::BatchLineModel *model, int row, sync::BatchLine line);
    void redo() override;
    void undo() override;

private:
    sync::BatchLineModel *m_model;
    int m_row;
    sync::BatchLine m_line;
};

// Replaces one line (a new quantity, a note, one more unit scanned).
class EditLineCommand : public QUndoCommand
{
public:
    EditLineCommand(sync::BatchLineModel *model, int row, sync::BatchLine after,
                    const QString &text);
    void redo() override;
    void undo() override;

private:
    sync::BatchLineModel *m_model;
    int m_row;
    sync::BatchLine m_before;
    sync::BatchLine m_after;
};

// Takes one line out of the batch.
class RemoveLineCommand : public QUndoCommand
{
public:
    RemoveLineCommand(sync::BatchLineModel *model, int row);
    void redo() override;
    void undo() override;

private:
    sync::BatchLineModel *m_model;
    int m_row;
    sync::BatchLine m_line;
};

} // namespace shopdesk::ui
