#pragma once

#include <QtGlobal>

namespace shopdesk::client {

// Exponential backoff with jitter: after the n-th failure wait a random time between half
// and all of min(first * 2^n, max), so that many clients do not come back in step.
class ReconnectBackoff
{
public:
    ReconnectBackoff(int firstMs = 500, int maxMs = 30000)
        : m_firstMs(firstMs)
        , m_maxMs(maxMs)
    {}

    void setLimits(int firstMs, int maxMs)
    {
        m_firstMs = firstMs;
        m_maxMs = maxMs;
    }
    // The wait before the next attempt; each call counts one more failure.
    int nextDelay();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    // The ceiling (before jitter) the next call will use.
    int currentCeiling() const;

private:
    int m_firstMs;
    int m_maxMs;
    int m_failures = 0;
};

} // namespace shopdesk::client
