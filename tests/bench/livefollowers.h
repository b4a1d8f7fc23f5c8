#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QWebSocket>

#include <memory>
#include <vector>

namespace shopdesk::bench {

// WebSocket clients following /live with a token that reads every record (the change log
// has no holes), each checking that every record arrives once and in seq order: a frame
// whose seq is not the one after the last counts the records it jumped over as missed.
class LiveFollowers : public QObject
{
public:
    LiveFollowers(const QUrl &base, const QString &token, int count);
    ~LiveFollowers() override;

    // Opens every client and waits until all are connected or timeoutMs has passed.
    bool open(int timeoutMs);
    // The head seq read once all were connected: every record after it must reach each.
    void setStartSeq(qint64 seq) { m_startSeq = seq; }
    int connected() const;
    // Clients the server closed (e.g. 4408 for falling behind), or that failed otherwise.
    int lost() const { return m_lost; }
    qint64 frames() const { return m_frames; }
    // Records skipped between two frames, and frames at or below the last seq, over all.
    qint64 missed() const { return m_missed; }
    qint64 outOfOrder() const { return m_outOfOrder; }
    // The most records any connected client still lacks of those up to head.
    qint64 behind(qint64 head) const;
    // Waits until every connected client holds head, or timeoutMs has passed.
    bool catchUp(qint64 head, int timeoutMs) const;

private:
    struct Follower
    {
        std::unique_ptr<QWebSocket> socket;
        qint64 lastSeq = -1; // none yet: the first frame starts the count
        bool connected = false;
    };
    void received(Follower &follower, const QString &frame);

    QUrl m_url;
    std::vector<std::unique_ptr<Follower>> m_followers;
    qint64 m_startSeq = 0;
    qint64 m_frames = 0;
    qint64 m_missed = 0;
    qint64 m_outOfOrder = 0;
    int m_lost = 0;
};

} // namespace shopdesk::bench
