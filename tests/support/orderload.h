#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>
#include <vector>

namespace shopdesk::test {

// Clients ordering as fast as the server answers, each on its own connection and each order
// with its own Idempotency-Key, until stopped. Remembers every order the server acknowledged
// (201 with its id) and counts the others (no answer, or another status).
class OrderLoad : public QObject
{
public:
    OrderLoad(const QUrl &baseUrl, const QString &token, const QJsonObject &orderBody, int clients);

    void start();
    // Sends no new order; those in flight end on their own (answered or broken off).
    void stop() { m_stopped = true; }
    bool idle() const { return m_inFlight == 0; }

    const QSet<qint64> &acknowledged() const { return m_acknowledged; }
    int notAcknowledged() const { return m_notAcknowledged; }

private:
    void orderNext(int client);

    QUrl m_baseUrl;
    QByteArray m_token;
    QByteArray m_body;
    int m_clients;
    bool m_stopped = false;
    int m_inFlight = 0;
    int m_notAcknowledged = 0;
    QSet<qint64> m_acknowledged;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
};

} // namespace shopdesk::test
