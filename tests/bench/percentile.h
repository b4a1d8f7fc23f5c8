#pragma once

#include <QList>

#include <algorithm>

namespace shopdesk::bench {

// The p-quantile (0..1) of the values, 0 when there are none.
inline qint64 percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))];
}

} // namespace shopdesk::bench
