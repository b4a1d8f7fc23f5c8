#pragma once

#include "client/batchlinemodel.h"

#include <QUndoCommand>

namespace shopdesk::ui {

// Adds one line to the batch being entered.
class AddLineCommand : public QUndoCommand
{
public:
    AddLineCommand(client::BatchLineModel *model, int row, client::BatchLine line);
    void redo() override;
    void undo() override;

private:
    client::BatchLineModel *m_model;
    int m_row;
    client::BatchLine m_line;
};

// Replaces one line (a new quantity, a note, one more unit scanned).
class EditLineCommand : public QUndoCommand
{
public:
    EditLineCommand(client::BatchLineModel *model, int row, client::BatchLine after,
                    const QString &text);
    void redo() override;
    void undo() override;

private:
    client::BatchLineModel *m_model;
    int m_row;
    client::BatchLine m_before;
    client::BatchLine m_after;
};

// Takes one line out of the batch.
class RemoveLineCommand : public QUndoCommand
{
public:
    RemoveLineCommand(client::BatchLineModel *model, int row);
    void redo() override;
    void undo() override;

private:
    client::BatchLineModel *m_model;
    int m_row;
    client::BatchLine m_line;
};

} // namespace shopdesk::ui
