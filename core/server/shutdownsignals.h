#pragma once

#include <QObject>

class QSocketNotifier;

namespace shopdesk::server {

// Turns SIGTERM and SIGINT into a Qt signal delivered on the event loop (self-pipe), so the
// server can finish in-flight requests and stop cleanly.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void shutdownRequested(int signalNumber);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace shopdesk::server
