// libFuzzer target: a target profile's JSON as a user or a colleague's file gives it, then the
// requests it would make (URL and body templates with {index}, {level}, {attempt}).
#include "model/targetprofile.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace fathom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    QString error;
    const auto profile = TargetProfile::fromJson(doc.object(), &error);
    if (!profile) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    // What was accepted must survive a round trip: saved and loaded again, it is accepted.
    if (!TargetProfile::fromJson(profile->toJson(), &error))
        __builtin_trap();
    (void)profile->jobRequest(1, 2, 3);
    return 0;
}
