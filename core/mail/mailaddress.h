#pragma once

#include <QByteArray>
#include <QString>

namespace shopdesk::mail {

// One mailbox: an address and the name shown with it ("Ana Díaz <ana@example.com>").
class MailAddress
{
public:
    MailAddress() = default;
    explicit MailAddress(QString address, QString name = {})
        : m_address(std::move(address).trimmed())
        , m_name(std::move(name).trimmed())
    {}

    const QString &address() const { return m_address; }
    const QString &name() const { return m_name; }

    // A plain local@domain address that SMTP can carry: no spaces, brackets or line breaks,
    // an ASCII local part (SMTPUTF8 is not assumed of the relay) and a domain that IDNA can
    // encode.
    bool isValid() const;

    // The address as SMTP's MAIL FROM / RCPT TO take it, the domain in IDNA ("xn--") form.
    QByteArray envelope() const;

    friend bool operator==(const MailAddress &a, const MailAddress &b)
    {
        return a.m_address == b.m_address && a.m_name == b.m_name;
    }

private:
    QString m_address;
    QString m_name;
};

} // namespace shopdesk::mail
