#include "history/testrunrecorder.h"

#include "history/runstore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace fathom {

namespace {

QJsonObject failureToJson(const TestFailure &f)
{
    return { { QStringLiteral("file"), f.file },
             { QStringLiteral("line"), f.line },
             { QStringLiteral("suite"), f.suite },
             { QStringLiteral("classname"), f.classname },
             { QStringLiteral("name"), f.name },
             { QStringLiteral("status"), testStatusId(f.status) },
             { QStringLiteral("type"), f.type },
             { QStringLiteral("message"), f.message },
             { QStringLiteral("trace"), f.trace },
             { QStringLiteral("output"), f.output },
             { QStringLiteral("duration_s"), f.durationS },
             { QStringLiteral("started_at"), f.startedAt.toString(Qt::ISODateWithMs) },
             { QStringLiteral("start_estimated"), f.startEstimated } };
}

TestStatus statusFromId(const QString &id)
{
    for (TestStatus s : { TestStatus::Passed, TestStatus::Failed, TestStatus::Error, TestStatus::Skipped })
        if (testStatusId(s) == id)
            return s;
    return TestStatus::Failed;
}

TestFailure failureFromJson(const QJsonObject &o)
{
    TestFailure f;
    f.file = o.value(QStringLiteral("file")).toString();
    f.line = o.value(QStringLiteral("line")).toInt();
    f.suite = o.value(QStringLiteral("suite")).toString();
    f.classname = o.value(QStringLiteral("classname")).toString();
    f.name = o.value(QStringLiteral("name")).toString();
    f.status = statusFromId(o.value(QStringLiteral("status")).toString());
    f.type = o.value(QStringLiteral("type")).toString();
    f.message = o.value(QStringLiteral("message")).toString();
    f.trace = o.value(QStringLiteral("trace")).toString();
    f.output = o.value(QStringLiteral("output")).toString();
    f.durationS = o.value(QStringLiteral("duration_s")).toDouble();
    f.startedAt = QDateTime::fromString(o.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    f.startEstimated = o.value(QStringLiteral("start_estimated")).toBool();
    return f;
}

QString runName(const Diagnosis &d, const TestRunLabels &labels)
{
    if (!labels.name.isEmpty())
        return labels.name;
    if (!labels.suite.isEmpty())
        return labels.suite;
    QStringList files;
    for (const QString &f : d.run.files)
        files << f.section(QLatin1Char('/'), -1);
    return files.join(QStringLiteral(", ")).left(200);
}

} // namespace

QString suiteKey(const ImportedRun &run)
{
    QStringList ids;
    ids.reserve(qsizetype(run.timings.size()));
    for (const TestTiming &t : run.timings)
        ids << t.test;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const QByteArray digest
        = QCryptographicHash::hash(ids.join(QLatin1Char('\n')).toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    QStringList suites = run.suites;
    suites.sort();
    return (suites.isEmpty() ? QStringLiteral("tests") : suites.join(QLatin1Char('+')).left(200)) + QLatin1Char(':')
        + QString::fromLatin1(digest);
}

qint64 recordTestRun(RunStore *store, const Diagnosis &d, const TestRunLabels &labels, QString *error)
{
    const QString suite = labels.suite.isEmpty() ? suiteKey(d.run) : labels.suite;
    QJsonArray measurements;
    for (qint64 id : labels.measurementRuns)
        measurements.append(id);
    QString target;
    if (!d.testedTargets.isEmpty())
        target = QStringLiteral("%1:%2")
                     .arg(d.testedTargets.first().endpoint.host)
                     .arg(d.testedTargets.first().endpoint.port);
    const QJsonObject config { { QStringLiteral("suite"), suite },
                               { QStringLiteral("revision"), labels.revision },
                               { QStringLiteral("files"), QJsonArray::fromStringList(d.run.files) },
                               { QStringLiteral("suites"), QJsonArray::fromStringList(d.run.suites) },
                               { QStringLiteral("measurement_runs"), measurements } };
    const qint64 id = store->beginRun(RunKind::TestRun, runName(d, labels), target, QJsonObject(), config, error);
    if (!id)
        return 0;

    QList<StoredTestCase> cases;
    cases.reserve(qsizetype(d.run.timings.size()));
    qsizetype failure = 0; // failures are the failed and erroneous cases, in the same order
    for (const TestTiming &t : d.run.timings) {
        StoredTestCase c { t.test,          testStatusId(t.status), {}, {}, t.startMs, t.durationS,
                           t.flakyAttempts, t.failedReruns };
        if ((t.status == TestStatus::Failed || t.status == TestStatus::Error) && failure < d.run.failures.size()) {
            c.category = d.classifications.value(failure).category;
            c.signatureId = d.signatures.value(failure).id;
            ++failure;
        }
        cases.append(std::move(c));
    }
    QJsonArray failures;
    for (const TestFailure &f : d.run.failures)
        failures.append(failureToJson(f));
    const QJsonObject texts { { QStringLiteral("failures"), failures },
                              { QStringLiteral("warnings"), QJsonArray::fromStringList(d.run.warnings) } };
    QList<std::pair<QString, QString>> signatures;
    QJsonArray causes, uniqueErrors;
    for (const RootCause &rc : d.rootCauses) {
        causes.append(QJsonObject { { QStringLiteral("category"), rc.category },
                                    { QStringLiteral("count"), rc.count },
                                    { QStringLiteral("unique_errors"), int(rc.uniqueErrors.size()) } });
        for (const UniqueError &e : rc.uniqueErrors) {
            signatures.append({ e.signature, rc.category });
            uniqueErrors.append(QJsonObject { { QStringLiteral("signature"), e.signature },
                                              { QStringLiteral("signature_id"), e.id },
                                              { QStringLiteral("category"), e.category },
                                              { QStringLiteral("count"), e.count() } });
        }
    }
    const QJsonObject full = d.toJson();
    const QJsonObject result { { QStringLiteral("summary"), full.value(QStringLiteral("summary")) },
                               { QStringLiteral("root_causes"), causes },
                               { QStringLiteral("unique_errors"), uniqueErrors },
                               { QStringLiteral("jobs_at_once"), d.suiteConcurrency() },
                               { QStringLiteral("suite"), suite },
                               { QStringLiteral("revision"), labels.revision } };
    if (!store->addTestCases(id, cases, qCompress(QJsonDocument(texts).toJson(QJsonDocument::Compact)), signatures,
                             error)) {
        QString ignored;
        store->finishRun(id, RunStatus::Failed, -1, QString(), QJsonObject(), &ignored);
        store->deleteRun(id, &ignored); // stored whole or not at all
        return 0;
    }
    if (!store->finishRun(id, RunStatus::Finished, -1, QString(), result, error))
        return 0;
    return id;
}

std::optional<ImportedRun> loadTestRun(const RunStore &store, qint64 id, QString *error)
{
    bool notFound = false;
    const auto stored = store.loadRun(id, error, &notFound);
    if (!stored)
        return std::nullopt;
    if (!stored->summary.isTestRun()) {
        *error = RunStore::tr("run %1 is a %2, not a test run").arg(id).arg(stored->summary.kindWords());
        return std::nullopt;
    }
    const auto cases = store.testCases(id, error);
    const auto blob = store.testRunFailures(id, error);
    if (!cases || !blob)
        return std::nullopt;
    ImportedRun run;
    for (const QJsonValue &f : stored->config.value(QStringLiteral("files")).toArray())
        run.files << f.toString();
    for (const QJsonValue &s : stored->config.value(QStringLiteral("suites")).toArray())
        run.suites << s.toString();
    const QJsonObject texts = QJsonDocument::fromJson(qUncompress(*blob)).object();
    for (const QJsonValue &f : texts.value(QStringLiteral("failures")).toArray())
        run.failures.append(failureFromJson(f.toObject()));
    for (const QJsonValue &w : texts.value(QStringLiteral("warnings")).toArray())
        run.warnings << w.toString();
    run.timings.reserve(cases->size());
    for (const StoredTestCase &c : *cases) {
        const TestStatus status = statusFromId(c.status);
        run.timings.push_back(
            { c.startMs, float(c.durationS), status, c.test, quint16(c.flakyAttempts), quint16(c.failedReruns) });
        run.counts.add(status);
    }
    return run;
}

} // namespace fathom
