#include "domain/htmlsanitiser.h"

#include <cstdint>

// Product pages and incoming mails' HTML: whatever comes in, no script leaves.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString clean = shopdesk::HtmlSanitiser::sanitise(html);
    if (clean.contains(QLatin1String("<script"), Qt::CaseInsensitive))
        __builtin_trap();
    return 0;
}
