#include "shell/outboxpanel.h"

#include "common/themecolors.h"

#include "client/outboxitem.h"
#include "client/outboxmodel.h"
#include "client/syncengine.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using shopdesk::client::OutboxItem;
using shopdesk::client::OutboxModel;

namespace shopdesk::ui {

namespace {

// Colours the status by what it means: waiting, done, refused.
class OutboxStatusColors : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == OutboxModel::StatusColumn) {
            switch (OutboxItem::State(index.data(OutboxModel::StateRole).toInt())) {
            case OutboxItem::State::Pending:
                return readableOnBase(QColor(0x9a, 0x64, 0x00), QGuiApplication::palette());
            case OutboxItem::State::Accepted:
                return readableOnBase(QColor(0x1f, 0x7a, 0x3a), QGuiApplication::palette());
            case OutboxItem::State::Refused:
                return readableOnBase(QColor(0xb0, 0x1e, 0x1e), QGuiApplication::palette());
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

OutboxPanel::OutboxPanel(OutboxModel *model, client::SyncEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableView(this))
{
    setObjectName(u"outboxPanel"_s);
    auto *colors = new OutboxStatusColors(this);
    colors->setSourceModel(model);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setAccessibleName(tr("Changes waiting for the server"));
    m_table->setModel(colors);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(OutboxModel::TimeColumn, 130);
    m_table->setColumnWidth(OutboxModel::WhatColumn, 320);

    auto *hint =
        new QLabel(tr("Changes made here wait in this list until the server confirms them."), this);
    hint->setWordWrap(true);
    auto *retry = new QPushButton(tr("&Retry now"), this);
    retry->setObjectName(u"retryNow"_s);
    connect(retry, &QPushButton::clicked, engine, &client::SyncEngine::retryNow);
    connect(model, &QAbstractItemModel::rowsInserted, m_table,
            [this] { m_table->scrollToBottom(); });

    // An empty table says nothing; say that everything has reached the server.
    auto *empty = new QLabel(tr("Nothing waiting: everything done on this computer has reached "
                                "the server."),
                             this);
    empty->setObjectName(u"outboxEmpty"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setEnabled(false);
    auto *stack = new QStackedWidget(this);
    stack->addWidget(empty);
    stack->addWidget(m_table);
    const auto update = [stack, model, empty, this] {
        stack->setCurrentWidget(model->rowCount() == 0 ? static_cast<QWidget *>(empty) : m_table);
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::modelReset, this, update);
    update();

    auto *top = new QHBoxLayout;
    top->addWidget(hint, 1);
    top->addWidget(retry);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(stack, 1);
}

} // namespace shopdesk::ui
