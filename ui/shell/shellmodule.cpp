#include "shell/shellmodule.h"

#include "products/productsview.h"
#include "reports/reportsclient.h"
#include "sync/apiclient.h"
#include "sync/clientsession.h"
#include "sync/localcache.h"
#include "trends/trendswidget.h"

#include <QApplication>
#include <QPointer>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

QList<ShellModule> ShellModule::all()
{
    QList<ShellModule> modules;
    modules.append(ShellModule{
        u"products"_s,
        QApplication::translate("shopdesk::ui::ShellModule", "Products"),
        QIcon::fromTheme(u"package-x-generic"_s,
                         QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView)),
        {u"agent"_s, u"warehouse"_s, u"manager"_s, u"admin"_s},
        [](const ShellContext &context, QWidget *parent) -> QWidget * {
            return new ProductsView(context.products, parent);
        }});
    modules.append(ShellModule{
        u"trends"_s,
        QApplication::translate("shopdesk::ui::ShellModule", "Trends"),
        QIcon::fromTheme(u"office-chart-line"_s,
                         QApplication::style()->standardIcon(QStyle::SP_FileDialogInfoView)),
        {u"manager"_s, u"admin"_s},
        [](const ShellContext &context, QWidget *parent) -> QWidget * {
            sync::ApiClient *api = context.session->api();
            auto *source = new reports::ReportsClient(api->server());
            // The engine logs in again when the server forgets a token: use the current one.
            source->setTokenSource(
                [api = QPointer<sync::ApiClient>(api)] { return api ? api->token() : QString(); });
            auto *trends = new TrendsWidget(source, parent);
            source->setParent(trends);
            // New orders move the figures.
            QObject::connect(context.session->cache(), &sync::LocalCache::orderChanged, trends,
                             &TrendsWidget::scheduleRefresh);
            return trends;
        }});
    return modules;
}

} // namespace shopdesk::ui
