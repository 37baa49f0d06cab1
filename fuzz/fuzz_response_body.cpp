// libFuzzer target: what the engine reads from a server's answer — the outcome of a reply with
// any status and body, the "waiting for fiber" test and the server's own message.
#include "network/outcomeclassifier.h"

using namespace fathom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    ReplyFacts facts;
    // Two bytes choose the status (100..599), one the transport error; the rest is the body.
    facts.httpStatus = 100 + (data[0] | data[1] << 8) % 500;
    facts.error = data[2] & 1 ? QNetworkReply::NoError : QNetworkReply::NetworkError(data[2] >> 1);
    facts.truncated = data[2] & 0x80;
    facts.body = QByteArray(reinterpret_cast<const char *>(data) + 3, qsizetype(size - 3));
    (void)classifyReply(facts);
    (void)bodySaysWaitingForFiber(facts.body);
    if (serverMessage(facts.body).size() > 200)
        __builtin_trap(); // documented: at most 200 characters
    return 0;
}
