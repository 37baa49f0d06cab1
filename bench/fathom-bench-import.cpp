// fathom-bench-import: how fast a large JUnit file imports, how much memory that takes, how
// long classifying and analysing its failures take, and what the failures' signatures add to
// that, how long a run takes to save in the run history and two saved runs to compare. Not a
// test: it prints figures.
//
//   fathom-bench-import [--cases 100000] [--size-mb 50] [--failure-share 0.1] [--repeat 3]
//
// The file is written first (pytest-like: passing cases with captured output, failing ones with
// tracebacks and logs), then imported `repeat` times; the best and the median are printed, with
// the process's peak memory before and after, as JSON.
#include "diagnosis/diagnosis.h"
#include "diagnosis/junitimporter.h"
#include "history/runstore.h"
#include "history/testruncomparison.h"
#include "history/testrunrecorder.h"
#include "report/reportwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace fathom;

namespace {

/// VmRSS or VmHWM of this process, in MB.
double statusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

const char *const kFailures[] = {
    "requests.exceptions.ConnectTimeout: HTTPConnectionPool(host='focus', port=80): Max retries exceeded with url: "
    "/jobs (Caused by ConnectTimeoutError(&lt;urllib3.connection.HTTPConnection object at 0x7f&gt;, 'Connection to "
    "focus timed out. (connect timeout=60)'))",
    "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='focus', port=80): Read timed out. (read timeout=60)",
    "requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: http://focus/jobs",
    "APIError: 503: {&quot;error&quot;: &quot;waiting for fiber&quot;}",
    "requests.exceptions.ConnectionError: ('Connection aborted.', RemoteDisconnected('Remote end closed connection "
    "without response'))",
    "AssertionError: assert 'running' == 'done'",
};

/// Writes `cases` test cases of about `bytes` in all; returns the real size.
qint64 writeReport(const QString &path, int cases, qint64 bytes, double failureShare)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("<?xml version=\"1.0\" encoding=\"utf-8\"?><testsuites><testsuite name=\"pytest\" "
            "timestamp=\"2025-11-07T10:00:00.000000\" tests=\""
            + QByteArray::number(cases) + "\">\n");
    const int failing = int(cases * failureShare);
    const int every = failing > 0 ? cases / failing : cases + 1;
    QByteArray trace;
    for (int i = 0; i < 40; ++i)
        trace += "    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):\n";
    // Passing cases carry captured output sized so that the whole file reaches `bytes`.
    const qint64 failingBytes = qint64(failing) * (trace.size() + 600);
    const qint64 perPass = std::max<qint64>(0, (bytes - failingBytes) / std::max(1, cases - failing) - 150);
    const QByteArray passOutput = QByteArray(perPass, 'o');
    for (int i = 0; i < cases; ++i) {
        QByteArray c = "<testcase classname=\"tests.test_jobs\" name=\"test_job_" + QByteArray::number(i)
            + "\" time=\"0.0" + QByteArray::number(i % 90 + 10) + "\">";
        if (i % every == every - 1) {
            const char *message = kFailures[(i / every) % std::size(kFailures)];
            c += "<failure message=\"" + QByteArray(message) + "\">" + trace + "E   " + message
                + "</failure><system-err>WARNING urllib3.connectionpool Connection pool is full, discarding "
                  "connection: focus. Connection pool size: 10</system-err>";
        } else {
            c += "<system-out>" + passOutput + "</system-out>";
        }
        c += "</testcase>\n";
        f.write(c);
    }
    f.write("</testsuite></testsuites>\n");
    return f.size();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    // Fonts and painting for the PDF report, without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({ QStringLiteral("cases"), QStringLiteral("test cases in the file"), QStringLiteral("N"),
                  QStringLiteral("100000") });
    p.addOption({ QStringLiteral("size-mb"), QStringLiteral("file size"), QStringLiteral("MB"), QStringLiteral("50") });
    p.addOption({ QStringLiteral("failure-share"), QStringLiteral("share of failing cases"), QStringLiteral("F"),
                  QStringLiteral("0.1") });
    p.addOption(
        { QStringLiteral("repeat"), QStringLiteral("imports to time"), QStringLiteral("N"), QStringLiteral("3") });
    p.process(app);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.xml"));
    const int cases = p.value(QStringLiteral("cases")).toInt();
    const qint64 size = writeReport(path, cases, p.value(QStringLiteral("size-mb")).toLongLong() << 20,
                                    p.value(QStringLiteral("failure-share")).toDouble());
    const double rssBefore = statusMb("VmRSS:");

    std::vector<double> importMs, analyseMs, signatureMs, saveMs;
    double rssAfter = 0;
    int failures = 0;
    RunStore history;
    QString historyError;
    if (!history.open(dir.filePath(QStringLiteral("runs.sqlite")), &historyError))
        qFatal("%s", qPrintable(historyError));
    QList<qint64> saved;
    double pdfMs = 0, htmlMs = 0, htmlMb = 0;
    for (int r = 0; r < std::max(1, p.value(QStringLiteral("repeat")).toInt()); ++r) {
        ImportedRun run;
        QString error;
        JUnitImporter importer;
        QElapsedTimer t;
        t.start();
        if (!importer.importFile(path, &run, &error))
            qFatal("%s", qPrintable(error));
        importMs.push_back(t.nsecsElapsed() / 1e6);
        rssAfter = std::max(rssAfter, statusMb("VmRSS:"));
        failures = int(run.failures.size());
        // The signatures alone (analyse() makes them too): their share of import and analysis.
        t.restart();
        qsizetype signatureChars = 0;
        for (const TestFailure &f : std::as_const(run.failures))
            signatureChars += FailureSignature::of(f).text.size();
        signatureMs.push_back(t.nsecsElapsed() / 1e6);
        if (signatureChars == 0 && failures > 0)
            qFatal("no signature text");
        t.restart();
        const Diagnosis d = RootCauseAnalysis::analyse(std::move(run), FailureRules::builtIn(), {});
        analyseMs.push_back(t.nsecsElapsed() / 1e6);
        if (d.run.counts.total != cases)
            qFatal("imported %d cases, wrote %d", d.run.counts.total, cases);
        if (r == 0) { // the PDF report of its failures, once
            t.restart();
            if (!ReportWriter::pdf(d, dir.filePath(QStringLiteral("report.pdf")), {}, &historyError))
                qFatal("%s", qPrintable(historyError));
            pdfMs = t.nsecsElapsed() / 1e6;
            // The HTML report, as Report to Jira attaches it: every failure in its appendix.
            t.restart();
            htmlMb = double(ReportWriter::html(d).toUtf8().size()) / (1 << 20);
            htmlMs = t.nsecsElapsed() / 1e6;
        }
        t.restart();
        saved << recordTestRun(&history, d, { QStringLiteral("bench"), {}, {}, {} }, &historyError);
        saveMs.push_back(t.nsecsElapsed() / 1e6);
        if (!saved.last())
            qFatal("%s", qPrintable(historyError));
    }
    // Two stored runs of every case compared (the first and the last saved).
    std::vector<double> compareMs;
    for (int r = 0; r < 3; ++r) {
        QElapsedTimer t;
        t.start();
        const auto cmp = compareTestRuns(history, saved.first(), saved.last(), &historyError);
        compareMs.push_back(t.nsecsElapsed() / 1e6);
        if (!cmp || cmp->tests.size() < cases / 2)
            qFatal("compare: %s", qPrintable(historyError));
    }
    const QJsonObject out {
        { QStringLiteral("cases"), cases },
        { QStringLiteral("failures_kept"), failures },
        { QStringLiteral("file_mb"), double(size) / (1 << 20) },
        { QStringLiteral("import_ms_best"), *std::min_element(importMs.begin(), importMs.end()) },
        { QStringLiteral("import_ms_median"), median(importMs) },
        { QStringLiteral("import_mb_per_s"), double(size) / (1 << 20) / (median(importMs) / 1000) },
        { QStringLiteral("classify_and_analyse_ms_median"), median(analyseMs) },
        { QStringLiteral("signatures_ms_median"), median(signatureMs) },
        { QStringLiteral("signatures_share_of_import_and_analysis"),
          median(signatureMs) / (median(importMs) + median(analyseMs) - median(signatureMs)) },
        { QStringLiteral("save_to_history_ms_median"), median(saveMs) },
        { QStringLiteral("pdf_report_ms"), pdfMs },
        { QStringLiteral("html_report_ms"), htmlMs },
        { QStringLiteral("html_report_mb"), htmlMb },
        { QStringLiteral("compare_two_runs_ms_median"), median(compareMs) },
        { QStringLiteral("rss_mb_before"), rssBefore },
        { QStringLiteral("rss_mb_with_run_in_memory"), rssAfter },
        { QStringLiteral("peak_rss_mb"), statusMb("VmHWM:") },
    };
    std::fputs(QJsonDocument(out).toJson().constData(), stdout);
    return 0;
}
