#pragma once

#include "domain/jsonfieldreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace shopdesk::reports {

// The rows of a report grouped by something ("rows": [{key, label, figures...}]), read and
// written with the report's own reader and writer of its figures.
template<typename Figures, typename ReadFigures>
QList<Figures> readLabelledRows(const QJsonObject &json, JsonFieldReader &read,
                                ReadFigures readFigures)
{
    using namespace Qt::StringLiterals;
    QList<Figures> rows;
    for (const QJsonValue &value : read.array(json, u"rows"_s)) {
        const QJsonObject row = read.element(value, u"rows"_s);
        Figures figures = readFigures(row, read);
        figures.key = read.text(row, u"key"_s);
        figures.label = read.text(row, u"label"_s);
        rows.append(figures);
    }
    return rows;
}

template<typename Figures, typename FiguresJson>
QJsonArray labelledRowsJson(const QList<Figures> &rows, FiguresJson figuresJson)
{
    using namespace Qt::StringLiterals;
    QJsonArray array;
    for (const Figures &figures : rows) {
        QJsonObject row = figuresJson(figures);
        row.insert(u"key"_s, figures.key);
        row.insert(u"label"_s, figures.label);
        array.append(row);
    }
    return array;
}

} // namespace shopdesk::reports
