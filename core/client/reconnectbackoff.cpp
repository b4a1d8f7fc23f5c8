#include "client/reconnectbackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace shopdesk::client {

int ReconnectBackoff::currentCeiling() const
{
    qint64 ceiling = m_firstMs;
    for (int i = 0; i < m_failures && ceiling < m_maxMs; ++i)
        ceiling *= 2;
    return int(std::min<qint64>(ceiling, m_maxMs));
}

int ReconnectBackoff::nextDelay()
{
    const int ceiling = currentCeiling();
    ++m_failures;
    const int half = ceiling / 2;
    return half + int(QRandomGenerator::global()->bounded(quint32(ceiling - half + 1)));
}

} // namespace shopdesk::client
