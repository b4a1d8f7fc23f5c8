#include "mail/mimereader.h"

#include <cstdint>

// Mail fetched from the shop's mailbox is whatever anybody sent.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)shopdesk::mail::MimeReader::read(raw, 4096);
    return 0;
}
