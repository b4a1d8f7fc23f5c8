#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace shopdesk::client {
class ClientSession;
class ProductTableModel;
} // namespace shopdesk::client

namespace shopdesk::ui {

// What a module gets from the shell when it is made.
struct ShellContext
{
    client::ClientSession *session = nullptr;
    client::ProductTableModel *products = nullptr;
};

// One entry of the shell's module list: who may use it and how to make its page. Modules
// that do not exist yet are not listed at all.
struct ShellModule
{
    QString id;
    QString title;
    QIcon icon;
    QStringList roles; // empty: every role
    std::function<QWidget *(const ShellContext &context, QWidget *parent)> create;

    bool isAllowedFor(const QString &role) const { return roles.isEmpty() || roles.contains(role); }

    // The modules this build has, in the order the shell lists them.
    static QList<ShellModule> all();
};

} // namespace shopdesk::ui
