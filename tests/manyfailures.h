#pragma once
// A run of `count` failed tests whose messages take turns through `messages`, each "%1" filled
// with a number that differs from test to test (a port, a job id): many failures, few errors.
#include "diagnosis/testrun.h"

#include <QStringList>

inline fathom::ImportedRun manyFailures(int count, const QStringList &messages)
{
    fathom::ImportedRun run;
    for (int i = 0; i < count; ++i) {
        fathom::TestFailure f;
        f.file = QStringLiteral("big.xml");
        f.line = i + 1;
        f.classname = QStringLiteral("tests.test_jobs");
        f.name = QStringLiteral("test_%1").arg(i);
        f.message = messages[i % messages.size()].arg(40000 + i % 20000);
        run.failures << f;
        run.timings.push_back({ -1, 1, fathom::TestStatus::Failed, f.displayName(), 0, 0 });
    }
    run.counts.total = run.counts.failed = count;
    return run;
}
