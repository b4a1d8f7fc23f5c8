#include "shell/shellmodule.h"

#include "products/productsview.h"

#include <QApplication>
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
    return modules;
}

} // namespace shopdesk::ui
