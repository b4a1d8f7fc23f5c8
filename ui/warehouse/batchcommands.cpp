#include "warehouse/batchcommands.h"

#include <QCoreApplication>

namespace shopdesk::ui {

AddLineCommand::AddLineCommand(client::BatchLineModel *model, int row, client::BatchLine line)
    : QUndoCommand(QCoreApplication::translate("shopdesk::ui::BatchEntry", "add %1").arg(line.sku))
    , m_model(model)
    , m_row(row)
    , m_line(std::move(line))
{}

void AddLineCommand::redo()
{
    m_model->insertLine(m_row, m_line);
}

void AddLineCommand::undo()
{
    m_model->removeLine(m_row);
}

EditLineCommand::EditLineCommand(client::BatchLineModel *model, int row, client::BatchLine after,
                                 const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_row(row)
    , m_before(model->line(row))
    , m_after(std::move(after))
{}

void EditLineCommand::redo()
{
    m_model->setLine(m_row, m_after);
}

void EditLineCommand::undo()
{
    m_model->setLine(m_row, m_before);
}

RemoveLineCommand::RemoveLineCommand(client::BatchLineModel *model, int row)
    : QUndoCommand(QCoreApplication::translate("shopdesk::ui::BatchEntry", "remove %1")
                       .arg(model->line(row).sku))
    , m_model(model)
    , m_row(row)
    , m_line(model->line(row))
{}

void RemoveLineCommand::redo()
{
    m_model->removeLine(m_row);
}

void RemoveLineCommand::undo()
{
    m_model->insertLine(m_row, m_line);
}

} // namespace shopdesk::ui
