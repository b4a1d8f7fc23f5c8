#include "server/jsonbody.h"

#include <cstdint>

// Every request body the server reads goes through JsonBody::parse first.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)shopdesk::server::JsonBody::parse(body);
    return 0;
}
