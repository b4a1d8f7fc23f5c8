#pragma once

#include "serverprocess.h"
#include "shopfixture.h"
#include "smtpsinkprocess.h"
#include "testhttp.h"
#include "testpython.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace shopdesk::test::aftermail {

using namespace Qt::StringLiterals;

inline const QString cardTemplate =
    u"card=https://pay.example/checkout?order={order_id}&amount={amount_minor}&currency={currency}"_s;
inline const QString dhlTemplate = u"dhl=https://track.example/dhl?id={tracking}"_s;

struct ReadMail
{
    QString subject;
    QString to;
    QString order;
    QString text;
    QString html;
};

inline ReadMail readMail(const QByteArray &raw)
{
    const QJsonObject parsed = TestPython::parseMail(raw);
    ReadMail mail;
    mail.subject = parsed[u"headers"_s][u"subject"_s].toString();
    mail.order = parsed[u"headers"_s][u"x-shopdesk-order"_s].toString();
    mail.to = parsed[u"to_addresses"_s][0][u"address"_s].toString();
    for (const QJsonValue &part : parsed[u"parts"_s].toArray()) {
        if (part[u"content_type"_s].toString() == u"text/plain"_s)
            mail.text = part[u"content"_s].toString();
        else if (part[u"content_type"_s].toString() == u"text/html"_s)
            mail.html = part[u"content"_s].toString();
    }
    return mail;
}

inline QList<ReadMail> readAll(const SmtpSinkProcess &sink)
{
    QList<ReadMail> mails;
    for (const QByteArray &raw : sink.messages())
        mails.append(readMail(raw));
    return mails;
}

// The mails about one order whose subject starts with `prefix`.
inline int countMails(const QList<ReadMail> &mails, qint64 order, const QString &prefix)
{
    return int(std::count_if(mails.cbegin(), mails.cend(), [&](const ReadMail &mail) {
        return mail.order == QString::number(order) && mail.subject.startsWith(prefix);
    }));
}

// What the after-sale mail suites share: the server's options with a payment-link secret,
// and the steps that place orders and read the mails and timelines. makeSecret() goes in
// initTestCase().
class AfterMailSuite : public QObject
{
protected:
    QTemporaryDir m_folder;
    QString m_secretFile;

    QStringList arguments(quint16 smtpPort, const QStringList &more) const
    {
        return QStringList{u"--smtp"_s,
                           u"smtp://127.0.0.1:%1?security=none&timeout=5"_s.arg(smtpPort),
                           u"--mail-from"_s,
                           u"Kaufhaus Nord <orders@kaufhaus.example>"_s,
                           u"--shop-name"_s,
                           u"Kaufhaus Nord"_s,
                           u"--mail-retry-seconds"_s,
                           u"1"_s,
                           u"--payment-link-secret-file"_s,
                           m_secretFile,
                           u"--payment-url"_s,
                           cardTemplate,
                           u"--carrier-url"_s,
                           dhlTemplate} +
               more;
    }

    static qint64 addCustomer(ShopFixture &shop, const QJsonObject &fields)
    {
        const HttpReply reply = shop.as(u"agent"_s).post(u"/api/v1/customers"_s, fields);
        return reply.status == 201 ? reply.json().value(u"id"_s).toInteger() : -1;
    }

    static QJsonObject placeOrder(ShopFixture &shop, qint64 customer, const QString &method)
    {
        const HttpReply reply =
            shop.as(u"agent"_s)
                .post(
                    u"/api/v1/orders"_s,
                    ShopFixture::orderBody(customer, {{u"LAMP-1"_s, 2}, {u"MUG-2"_s, 1}}, method));
        return reply.status == 201 ? reply.json() : QJsonObject();
    }

    // The kinds of the mails on the customer's timeline.
    static QStringList timelineMailKinds(ShopFixture &shop, qint64 customer)
    {
        const HttpReply reply =
            shop.as(u"agent"_s).get(u"/api/v1/customers/%1/timeline?limit=200"_s.arg(customer));
        QStringList kinds;
        for (const QJsonValue &item : reply.json()[u"items"_s].toArray()) {
            if (item[u"kind"_s].toString() == u"mail_sent"_s)
                kinds.append(item[u"mail_kind"_s].toString());
        }
        return kinds;
    }

    void makeSecret()
    {
        QVERIFY(m_folder.isValid());
        m_secretFile = m_folder.filePath(u"secret"_s);
        QFile file(m_secretFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n");
    }
};

} // namespace shopdesk::test::aftermail
