#include "server/contentimage.h"

#include <cstdint>

// An uploaded image's bytes, read against each type it may claim to be.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QString &type : shopdesk::server::ContentImage::acceptedTypes())
        (void)shopdesk::server::ContentImage::inspect(bytes, type);
    return 0;
}
