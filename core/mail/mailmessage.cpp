#include "mail/mailmessage.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

void MailMessage::ensureIdentity()
{
    if (m_messageId.isEmpty()) {
        const QByteArray envelope = m_from.envelope();
        const qsizetype at = envelope.lastIndexOf('@');
        const QString domain = at >= 0 && at + 1 < envelope.size()
                                   ? QString::fromLatin1(envelope.mid(at + 1))
                                   : u"shopdesk.invalid"_s;
        m_messageId =
            u'<' + QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@' + domain + u'>';
    }
    if (!m_date.isValid())
        m_date = QDateTime::currentDateTimeUtc();
}

} // namespace shopdesk::mail
