#pragma once

#include "domain/result.h"

#include <QObject>

#include <functional>

namespace shopdesk::ui {

// "Remember me": the password kept in the system keychain (Secret Service, KWallet,
// Keychain, Credential Manager) through QtKeychain, never in a plain file. Where no keychain
// is available every call fails with a sentence saying so.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);

    static QString serviceName();

    void save(const QString &account, const QString &password,
              std::function<void(const Result<void> &)> done);
    void load(const QString &account, std::function<void(const Result<QString> &)> done);
    void forget(const QString &account, std::function<void(const Result<void> &)> done);
};

} // namespace shopdesk::ui
