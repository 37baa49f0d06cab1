#pragma once

#include "history/runstore.h"
#include "history/testoutcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace fathom {

/// What a test's recent runs say about it beyond one run.
struct TestStability
{
    Q_DECLARE_TR_FUNCTIONS(fathom::TestStability)
public:
    enum class Kind
    {
        Stable, ///< passed every time, or failed every time
        Flaky, ///< passed and failed on the same code, or passed on a rerun within a run
        LoadInduced, ///< fails only in runs that ran more jobs at once than the server's capacity
    };
    Kind kind = Kind::Stable;
    QString evidence; ///< why, in words ("fails in the 3 runs that ran ≥ 60 jobs at once; …")

    static QString kindId(Kind k); ///< "stable", "flaky", "load_induced"
};

/// The failure categories of load: the server refusing (503 overloaded) or not answering in
/// time, connections reset, the client's pool running out, a test's deadline passing. A test
/// that fails with anything else (an assertion, a 401, fibre not ready) is not load-induced.
bool isLoadCategory(const QString &category);

/// Each test's stability over the last `lastRuns` stored runs of `runId`'s suite, up to and
/// including `runId`. A test is flaky when it both passed and failed in runs of the same code
/// (the same --revision, or none) or passed on a rerun within a run; load-induced instead when
/// all its failures are of load, every run it failed in ran more jobs at once than the
/// server's capacity (the latest measured before that run) and every run it passed in ran at
/// most that. Only tests that are flaky or load-induced are in the answer.
/// `known`: outcomes of runs already read, by run id (a comparison's two runs), not read again.
std::optional<QHash<QString, TestStability>>
testStability(const RunStore &store, qint64 runId, int lastRuns, QString *error,
              const QHash<qint64, QHash<QString, TestOutcome>> &known = {});

} // namespace fathom
