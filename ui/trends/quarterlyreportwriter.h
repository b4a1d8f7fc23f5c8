#pragma once

#include <QCoreApplication>

#include "domain/result.h"
#include "trends/quarterlyreportbuilder.h"

#include <QLocale>
#include <QMap>
#include <QString>

class QPainter;
class QPagedPaintDevice;

namespace shopdesk::ui {

// The printable quarterly report: key figures, charts and tables of the reports
// QuarterlyReportBuilder fetched, laid out on A4 pages. Writes a PDF (QPdfWriter) or paints
// on any paged device, a QPrinter included.
class QuarterlyReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(shopdesk::ui::QuarterlyReportWriter)

public:
    explicit QuarterlyReportWriter(QuarterlyReportBuilder::Reports reports,
                                   QLocale locale = QLocale());

    Result<void> writePdf(const QString &path, const QString &shopName = {}) const;
    Result<void> paint(QPagedPaintDevice &device, const QString &shopName = {}) const;

private:
    QuarterlyReportBuilder::Reports m_reports;
    QLocale m_locale;
};

} // namespace shopdesk::ui
