#include "app/diagnosecommand.h"

#include "app/cliutil.h"
#include "app/discovercommand.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/junitimporter.h"
#include "history/diagnosisinputs.h"
#include "history/probeseries.h"
#include "history/runstore.h"
#include "history/testruncomparison.h"
#include "history/testrunrecorder.h"
#include "jira/jirareporter.h"
#include "network/secretstore.h"
#include "network/tokenprovider.h"
#include "network/visibletext.h"
#include "report/reportwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QSaveFile>

namespace fathom {

using commands::tr;

namespace {

/// A cause's unique errors, the most frequent first: count, signature, an example test.
void printUniqueErrors(const Diagnosis &d, const RootCause &rc)
{
    constexpr int kShown = 5;
    cli::out(QStringLiteral("  ") + tr("Unique errors: %1").arg(rc.uniqueErrors.size()));
    for (int i = 0; i < std::min<int>(kShown, int(rc.uniqueErrors.size())); ++i) {
        const UniqueError &e = rc.uniqueErrors[i];
        cli::out(QStringLiteral("    %1 × %2").arg(e.count()).arg(e.headline()));
        const TestFailure &example = d.run.failures[e.failures.constFirst()];
        // The id is what --jira takes; a key says the error was reported already.
        const QString known = e.issueKey.isEmpty() ? QString() : tr(" · known: %1").arg(e.issueKey);
        cli::out(QStringLiteral("      ") + tr("e.g. %1 · id %2%3").arg(example.displayName(), e.id, known));
    }
    if (rc.uniqueErrors.size() > kShown)
        cli::out(QStringLiteral("    ")
                 + tr("… and %1 more (--json lists them all)").arg(rc.uniqueErrors.size() - kShown));
}

void printHuman(const Diagnosis &d)
{
    const TestRunCounts &c = d.run.counts;
    const int failed = d.failedCount();
    cli::out(tr("%1 of %2 tests failed (%3%): %4 failures, %5 errors; %6 passed, %7 skipped.")
                 .arg(failed)
                 .arg(c.total)
                 .arg(c.total > 0 ? qRound(100.0 * failed / c.total) : 0)
                 .arg(c.failed)
                 .arg(c.errors)
                 .arg(c.passed)
                 .arg(c.skipped));
    if (failed > 0)
        cli::out(uniqueErrorsWords(failed, d.uniqueErrorCount()) + QLatin1Char('.'));
    for (const QString &note : d.targetNotes)
        cli::out(note);
    if (!d.recommendations.isEmpty()) {
        cli::out(QString());
        cli::out(tr("What to do, in order:"));
        for (int i = 0; i < d.recommendations.size(); ++i) {
            const Recommendation &r = d.recommendations[i];
            cli::out(QStringLiteral("  %1. %2").arg(i + 1).arg(r.text));
            cli::out(QStringLiteral("     ") + tr("Because: %1").arg(r.because));
        }
    }
    for (const RootCause &rc : d.rootCauses) {
        cli::out(QString());
        cli::out(QStringLiteral("%1 — %2 (%3%)").arg(rc.title).arg(rc.count).arg(qRound(rc.share * 100)));
        cli::out(QStringLiteral("  ") + rc.statement);
        for (const Evidence &e : rc.evidence)
            cli::out(QStringLiteral("  • ") + e.text);
        cli::out(QStringLiteral("  ") + tr("Fix: %1").arg(rc.fix));
        printUniqueErrors(d, rc);
    }
    for (const QString &w : d.run.warnings)
        cli::err(tr("warning: %1").arg(w));
}

/// Makes the measurements the diagnosis lacks against the tested server — its probes one after
/// another, then a capacity discovery where one is missing — and stores them in the run history.
/// The runs stored, in order; `*cancelled` when Ctrl-C cut it short.
QList<qint64> measureMissing(const TargetProfile &given, const QList<MissingMeasurement> &missing, bool *cancelled)
{
    QList<qint64> ids;
    QString error;
    KeychainSecretStore secrets;
    TargetProfile profile = given;
    if (!cli::readTlsPassphrase(&profile, &secrets, &error)) {
        cli::err(tr("warning: no measurements were made: %1").arg(error));
        return ids;
    }
    RunStore store;
    const bool stored = store.open(RunStore::defaultPath(), &error);
    if (!stored)
        cli::err(tr("warning: the measurements are not recorded in the history: %1").arg(error));
    {
        const auto tokens = cli::tokensFor(profile, &secrets);
        ProbeSeries series(profile, tokens, stored ? &store : nullptr, missing);
        cli::InterruptWatcher interrupts;
        QObject::connect(&interrupts, &cli::InterruptWatcher::interrupted, &series, [&] {
            *cancelled = true;
            series.cancel();
        });
        QObject::connect(
            &series, &ProbeSeries::probeStarted, &series, [](int index, int count, const MissingMeasurement &m) {
                cli::progress(
                    tr("measuring what is missing (%1 of %2): %3...").arg(index + 1).arg(count).arg(m.command()));
            });
        QObject::connect(&series, &ProbeSeries::probeFinished, &series, [](const ProbeResult &r, qint64 id) {
            cli::endProgress();
            cli::err(id ? tr("  %1 probe (run %2): %3").arg(probeKindId(r.kind)).arg(id).arg(r.verdict)
                        : tr("  %1 probe: %2").arg(probeKindId(r.kind), r.verdict));
        });
        QEventLoop loop;
        bool done = false;
        QObject::connect(&series, &ProbeSeries::finished, &loop, [&](const QList<qint64> &runIds, bool) {
            ids = runIds;
            done = true;
            loop.quit();
        });
        series.start();
        if (!done) // with no probe to run it finished at once
            loop.exec();
    }
    const bool discoveryMissing = std::any_of(missing.cbegin(), missing.cend(), [](const MissingMeasurement &m) {
        return m.kind == QLatin1String("discovery");
    });
    if (discoveryMissing && !*cancelled) {
        qint64 id = 0;
        discoverOnTerminal(profile, DiscoveryConfig(), QString(), &id, false);
        if (id)
            ids << id;
    }
    return ids;
}

/// `--jira WHAT`: the root cause or unique error of `d` named `what` (a category or a signature
/// id) as a Jira issue. The same JiraReporter the Diagnosis tab uses.
int reportToJira(const Diagnosis &d, const QString &what, bool attachReport)
{
    const RootCause *cause = nullptr;
    const UniqueError *error = nullptr;
    QStringList categories;
    for (const RootCause &rc : d.rootCauses) {
        categories << rc.category;
        if (rc.category == what)
            cause = &rc;
        for (const UniqueError &e : rc.uniqueErrors)
            if (e.id == what) {
                cause = &rc;
                error = &e;
            }
    }
    if (!cause) {
        cli::err(tr("fathom diagnose: --jira %1: no root cause or unique error of this run is called that; its root "
                    "causes are %2, and each unique error's id is printed with it (\"id …\")")
                     .arg(visibleControls(what).left(80), categories.join(QStringLiteral(", "))));
        return cli::BadInput;
    }
    const QString known = error ? error->issueKey : QString();
    if (!known.isEmpty())
        cli::err(tr("note: this error was reported before, as %1; it is reported again").arg(known));
    KeychainSecretStore secrets;
    RunStore store;
    QString storeError;
    const bool kept = store.open(RunStore::defaultPath(), &storeError);
    JiraReporter reporter(&secrets, kept ? &store : nullptr);
    QObject::connect(&reporter, &JiraReporter::step, &reporter, [](const QString &what) { cli::progress(what); });
    cli::InterruptWatcher interrupts;
    QObject::connect(&interrupts, &cli::InterruptWatcher::interrupted, &reporter, &JiraReporter::cancel);
    QEventLoop loop;
    JiraCreated result;
    QObject::connect(&reporter, &JiraReporter::finished, &loop, [&](const JiraCreated &r) {
        result = r;
        loop.quit();
    });
    cli::progress(tr("writing the report for Jira…"));
    const JiraIssueDraft draft = JiraReporter::draft(d, *cause, error, attachReport);
    reporter.report(JiraConfig::load(QSettings()), draft, JiraReporter::signaturesOf(*cause, error), !error);
    if (reporter.busy())
        loop.exec();
    cli::endProgress();
    if (!result.ok()) {
        cli::err(tr("fathom diagnose: the issue was not created in Jira: %1").arg(result.error));
        return cli::Failed;
    }
    cli::out(tr("Reported to Jira as %1: %2").arg(result.key, result.browseUrl.toDisplayString()));
    if (!result.attachmentError.isEmpty())
        cli::err(tr("warning: the report is not attached to %1: %2").arg(result.key, result.attachmentError));
    if (!result.notKept.isEmpty())
        cli::err(tr("warning: the next runs will not show %1 as known: %2")
                     .arg(result.key, kept ? result.notKept : storeError));
    return cli::Ok;
}

} // namespace

int runDiagnoseCommand(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Imports a failed test run (JUnit XML), sorts every failure into a root cause with its evidence, and "
           "writes the analysis as JSON or as a report."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE.xml"), tr("JUnit XML files, or folders of them"),
                            QStringLiteral("FILE.xml..."));
    p.addOption({ QStringLiteral("profile"), tr("the target's profile: its pool, timeouts and auth join the evidence"),
                  QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("rules"), tr("classification rules: Fathom's rules JSON or an Allure categories.json"),
                  QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("run"), tr("a run from the history (discovery or probe) to join; may repeat"),
                  QStringLiteral("ID") });
    p.addOption({ QStringLiteral("json"), tr("write the analysis as JSON (- for stdout)"), QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("report"),
                  tr("write a report: FILE.md, FILE.html, FILE.pdf, or FILE.csv (every failure); may repeat"),
                  QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("export-allure-categories"), tr("write the rules as Allure's categories.json"),
                  QStringLiteral("FILE") });
    p.addOption({ QStringLiteral("save"),
                  tr("store the test run in the run history, to compare it with the next (fathom runs compare)") });
    p.addOption({ QStringLiteral("name"), tr("--save: the run's name (default: the suite, or the files' names)"),
                  QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("suite"),
                  tr("--save: the suite it is a run of (default: its root test suites and its set of tests)"),
                  QStringLiteral("NAME") });
    p.addOption({ QStringLiteral("revision"),
                  tr("--save: the code revision the suite ran against (runs without one count as the same code)"),
                  QStringLiteral("REV") });
    p.addOption({ QStringLiteral("against"),
                  tr("--save: compare with this stored test run (default: the suite's previous run)"),
                  QStringLiteral("ID") });
    p.addOption({ QStringLiteral("jira"),
                  tr("report a root cause (its category, e.g. client_pool_exhausted) or a unique error (its id) to "
                     "Jira as an issue, with the HTML report attached (fathom jira config sets where)"),
                  QStringLiteral("WHAT") });
    p.addOption({ QStringLiteral("jira-without-report"), tr("--jira: attach no report to the issue") });
    p.addOption({ QStringLiteral("measure"),
                  tr("make the measurements the evidence lacks (probes, a capacity discovery) against the tested "
                     "server given by --profile, store them, and diagnose with them") });
    if (const auto end = cli::startCommand(p, arguments, QStringLiteral("diagnose"), -1))
        return *end;
    auto fail = [](const QString &what, int code) {
        cli::err(tr("fathom diagnose: %1").arg(what));
        return code;
    };

    // Everything that can be wrong with the input is checked before anything is imported.
    QString error;
    FailureRules rules = FailureRules::builtIn();
    QString rulesName;
    if (p.isSet(QStringLiteral("rules"))) {
        auto loaded = FailureRules::load(p.value(QStringLiteral("rules")), &error);
        if (!loaded)
            return fail(error, cli::BadInput);
        rules = *loaded;
        rulesName = p.value(QStringLiteral("rules"));
    }
    if (p.isSet(QStringLiteral("export-allure-categories"))) {
        QStringList leftOut;
        const QByteArray json = rules.toAllureCategories(&leftOut);
        QSaveFile f(p.value(QStringLiteral("export-allure-categories")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || f.write(json) < 0 || !f.commit())
            return fail(tr("%1: cannot be written: %2").arg(f.fileName(), f.errorString()), cli::Failed);
        for (const QString &why : leftOut)
            cli::err(tr("fathom diagnose: %1: left out of the categories file").arg(why));
        if (p.positionalArguments().isEmpty())
            return cli::Ok;
    }
    if (p.positionalArguments().isEmpty())
        return fail(tr("give the JUnit XML files to diagnose"), cli::BadInput);
    qint64 against = 0;
    if (p.isSet(QStringLiteral("against"))) {
        bool ok = false;
        against = p.value(QStringLiteral("against")).toLongLong(&ok);
        if (!ok || against <= 0)
            return fail(
                tr("\"%1\" is not a run id; \"fathom runs list\" shows them").arg(p.value(QStringLiteral("against"))),
                cli::BadInput);
    }
    for (const char *option : { "name", "suite", "revision", "against" }) {
        if (p.isSet(QLatin1String(option)) && !p.isSet(QStringLiteral("save")))
            return fail(tr("--%1 names the stored run: give --save too").arg(QLatin1String(option)), cli::BadInput);
        if (p.value(QLatin1String(option)).size() > 200)
            return fail(tr("--%1 is longer than 200 characters").arg(QLatin1String(option)), cli::BadInput);
    }
    if (p.isSet(QStringLiteral("jira-without-report")) && !p.isSet(QStringLiteral("jira")))
        return fail(tr("--jira-without-report goes with --jira"), cli::BadInput);
    if (p.isSet(QStringLiteral("jira"))) {
        const QString problem = JiraConfig::load(QSettings()).problem();
        if (!problem.isEmpty())
            return fail(tr("--jira: %1 (fathom jira config --url URL --project KEY sets it)").arg(problem),
                        cli::BadInput);
    }
    const QStringList reports = p.values(QStringLiteral("report")); // one file per --report
    for (const QString &report : reports) {
        if (!ReportWriter::formatFor(report))
            return fail(
                tr("%1: the report's format comes from its name; end it in .md, .html, .pdf or .csv").arg(report),
                cli::BadInput);
    }

    std::optional<TargetProfile> profile;
    QList<StoredRun> runs;
    if (p.isSet(QStringLiteral("profile"))) {
        profile = TargetProfile::load(p.value(QStringLiteral("profile")), &error);
        if (!profile)
            return fail(error, cli::BadInput);
    }
    if (p.isSet(QStringLiteral("run"))) {
        RunStore store;
        if (!store.open(RunStore::defaultPath(), &error))
            return fail(error, cli::Failed);
        for (const QString &text : p.values(QStringLiteral("run"))) {
            bool ok = false;
            const qint64 id = text.toLongLong(&ok);
            if (!ok || id <= 0)
                return fail(tr("\"%1\" is not a run id; \"fathom runs list\" shows them").arg(text), cli::BadInput);
            auto run = store.loadRun(id, &error);
            if (!run)
                return fail(error.isEmpty() ? tr("there is no run %1; \"fathom runs list\" shows them").arg(id) : error,
                            cli::BadInput);
            runs << *run;
        }
    }

    const QStringList files = JUnitImporter::expandPaths(p.positionalArguments());
    if (files.isEmpty())
        return fail(tr("no .xml files in %1").arg(p.positionalArguments().join(QStringLiteral(", "))), cli::BadInput);
    JUnitImporter importer;
    importer.setProgress([](qint64 done, qint64 total) {
        cli::progress(tr("importing: %1 of %2 MB").arg(done >> 20).arg(total >> 20));
        return true;
    });
    ImportedRun run;
    if (!importer.importFiles(files, &run, &error)) {
        cli::endProgress();
        return fail(error, cli::BadInput);
    }
    cli::endProgress();

    if (p.isSet(QStringLiteral("measure")) && !profile)
        return fail(tr("--measure needs the tested server's profile (--profile FILE): the measurements are made "
                       "against it"),
                    cli::BadInput);
    // Errors reported to Jira before read as known: from the history, where there is one (a
    // diagnosis does not create it).
    RunStore history;
    const RunStore *known = QFileInfo::exists(RunStore::defaultPath()) && history.open(RunStore::defaultPath(), &error)
        ? &history
        : nullptr;
    Diagnosis d = RootCauseAnalysis::analyse(std::move(run), rules, diagnosisInputs(profile, runs, known));
    if (p.isSet(QStringLiteral("measure"))) {
        if (!d.inputs.profile)
            return fail(tr("--measure: the profile \"%1\" is for %2, but the tests talked to another server (%3); "
                           "give that server's profile")
                            .arg(profile->name, profile->baseUrl.toString(), d.testedTargets.first().endpoint.text()),
                        cli::BadInput);
        if (d.missing.isEmpty())
            cli::err(tr("nothing to measure: every cause's evidence has its measurement"));
        bool cancelled = false;
        const QList<qint64> measured = measureMissing(*profile, d.missing, &cancelled);
        RunStore store;
        if (!measured.isEmpty() && store.open(RunStore::defaultPath(), &error)) {
            for (qint64 id : measured)
                if (auto stored = store.loadRun(id, &error))
                    runs << *stored;
        }
        if (cancelled)
            cli::err(tr("measuring stopped: the diagnosis uses what was measured before"));
        d = RootCauseAnalysis::analyse(ImportedRun(d.run), rules, diagnosisInputs(profile, runs, known));
    }
    QStringList comparison;
    if (p.isSet(QStringLiteral("save"))) {
        TestRunLabels labels { visibleControls(p.value(QStringLiteral("name"))),
                               visibleControls(p.value(QStringLiteral("suite"))),
                               visibleControls(p.value(QStringLiteral("revision"))),
                               {} };
        for (const StoredRun &r : std::as_const(runs))
            labels.measurementRuns << r.summary.id;
        RunStore store;
        if (!store.open(RunStore::defaultPath(), &error))
            return fail(tr("the test run was not saved: %1").arg(error), cli::Failed);
        if (against > 0) { // checked before anything is saved
            bool notFound = false;
            const auto other = store.loadRun(against, &error, &notFound);
            if (!other)
                return fail(error, notFound ? cli::BadInput : cli::Failed);
            if (!other->summary.isTestRun())
                return fail(
                    tr("--against %1: that run is a %2, not a test run").arg(against).arg(other->summary.kindWords()),
                    cli::BadInput);
        }
        const qint64 id = recordTestRun(&store, d, labels, &error);
        if (!id)
            return fail(tr("the test run was not saved: %1").arg(error), cli::Failed);
        cli::err(tr("Saved as run %1 (\"fathom runs compare %1 NEXT\" compares it with a later run).").arg(id));
        // Did it get better? Against the suite's previous run, or the one named.
        const qint64 before = against > 0
            ? against
            : previousTestRun(store, id, labels.suite.isEmpty() ? suiteKey(d.run) : labels.suite, &error);
        if (before > 0) {
            bool wrongId = false;
            const auto cmp = compareTestRuns(store, before, id, &error, &wrongId);
            if (!cmp)
                return fail(error, wrongId ? cli::BadInput : cli::Failed);
            for (const QString &line : cmp->summaryLines())
                comparison << QStringLiteral("  ") + line;
            comparison.prepend(tr("Against test run %1 (%2):").arg(before).arg(cmp->before.name));
            for (const TestRunComparison::Test &t : cmp->tests)
                if (t.stability.kind != TestStability::Kind::Stable)
                    comparison << QStringLiteral("  %1  %2  %3")
                                      .arg(TestStability::kindId(t.stability.kind), t.name, t.stability.evidence);
        }
    }
    const QString jsonPath = p.value(QStringLiteral("json"));
    if (!jsonPath.isEmpty() && !cli::writeJson(jsonPath, d.toJson(), &error))
        return fail(error, cli::Failed);
    for (const QString &report : reports) {
        ReportWriter::Options options;
        options.rulesName = rulesName;
        // A PDF of thousands of failures takes a while to lay out (about 4 ms a failure).
        cli::progress(tr("writing %1 (%n failure(s))…", nullptr, int(d.run.failures.size())).arg(report));
        const bool written = ReportWriter::write(d, report, options, &error);
        cli::endProgress();
        if (!written)
            return fail(error, cli::Failed);
        cli::err(tr("report written: %1").arg(report));
    }
    if (jsonPath != QLatin1String("-")) {
        printHuman(d);
        if (!comparison.isEmpty())
            cli::out(QString());
        for (const QString &line : std::as_const(comparison))
            cli::out(line);
    }
    if (p.isSet(QStringLiteral("jira")))
        return reportToJira(d, p.value(QStringLiteral("jira")), !p.isSet(QStringLiteral("jira-without-report")));
    return cli::Ok;
}

} // namespace fathom
