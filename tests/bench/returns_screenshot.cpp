// Renders the trends screen's Returns tab from a running server (the demo shop) for the
// documentation: SHOPDESK_TOKEN=<a manager's token> shopdesk-returns-screenshot URL OUTPUT_DIR
// writes trends-returns.png there, the six months up to today grouped by month. Run under
// xvfb-run (or QT_QPA_PLATFORM=offscreen).

#include "client/apiclient.h"
#include "client/reportsclient.h"
#include "trends/returnspanel.h"
#include "trends/trendswidget.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace shopdesk;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString token = qEnvironmentVariable("SHOPDESK_TOKEN");
    if (args.size() != 3 || token.isEmpty()) {
        QTextStream(stderr) << "usage: SHOPDESK_TOKEN=... shopdesk-returns-screenshot URL DIR"
                            << Qt::endl;
        return 2;
    }
    client::ApiClient api(QUrl(args.at(1)));
    api.setToken(token);
    reports::ReportsClient source(&api);
    ui::TrendsWidget widget(&source);
    widget.setLocale(QLocale(QLocale::English, QLocale::Ireland));
    widget.resize(1440, 860);
    widget.setWindowTitle(u"Shopdesk: Trends"_s);
    widget.show();
    const QDate today = QDate::currentDate();
    widget.setCustomRange(QDate(today.year(), today.month(), 1).addMonths(-5), today);
    widget.returnsPanel()->setGroup(u"month"_s);
    auto *tabs = widget.findChild<QTabWidget *>();
    tabs->setCurrentWidget(widget.returnsPanel());
    if (!QTest::qWaitFor([&widget] { return !widget.isBusy(); }, 30000)) {
        QTextStream(stderr) << "the reports did not arrive" << Qt::endl;
        return 1;
    }
    QTest::qWait(300);
    const QString path = QDir(args.at(2)).filePath(u"trends-returns.png"_s);
    if (!widget.grab().save(path)) {
        QTextStream(stderr) << "cannot save " << path << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "wrote " << path << Qt::endl;
    return 0;
}
