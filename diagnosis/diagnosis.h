#pragma once

#include "diagnosis/failurerules.h"
#include "diagnosis/measurement.h"
#include "diagnosis/recommendation.h"
#include "diagnosis/signature.h"
#include "diagnosis/testedtarget.h"
#include "diagnosis/testrun.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace fathom {

/// One fact a root-cause statement rests on, and where it comes from.
struct Evidence
{
    enum class Source
    {
        TestRun, ///< the imported JUnit files
        Profile, ///< the target profile's settings
        Measurement, ///< a discovery run or probe stored by Fathom
        NotMeasured, ///< what would settle the question, and how to measure it
    };
    Source source = Source::TestRun;
    QString text;
};
QString evidenceSourceId(Evidence::Source s); ///< "test_run", "profile", "measurement", "not_measured"

/// The failures of one root cause that are the same error (one FailureSignature): "2,341
/// failures, 4 unique errors".
struct UniqueError
{
    QString signature; ///< FailureSignature::text
    QString id; ///< FailureSignature::id
    QString category;
    QList<int> failures; ///< indexes into Diagnosis::run.failures, in file order; the first is the example
    QDateTime first, last; ///< when the first and last of them started (invalid when unknown)
    QString issueKey; ///< the issue it was reported as ("FOCUS-123"), from DiagnosisInputs::knownIssues

    int count() const { return int(failures.size()); }
    QJsonObject toJson(const ImportedRun &run) const;
    /// The signature's first line, cut to `maxChars` with "…": for lists.
    QString headline(qsizetype maxChars = 160) const;
};

/// "2,341 failures, 4 unique errors", in the UI language.
QString uniqueErrorsWords(int failures, int uniqueErrors);

/// A group of failures of one category, with what most likely caused them and what to do.
struct RootCause
{
    QString category;
    QString title;
    bool infrastructure = false; ///< not a product defect: server, network or client settings
    int count = 0;
    double share = 0; ///< of all failed and erroneous tests, 0..1
    QString statement;
    QList<Evidence> evidence;
    QString fix;
    QList<int> failures; ///< indexes into Diagnosis::run.failures
    QDateTime first, last; ///< when the first and last of them started (invalid when unknown)
    QString issueKey; ///< the issue it was reported as ("FOCUS-123"), from DiagnosisInputs::knownIssues
    QList<UniqueError> uniqueErrors; ///< its failures by signature, the most frequent first
};

/// Failures over the run's time, for the timeline chart: `buckets` slices of equal width.
struct FailureTimeline
{
    QDateTime start;
    qint64 bucketMs = 0;
    bool estimated = false; ///< start times estimated from durations (the files had none per test)
    QList<int> started; ///< tests started per bucket
    QHash<QString, QList<int>> failures; ///< per category, failures per bucket
    bool isEmpty() const { return bucketMs <= 0 || started.isEmpty(); }
};

/// A measurement the evidence lacks and Fathom can make against the tested server: a probe of
/// `kind` ("health", "readiness", "auth", "job", "pool") or a capacity discovery ("discovery").
struct MissingMeasurement
{
    QString kind;
    int requests = 0; ///< pool probe: as many requests at once as the suite ran (0: the probe's default)
    int pool = 0; ///< pool probe: the suite's pool size (0: the probe's default)

    /// The command that makes it: "fathom probe --kind pool --requests 40 --pool 10".
    QString command() const;
    bool operator==(const MissingMeasurement &o) const
    {
        return kind == o.kind && requests == o.requests && pool == o.pool;
    }
};

/// Fathom's measurements that a diagnosis may join with the test run.
struct DiagnosisInputs
{
    std::optional<ClientProfile> profile; ///< Fathom's profile for the tested server
    QList<Measurement> measurements; ///< capacities and probes from the run history
    /// Signature id → the issue tracker's key it was reported as ("FOCUS-123"): "known".
    QHash<QString, QString> knownIssues;
};

/// The analysis of a failed test run: each failure classified, grouped into root causes in
/// order of impact, each stating its evidence (or saying "not measured") and the fix.
struct Diagnosis
{
    ImportedRun run;
    QList<Classification> classifications; ///< parallel to run.failures
    QList<FailureSignature> signatures; ///< parallel to run.failures
    QList<RootCause> rootCauses;
    /// What to change, in order, derived from the causes and the measurements: the one list the
    /// command line, the window and every report show.
    QList<Recommendation> recommendations;
    FailureTimeline timeline;
    /// The measurements joined: those of the tested servers (the others are named in targetNotes).
    DiagnosisInputs inputs;
    /// The servers the failures name, most named first; empty where no failure names one.
    QList<TestedTarget> testedTargets;
    /// Which servers the tests talked to, and which measurements were left out because they
    /// were of another: "the capacity measured for http://A (run #3) does not apply: …".
    QStringList targetNotes;
    /// What the evidence says was not measured, in the order it matters (the largest cause's
    /// first), each once: what "measure what is missing" runs.
    QList<MissingMeasurement> missing;
    QDateTime createdAt;

    /// The --json form: summary, failures[], root_causes[] (docs/diagnosis.md).
    QJsonObject toJson() const;
    int failedCount() const { return run.counts.failed + run.counts.errors; }
    /// The failures whose causes lie outside the product: the server, the network, the client's settings.
    int infrastructureCount() const;
    int uniqueErrorCount() const;
    /// The most the suite ran at once, as far as the run tells: its tests' overlap from their
    /// start times, or the worker threads its code names (max_workers=N), whichever is more.
    int suiteConcurrency() const;
};

/// Builds a diagnosis. Pure: reads nothing, writes nothing, no clock but `now`.
class RootCauseAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(fathom::RootCauseAnalysis)
public:
    static Diagnosis analyse(ImportedRun run, const FailureRules &rules, const DiagnosisInputs &inputs,
                             const QDateTime &now = QDateTime::currentDateTime());
    /// Re-sorts an existing diagnosis with other rules (the rule editor), keeping its inputs.
    static Diagnosis reclassify(const Diagnosis &d, const FailureRules &rules);
};

} // namespace fathom
