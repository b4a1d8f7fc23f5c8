#pragma once

#include "domain/result.h"
#include "mail/shopdetails.h"
#include "storage/shopstore.h"

#include <QJsonObject>
#include <QString>

namespace shopdesk::server {

class ServerSettings;

class MailWake;

// Writes the mail the server sends about returns into the mail outbox, inside the writer's
// transaction, so a mail is queued if and only if its return change commits: the return
// instructions when a return is approved, the confirmation when it is received, each in the
// customer's language.
class ReturnMailer
{
public:
    // The shop as the settings say at the time of each mail, instead of the one given at
    // construction; set before the first mail.
    void followSettings(const ServerSettings *settings) { m_settings = settings; }
    ReturnMailer(mail::ShopDetails shop, QString translationsDirectory, MailWake &wake);

    // A customer without a usable e-mail address gets no mail (logged); only a failing
    // outbox fails the return.
    Result<void> queueInstructions(storage::ShopStore &store, const QJsonObject &ret);
    Result<void> queueReceived(storage::ShopStore &store, const QJsonObject &ret);

private:
    Result<void> queue(storage::ShopStore &store, const QJsonObject &ret, const QString &kind);

    // The shop as a mail composed now presents it.
    mail::ShopDetails shop();
    mail::ShopDetails m_shop;
    const ServerSettings *m_settings = nullptr;
    QString m_translations;
    MailWake &m_wake;
};

} // namespace shopdesk::server
