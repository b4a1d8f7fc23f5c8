#include "shell/credentialstore.h"

#include "common/logging.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace shopdesk::ui {

namespace {

Error keychainError(QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return Error{
            u"not_found"_s, CredentialStore::tr("No password is saved for this user."), {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error{u"keychain_unavailable"_s,
                     CredentialStore::tr("No system keychain is available on this computer, so "
                                         "the password cannot be remembered (%1).")
                         .arg(job->errorString()),
                     {}};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{
            u"keychain_denied"_s,
            CredentialStore::tr("The system keychain refused access (%1).").arg(job->errorString()),
            {}};
    default:
        return Error{u"keychain_error"_s,
                     CredentialStore::tr("The system keychain did not answer (%1), so the password "
                                         "is not remembered.")
                         .arg(job->errorString()),
                     {}};
    }
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{}

QString CredentialStore::serviceName()
{
    return u"Shopdesk"_s;
}

void CredentialStore::save(const QString &account, const QString &password,
                           std::function<void(const Result<void> &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain file
    job->setKey(account);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *job) {
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcUi) << "keychain write failed:" << job->errorString();
            done(keychainError(job));
            return;
        }
        done(Result<void>());
    });
    job->start();
}

void CredentialStore::load(const QString &account,
                           std::function<void(const Result<QString> &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *job) {
        if (job->error() != QKeychain::NoError) {
            done(keychainError(job));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(job)->textData());
    });
    job->start();
}

void CredentialStore::forget(const QString &account, std::function<void(const Result<void> &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *job) {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            done(keychainError(job));
            return;
        }
        done(Result<void>());
    });
    job->start();
}

} // namespace shopdesk::ui
