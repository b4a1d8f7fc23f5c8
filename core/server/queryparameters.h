#pragma once

#include "domain/result.h"
#include "server/httprequest.h"

namespace shopdesk::server {

// The query parameters list routes share: a page's limit, a time and a cursor. Each reads
// its parameter, or sets error and returns false.
class QueryParameters
{
public:
    static constexpr int defaultPage = 100;
    static constexpr int maxPage = 1000;

    // ?limit=, at most maxPage (defaultPage when absent).
    static bool page(const HttpRequest &request, int &limit, Error &error);
    // An ISO 8601 time or date (0 when absent).
    static bool time(const HttpRequest &request, const QString &name, qint64 &msecs, Error &error);
    // A cursor from "next" (0 when absent).
    static bool id(const HttpRequest &request, const QString &name, qint64 &value, Error &error);
};

} // namespace shopdesk::server
