#include "testpython.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace shopdesk::test {

QString TestPython::interpreter()
{
    if (QFileInfo(u"/usr/bin/python3"_s).isExecutable())
        return u"/usr/bin/python3"_s;
    return QStandardPaths::findExecutable(u"python3"_s);
}

QString TestPython::script(const QString &name)
{
    return QStringLiteral(SHOPDESK_MAIL_TEST_DIR) + u'/' + name;
}

QJsonObject TestPython::parseMail(const QByteArray &message)
{
    QProcess process;
    process.start(interpreter(), {script(u"parsemail.py"_s)});
    if (!process.waitForStarted(10000))
        return {};
    process.write(message);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        qWarning("parsemail.py failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace shopdesk::test
