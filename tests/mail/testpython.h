#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace shopdesk::test {

// Python 3 with Debian's python3-aiosmtpd, and the helper scripts beside this file.
class TestPython
{
public:
    // Debian's own interpreter first: its packages (aiosmtpd) are installed for that one.
    static QString interpreter();
    static QString script(const QString &name);

    // What Python's e-mail parser reads in a message (see parsemail.py); empty on failure.
    static QJsonObject parseMail(const QByteArray &message);
    // A body as the parser reads it back: MimeWriter ends every body with a line break.
    static QString asSent(const QString &body)
    {
        return body.endsWith(u'\n') ? body : body + u'\n';
    }
};

} // namespace shopdesk::test
