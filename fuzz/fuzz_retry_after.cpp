// libFuzzer target: a Retry-After header value (seconds or an HTTP date), as a server sends it.
#include "network/retrypolicy.h"

#include <QDateTime>

using namespace fathom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    if (parseRetryAfterMs(value, now) < -1)
        __builtin_trap(); // a delay, or -1 for "no usable value"
    return 0;
}
