#include "mail/mailaddress.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

bool MailAddress::isValid() const
{
    static const QRegularExpression local(u"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$"_s);
    const qsizetype at = m_address.lastIndexOf(u'@');
    if (at <= 0 || at == m_address.size() - 1 || m_address.size() > 254)
        return false;
    const QString localPart = m_address.left(at);
    if (!local.match(localPart).hasMatch() || localPart.startsWith(u'.') ||
        localPart.endsWith(u'.') || localPart.contains(u".."_s)) {
        return false;
    }
    const QByteArray domain = QUrl::toAce(m_address.mid(at + 1), QUrl::AceTransitionalProcessing);
    static const QRegularExpression label(
        u"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
        u"[A-Za-z0-9])?)*$"_s);
    return !domain.isEmpty() && label.match(QString::fromLatin1(domain)).hasMatch();
}

QByteArray MailAddress::envelope() const
{
    const qsizetype at = m_address.lastIndexOf(u'@');
    if (at < 0)
        return m_address.toUtf8();
    return m_address.left(at).toUtf8() + '@' +
           QUrl::toAce(m_address.mid(at + 1), QUrl::AceTransitionalProcessing);
}

} // namespace shopdesk::mail
