#include "trends/tablecsvwriter.h"

#include "domain/tr.h"

#include <QAbstractItemModel>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

QString TableCsvWriter::field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r')) {
        return text;
    }
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

Result<void> TableCsvWriter::write(const QAbstractItemModel &model, QIODevice &device,
                                   int exportRole)
{
    auto value = [&](const QVariant &exported, const QVariant &shown) {
        return (exported.isValid() ? exported : shown).toString();
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c) {
        header << field(
            value(exportRole >= 0 ? model.headerData(c, Qt::Horizontal, exportRole) : QVariant(),
                  model.headerData(c, Qt::Horizontal)));
    }
    lines << header.join(u',');
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            cells << field(value(exportRole >= 0 ? model.data(index, exportRole) : QVariant(),
                                 model.data(index)));
        }
        lines << cells.join(u',');
    }
    const QByteArray bytes = (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
    if (device.write(bytes) != bytes.size()) {
        return Result<void>::failure(
            u"write_failed"_s, Tr::tr("Cannot write the CSV file: %1").arg(device.errorString()));
    }
    return {};
}

Result<void> TableCsvWriter::writeFile(const QAbstractItemModel &model, const QString &path,
                                       int exportRole)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Result<void>::failure(u"write_failed"_s,
                                     Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    if (auto ok = write(model, file, exportRole); !ok)
        return ok;
    if (!file.commit()) {
        return Result<void>::failure(u"write_failed"_s,
                                     Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace shopdesk::ui
