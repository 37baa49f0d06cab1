#include "history/proberecorder.h"

#include "history/runstore.h"

namespace fathom {

qint64 recordProbe(RunStore *store, const TargetProfile &profile, const ProbeResult &result, QString *error)
{
    const QString kind = probeKindId(result.kind);
    const qint64 id = store->beginRun(RunKind::Probe, kind, profile.baseUrl.toString(), profile.toJson(),
                                      QJsonObject { { QStringLiteral("kind"), kind } }, error);
    if (!id
        || !store->finishRun(id,
                             result.cancelled ? RunStatus::Cancelled
                                 : result.ok  ? RunStatus::Finished
                                              : RunStatus::Failed,
                             -1, QString(), result.toJson(), error))
        return 0;
    return id;
}

} // namespace fathom
