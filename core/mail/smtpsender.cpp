#include "mail/smtpsender.h"

#include "domain/tr.h"
#include "mail/curltransfer.h"
#include "mail/logging.h"
#include "mail/mimewriter.h"

#include <QJsonObject>
#include <QStringList>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace shopdesk::mail {

namespace {

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const size_t room = size * count;
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t n = std::min(room, left);
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

QString errorCode(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        return u"smtp_unreachable"_s;
    case CURLE_LOGIN_DENIED:
        return u"smtp_login_failed"_s;
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return u"smtp_tls_failed"_s;
    default:
        return u"smtp_failed"_s;
    }
}

} // namespace

SmtpSender::SmtpSender(SmtpSettings settings)
    : m_settings(std::move(settings))
{}

Result<void> SmtpSender::send(const MailMessage &message) const
{
    const auto rendered = MimeWriter::write(message);
    if (!rendered)
        return rendered.error();
    QList<QByteArray> recipients;
    for (const MailAddress &to : message.to())
        recipients.append(to.envelope());
    return sendRaw(message.from().envelope(), recipients, *rendered);
}

Result<void> SmtpSender::sendRaw(const QByteArray &envelopeFrom,
                                 const QList<QByteArray> &recipients,
                                 const QByteArray &message) const
{
    const QString relay = m_settings.address();
    if (recipients.isEmpty()) {
        return Result<void>::failure(u"invalid_mail"_s, Tr::tr("The message has no recipient."));
    }
    CurlTransfer transfer(m_settings, SmtpSettings::protocol());
    if (!transfer.isValid()) {
        return Result<void>::failure(u"smtp_failed"_s,
                                     Tr::tr("The mail library could not be started."));
    }
    CURL *handle = transfer.handle();

    const QByteArray from = '<' + envelopeFrom + '>';
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    std::unique_ptr<curl_slist, ListDeleter> rcpt;
    for (const QByteArray &recipient : recipients) {
        const QByteArray bracketed = '<' + recipient + '>';
        rcpt.reset(curl_slist_append(rcpt.release(), bracketed.constData()));
    }
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, rcpt.get());

    Upload upload{&message, 0};
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));

    qCDebug(lcMail) << "sending" << message.size() << "bytes to" << recipients.size()
                    << "recipient(s) through" << relay;
    const CURLcode code = transfer.perform();
    const QStringList &replies = transfer.replies();
    long smtpCode = 0;
    curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &smtpCode);
    if (code == CURLE_OK) {
        qCDebug(lcMail) << "relay" << relay << "accepted the message:"
                        << (replies.isEmpty() ? QString() : replies.constLast());
        return {};
    }

    if (code == CURLE_ABORTED_BY_CALLBACK) {
        return Result<void>::failure(
            u"smtp_interrupted"_s,
            Tr::tr("Sending to %1 was stopped before the mail server answered; the mail is "
                   "tried again.")
                .arg(relay));
    }
    // The relay's last error reply says best what went wrong; curl's text where it said none.
    QString serverReply;
    for (auto it = replies.crbegin(); it != replies.crend(); ++it) {
        if (!it->isEmpty() && (it->startsWith(u'4') || it->startsWith(u'5'))) {
            serverReply = *it;
            break;
        }
    }
    const QString curlText = transfer.errorText(code);
    const QString text =
        serverReply.isEmpty()
            ? Tr::tr("The mail server %1 could not be reached or refused the message: %2")
                  .arg(relay, curlText)
            : Tr::tr("The mail server %1 refused the message: %2").arg(relay, serverReply);
    qCDebug(lcMail).noquote() << text;
    return Result<void>::failure(errorCode(code), text,
                                 QJsonObject{{u"smtp_code"_s, qint64(smtpCode)},
                                             {u"server_reply"_s, serverReply},
                                             {u"curl_code"_s, int(code)},
                                             {u"curl_error"_s, curlText}});
}

Result<void> SmtpSender::check() const
{
    const QString relay = m_settings.address();
    CurlTransfer transfer(m_settings, SmtpSettings::protocol());
    if (!transfer.isValid()) {
        return Result<void>::failure(u"smtp_failed"_s,
                                     Tr::tr("The mail library could not be started."));
    }
    // Connection and the protocol's set-up only (greeting, EHLO, STARTTLS, AUTH): no mail.
    curl_easy_setopt(transfer.handle(), CURLOPT_CONNECT_ONLY, 1L);
    const CURLcode code = transfer.perform();
    if (code == CURLE_OK)
        return {};
    QString serverReply;
    for (auto it = transfer.replies().crbegin(); it != transfer.replies().crend(); ++it) {
        if (it->startsWith(u'4') || it->startsWith(u'5')) {
            serverReply = *it;
            break;
        }
    }
    QString reason;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        reason = Tr::tr("the name %1 is not known.").arg(m_settings.host);
        break;
    case CURLE_COULDNT_CONNECT:
        reason = Tr::tr("nothing answers at %1.").arg(relay);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        reason = Tr::tr("%1 did not answer in time.").arg(relay);
        break;
    case CURLE_LOGIN_DENIED:
        reason = Tr::tr("it refused the user name or password.");
        break;
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        reason =
            Tr::tr("a secure (TLS) connection could not be made: %1").arg(transfer.errorText(code));
        break;
    default:
        reason = serverReply.isEmpty() ? transfer.errorText(code) : serverReply;
        break;
    }
    return Result<void>::failure(
        errorCode(code), Tr::tr("The mail relay %1 cannot be used: %2").arg(relay, reason),
        QJsonObject{{u"server_reply"_s, serverReply}, {u"curl_code"_s, int(code)}});
}

} // namespace shopdesk::mail
