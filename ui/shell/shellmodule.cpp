#include "shell/shellmodule.h"

#include "admin/adminview.h"
#include "care/customersview.h"
#include "care/ticketsview.h"
#include "client/apiclient.h"
#include "client/clientsession.h"
#include "client/localcache.h"
#include "client/localcachechanges.h"
#include "client/reportsclient.h"
#include "client/returns/returnservice.h"
#include "client/rolepolicy.h"
#include "client/warehouseservice.h"
#include "content/contentview.h"
#include "domain/permissions.h"
#include "inbox/inboxview.h"
#include "orders/orderswidget.h"
#include "products/productsview.h"
#include "returns/returnsview.h"
#include "trends/trendswidget.h"
#include "warehouse/returnreceivingwidget.h"
#include "warehouse/warehouseview.h"

#include <algorithm>

#include <QApplication>

using namespace Qt::StringLiterals;

// The icons live in the static ui library: register them before the first use.
static void registerIcons()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(icons);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace shopdesk::ui {

QList<ShellModule> ShellModule::all()
{
    registerIcons();
    QList<ShellModule> modules;
    modules.append(
        ShellModule{u"products"_s,
                    QApplication::translate("shopdesk::ui::ShellModule", "Products"),
                    QIcon::fromTheme(u"package-x-generic"_s, QIcon(u":/icons/products.svg"_s)),
                    {u"agent"_s, u"warehouse"_s, u"manager"_s, u"admin"_s, u"editor"_s},
                    [](const ShellContext &context, QWidget *parent) -> QWidget * {
                        return new ProductsView(context.products, parent);
                    }});
    QStringList orderRoles;
    for (const QString &role : {u"agent"_s, u"warehouse"_s, u"manager"_s, u"admin"_s, u"shop"_s}) {
        if (client::RolePolicy::mayUseOrdersScreen(role))
            orderRoles.append(role);
    }
    modules.append(
        ShellModule{u"orders"_s, QApplication::translate("shopdesk::ui::ShellModule", "Orders"),
                    QIcon::fromTheme(u"x-office-document"_s, QIcon(u":/icons/orders.svg"_s)),
                    orderRoles, [](const ShellContext &context, QWidget *parent) -> QWidget * {
                        return new OrdersWidget(context.session, context.products, parent);
                    }});
    modules.append(ShellModule{
        u"customers"_s, QApplication::translate("shopdesk::ui::ShellModule", "Customers"),
        QIcon::fromTheme(u"system-users"_s, QIcon(u":/icons/customers.svg"_s)),
        client::RolePolicy::customerRoles(),
        [](const ShellContext &context, QWidget *parent) -> QWidget * {
            return new CustomersView(context.session, parent);
        }});
    modules.append(
        ShellModule{u"tickets"_s, QApplication::translate("shopdesk::ui::ShellModule", "Tickets"),
                    QIcon::fromTheme(u"help-contents"_s, QIcon(u":/icons/tickets.svg"_s)),
                    Permissions::rolesWith(Capability::WorkTickets),
                    [](const ShellContext &context, QWidget *parent) -> QWidget * {
                        return new TicketsView(context.session, parent);
                    }});
    modules.append(ShellModule{u"returns"_s,
                               QApplication::translate("shopdesk::ui::ShellModule", "Returns"),
                               QIcon::fromTheme(u"edit-undo"_s, QIcon(u":/icons/orders.svg"_s)),
                               Permissions::rolesWith(Capability::StartReturns),
                               [](const ShellContext &context, QWidget *parent) -> QWidget * {
                                   return new ReturnsView(context.session, parent);
                               }});
    modules.append(ShellModule{
        u"trends"_s,
        QApplication::translate("shopdesk::ui::ShellModule", "Trends"),
        QIcon::fromTheme(u"office-chart-line"_s, QIcon(u":/icons/trends.svg"_s)),
        {u"manager"_s, u"admin"_s},
        [](const ShellContext &context, QWidget *parent) -> QWidget * {
            auto *source = new reports::ReportsClient(context.session->api());
            auto *trends = new TrendsWidget(source, parent);
            source->setParent(trends);
            // New orders move the figures.
            QObject::connect(context.session->cache(), &client::LocalCache::orderChanged, trends,
                             &TrendsWidget::scheduleRefresh);
            return trends;
        }});
    modules.append(ShellModule{
        u"warehouse"_s, QApplication::translate("shopdesk::ui::ShellModule", "Warehouse"),
        QIcon::fromTheme(u"warehouse"_s, QIcon(u":/icons/warehouse.svg"_s)),
        client::RolePolicy::warehouseRoles(),
        [](const ShellContext &context, QWidget *parent) -> QWidget * {
            auto *service =
                new client::WarehouseService(context.session->api(), context.session->cache());
            auto *view = new WarehouseView(service, parent);
            service->setParent(view);
            if (Permissions::allows(context.session->info().role, Capability::ReceiveReturns)) {
                auto *returns = new ReturnReceivingWidget(
                    new client::ReturnService(context.session->api(), view), view);
                view->addReturns(returns);
                // Returns approved anywhere join the waiting list.
                QObject::connect(context.session->cache()->changes(),
                                 &client::LocalCacheChanges::recordsApplied, returns,
                                 [returns](const QList<client::ChangeRecord> &records) {
                                     for (const client::ChangeRecord &record : records) {
                                         if (record.entity == u"return"_s)
                                             return returns->reload();
                                     }
                                 });
            }
            return view;
        }});
    modules.append(
        ShellModule{u"content"_s, QApplication::translate("shopdesk::ui::ShellModule", "Content"),
                    QIcon::fromTheme(u"accessories-text-editor"_s, QIcon(u":/icons/content.svg"_s)),
                    client::RolePolicy::contentRoles(),
                    [](const ShellContext &context, QWidget *parent) -> QWidget * {
                        return new ContentView(context.session, context.products, parent);
                    }});
    // The website's user posts chats through the API and has no desktop inbox.
    QStringList inboxRoles = Permissions::rolesWith(Capability::ReadInbox);
    inboxRoles.removeAll(u"shop"_s);
    modules.append(
        ShellModule{u"inbox"_s, QApplication::translate("shopdesk::ui::ShellModule", "Inbox"),
                    QIcon::fromTheme(u"mail-message"_s, QIcon(u":/icons/tickets.svg"_s)),
                    inboxRoles, [](const ShellContext &context, QWidget *parent) -> QWidget * {
                        return new InboxView(context.session, parent);
                    }});
    QStringList adminRoles;
    for (const QString &role : Permissions::roles()) {
        const QList<Capability> tabs = AdminView::tabCapabilities();
        if (std::any_of(tabs.begin(), tabs.end(),
                        [&](Capability tab) { return Permissions::allows(role, tab); }))
            adminRoles.append(role);
    }
    modules.append(
        ShellModule{u"admin"_s, QApplication::translate("shopdesk::ui::ShellModule", "Admin"),
                    QIcon::fromTheme(u"preferences-system"_s, QIcon(u":/icons/customers.svg"_s)),
                    adminRoles, [](const ShellContext &context, QWidget *parent) -> QWidget * {
                        return new AdminView(context.session, parent);
                    }});
    return modules;
}

} // namespace shopdesk::ui
