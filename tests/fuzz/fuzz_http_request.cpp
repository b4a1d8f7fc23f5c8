#include "server/httprequestparser.h"
#include "server/requesttext.h"

#include <QStringList>
#include <QUrl>

#include <cstdint>

using shopdesk::server::HttpRequest;
using shopdesk::server::HttpRequestParser;
using shopdesk::server::RequestText;

namespace {

struct Parsed
{
    QList<HttpRequest> requests;
    int failure = 0;
};

// Feeds the bytes in pieces of `piece`, as a network may cut them.
Parsed parse(const QByteArray &bytes, qsizetype piece)
{
    HttpRequestParser parser;
    Parsed parsed;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        parser.append(bytes.mid(at, piece));
        for (;;) {
            const auto step = parser.parse();
            if (step == HttpRequestParser::Step::NeedMore)
                break;
            if (step == HttpRequestParser::Step::Failed) {
                parsed.failure = parser.failure().status;
                return parsed;
            }
            if (step == HttpRequestParser::Step::Request)
                parsed.requests.append(parser.takeRequest());
        }
    }
    return parsed;
}

// What the router reads of a request: its path segments and query text.
void route(const HttpRequest &request)
{
    for (const QString &segment : request.path.split(u'/')) {
        if (!RequestText::hasControlCharacter(segment))
            (void)RequestText::isNumber(segment);
        (void)RequestText::printable(segment);
    }
    for (const auto &[key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        (void)RequestText::hasControlCharacter(key);
        (void)RequestText::printable(value);
    }
}

} // namespace

// The first byte chooses how the rest is cut; cut or whole, the requests must be the same.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype piece = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Parsed whole = parse(bytes, std::max<qsizetype>(bytes.size(), 1));
    const Parsed cut = parse(bytes, piece);
    if (whole.failure != cut.failure || whole.requests.size() != cut.requests.size())
        __builtin_trap();
    for (qsizetype i = 0; i < whole.requests.size(); ++i) {
        if (whole.requests[i].target != cut.requests[i].target ||
            whole.requests[i].body != cut.requests[i].body)
            __builtin_trap();
        route(whole.requests[i]);
    }
    return 0;
}
