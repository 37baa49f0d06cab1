#include "diagnosis/junitimporter.h"

#include "diagnosis/redaction.h"
#include "diagnosis/stackframe.h"
#include "diagnosis/xmlinputlimiter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <cmath>

namespace fathom {

QString testStatusId(TestStatus s)
{
    switch (s) {
    case TestStatus::Passed:
        return QStringLiteral("passed");
    case TestStatus::Failed:
        return QStringLiteral("failed");
    case TestStatus::Error:
        return QStringLiteral("error");
    case TestStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString testStatusWords(TestStatus s)
{
    switch (s) {
    case TestStatus::Passed:
        return QCoreApplication::translate("fathom::TestStatus", "passed");
    case TestStatus::Failed:
        return QCoreApplication::translate("fathom::TestStatus", "failed");
    case TestStatus::Error:
        return QCoreApplication::translate("fathom::TestStatus", "error");
    case TestStatus::Skipped:
        return QCoreApplication::translate("fathom::TestStatus", "skipped");
    }
    return {};
}

QString allureStatusId(TestStatus s)
{
    return s == TestStatus::Error ? QStringLiteral("broken") : testStatusId(s);
}

namespace {

constexpr int kMaxSuiteDepth = 64;
constexpr int kProgressEvery = 512; ///< test cases between progress calls

/// Keeps the head and the tail of a long text (a traceback ends with the exception, captured
/// logs follow it) and says how much of the middle was cut.
class CappedText
{
public:
    explicit CappedText(qsizetype cap)
        : m_half(cap / 2)
    {
    }
    void append(QStringView s)
    {
        m_total += s.size();
        if (m_head.size() < m_half) {
            qsizetype take = std::min(s.size(), m_half - m_head.size());
            if (take < s.size() && s[take - 1].isHighSurrogate())
                ++take; // never half a character
            m_head += s.left(take);
            s = s.mid(take);
        }
        if (s.isEmpty())
            return;
        m_tail += s;
        if (m_tail.size() > 2 * m_half)
            m_tail.remove(0, m_tail.size() - m_half);
    }
    /// Characters left out before they reached this text (XmlInputLimiter cut them).
    void addCut(qint64 characters) { m_total += characters; }
    bool truncated() const { return m_total > m_head.size() + m_tail.size(); }
    bool isEmpty() const { return m_total == 0; }
    QString text() const
    {
        if (!truncated())
            return m_head + m_tail;
        QString tail = m_tail.right(m_half);
        if (!tail.isEmpty() && tail.front().isLowSurrogate())
            tail.remove(0, 1);
        return m_head + JUnitImporter::tr("\n… [%1 characters cut] …\n").arg(m_total - m_head.size() - tail.size())
            + tail;
    }

private:
    qsizetype m_half;
    qsizetype m_total = 0;
    QString m_head;
    QString m_tail;
};

QDateTime parseTimestamp(QStringView s)
{
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s.toString(), Qt::ISODateWithMs);
    if (!t.isValid()) {
        // pytest writes microseconds ("…T10:23:45.123456"): keep the milliseconds.
        const qsizetype dot = s.indexOf(QLatin1Char('.'));
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < s.size() && s[end].isDigit())
                ++end;
            const QString cut = s.left(std::min(end, dot + 4)).toString() + s.mid(end).toString();
            t = QDateTime::fromString(cut, Qt::ISODateWithMs);
        }
    }
    return t;
}

// A test's duration in seconds, 0 when absent or not credible: beyond a year it is a broken
// writer (found by fuzz_junit: time="1444…0.02" overflowed the start-time estimate).
double parseSeconds(QStringView s)
{
    constexpr double kMaxSeconds = 365.0 * 24 * 3600;
    bool ok = false;
    double v = s.toString().remove(QLatin1Char(',')).toDouble(&ok);
    return ok && std::isfinite(v) && v > 0 && v <= kMaxSeconds ? v : 0;
}

QString capped(QStringView s, qsizetype cap, bool *cut)
{
    if (s.size() <= cap)
        return s.toString();
    *cut = true;
    return s.left(cap).toString() + QStringLiteral("…");
}

/// jest-junit and PHPUnit leave the message out and put everything in the text: the message is
/// then what the text says before its stack trace ("Error: expect(received)… Expected: 200 /
/// Received: 503"), without PHPUnit's first line (the test's own name, "JobsTest::testGuzzle …"),
/// without bats' notes of where it failed, never a Python traceback's header.
QString messageFromTrace(const QString &trace, const QString &classname)
{
    QStringView said(trace);
    if (!classname.isEmpty() && said.startsWith(QString(classname + QLatin1String("::")))) {
        const qsizetype eol = said.indexOf(QLatin1Char('\n'));
        said = eol < 0 ? QStringView() : said.mid(eol + 1);
    }
    QString message;
    for (qsizetype from = 0; from < said.size();) {
        qsizetype eol = said.indexOf(QLatin1Char('\n'), from);
        if (eol < 0)
            eol = said.size();
        const QStringView line = said.mid(from, eol - from);
        from = eol + 1;
        if (isStackFrame(line) || line.startsWith(QLatin1String("Traceback (most recent call last)"))
            || line.trimmed().startsWith(QLatin1String("File \"")) || line.startsWith(QLatin1String("E ")))
            break;
        if (isTestLocation(line)) // bats' "where it failed", quoting the test's name and code
            continue;
        message += line;
        message += QLatin1Char('\n');
        if (message.size() > JUnitImporter::kMaxMessageChars)
            break;
    }
    return message.trimmed().left(JUnitImporter::kMaxMessageChars);
}

class Parser
{
public:
    Parser(QIODevice *device, const QString &name, const JUnitImporter::Progress &progress)
        : m_limiter(device)
        , m_x(&m_limiter)
        , m_device(device)
        , m_name(name)
        , m_progress(progress)
    {
        // Also between the cases: a long text or whitespace holds no case to count.
        if (m_progress)
            m_limiter.setKeepGoing([this] { return m_progress(m_device->pos(), m_device->size()); });
    }

    bool parse(ImportedRun *part, QString *error)
    {
        m_run = part;
        while (!m_x.atEnd() && !m_failed) {
            const auto token = m_x.readNext();
            if (token == QXmlStreamReader::DTD) {
                fail(JUnitImporter::tr("the file declares a document type (DTD); JUnit reports have none, and its "
                                       "entities could expand without bound, so it is refused"));
                break;
            }
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (m_rootSeen) {
                m_x.skipCurrentElement();
                continue;
            }
            m_rootSeen = true;
            const auto root = m_x.name();
            if (root == QLatin1String("testsuites"))
                parseSuites();
            else if (root == QLatin1String("testsuite"))
                parseSuite(QDateTime(), 1);
            else
                fail(JUnitImporter::tr("this is XML but not a JUnit report: the root element is <%1>, expected "
                                       "<testsuites> or <testsuite>")
                         .arg(root));
        }
        if (!m_failed && m_limiter.stopped()) {
            m_cancelled = true;
            fail(JUnitImporter::tr("the import was cancelled"));
        }
        if (!m_failed && m_limiter.failed())
            fail(m_limiter.error(), m_limiter.errorLine());
        if (!m_failed && m_x.hasError())
            failFromReader();
        if (!m_failed && !m_rootSeen)
            fail(JUnitImporter::tr("the file has no XML element at all"));
        if (m_failed)
            *error = m_error;
        return !m_failed;
    }

    bool cancelled() const { return m_cancelled; }

private:
    void fail(const QString &what, qint64 line = 0)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error = QStringLiteral("%1:%2: %3")
                      .arg(m_name)
                      .arg(std::max<qint64>(1, line ? line : m_limiter.realLine(m_x.lineNumber())))
                      .arg(what);
    }

    /// The reader decodes ahead of what it parses, so its line for an encoding error can be an
    /// earlier one: for UTF-8, the line of the first byte sequence that is not UTF-8, read again.
    qint64 lineOfBadEncoding()
    {
        const QStringView declared = m_x.documentEncoding();
        if ((!declared.isEmpty() && declared.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0)
            || m_device->isSequential() || !m_device->seek(0))
            return 0;
        qint64 line = 1;
        int expect = 0; // continuation bytes still due
        char buffer[64 * 1024];
        for (qint64 n; (n = m_device->read(buffer, sizeof buffer)) > 0;) {
            for (qint64 i = 0; i < n; ++i) {
                const auto b = uchar(buffer[i]);
                if (expect > 0) {
                    if ((b & 0xC0) != 0x80)
                        return line;
                    --expect;
                    continue;
                }
                if (b == '\n')
                    ++line;
                else if (b >= 0xC2 && b <= 0xDF)
                    expect = 1;
                else if (b >= 0xE0 && b <= 0xEF)
                    expect = 2;
                else if (b >= 0xF0 && b <= 0xF4)
                    expect = 3;
                else if (b >= 0x80)
                    return line;
            }
        }
        return expect > 0 ? line : 0;
    }

    void failFromReader()
    {
        switch (m_x.error()) {
        case QXmlStreamReader::PrematureEndOfDocumentError:
            if (!m_rootSeen)
                return fail(JUnitImporter::tr("the file is empty: it holds no report"));
            return fail(JUnitImporter::tr("the file ends in the middle of the report: it was cut off, or it was still "
                                          "being written when read (%1)")
                            .arg(m_x.errorString()));
        case QXmlStreamReader::NotWellFormedError:
            if (m_x.errorString().contains(QLatin1String("encoded"), Qt::CaseInsensitive))
                return fail(JUnitImporter::tr("the text is not valid in its encoding (%1): save the file as UTF-8, "
                                              "or declare its encoding in <?xml … encoding=\"…\"?>")
                                .arg(m_x.errorString()),
                            lineOfBadEncoding());
            if (m_x.lineNumber() <= 1 && m_x.columnNumber() <= 1)
                return fail(
                    JUnitImporter::tr("this is not XML (%1); JUnit reports are XML files").arg(m_x.errorString()));
            return fail(JUnitImporter::tr("not well-formed XML: %1").arg(m_x.errorString()));
        default:
            return fail(JUnitImporter::tr("cannot be read as XML: %1").arg(m_x.errorString()));
        }
    }

    bool keepGoing()
    {
        if (m_failed)
            return false;
        if (m_progress && ++m_sinceProgress >= kProgressEvery) {
            m_sinceProgress = 0;
            if (!m_progress(m_device->pos(), m_device->size())) {
                m_cancelled = true;
                fail(JUnitImporter::tr("the import was cancelled"));
                return false;
            }
        }
        return true;
    }

    void parseSuites()
    {
        while (!m_failed && m_x.readNextStartElement()) {
            if (m_x.name() == QLatin1String("testsuite"))
                parseSuite(QDateTime(), 1);
            else
                m_x.skipCurrentElement();
        }
    }

    void parseSuite(const QDateTime &parentStart, int depth)
    {
        if (depth > kMaxSuiteDepth)
            return fail(JUnitImporter::tr("test suites nested more than %1 deep").arg(kMaxSuiteDepth));
        const auto attrs = m_x.attributes();
        const QString suite = attrs.value(QLatin1String("name")).toString();
        if (depth == 1 && !suite.isEmpty() && !m_run->suites.contains(suite))
            m_run->suites << redactSecrets(suite.left(1024));
        QDateTime start = parseTimestamp(attrs.value(QLatin1String("timestamp")));
        if (!start.isValid())
            start = parentStart;
        const int declaredTests = attrs.value(QLatin1String("tests")).toInt();
        const int casesBefore = m_run->counts.total;
        double elapsed = 0; // cases in a suite run one after another: the next starts when this ends
        while (!m_failed && m_x.readNextStartElement()) {
            const auto name = m_x.name();
            if (name == QLatin1String("testcase")) {
                const QDateTime estimate = start.isValid() ? start.addMSecs(qint64(elapsed * 1000)) : QDateTime();
                elapsed += parseCase(suite, estimate);
                if (!keepGoing())
                    return;
            } else if (name == QLatin1String("testsuite")) {
                parseSuite(start, depth + 1);
            } else {
                m_x.skipCurrentElement();
            }
        }
        const int cases = m_run->counts.total - casesBefore;
        if (!m_failed && declaredTests > cases && depth == 1)
            m_run->warnings << JUnitImporter::tr("%1: suite \"%2\" says it has %3 tests, but %4 are in the file")
                                   .arg(m_name, suite)
                                   .arg(declaredTests)
                                   .arg(cases);
    }

    /// Returns the case's duration in seconds.
    double parseCase(const QString &suite, const QDateTime &estimatedStart)
    {
        const auto attrs = m_x.attributes();
        TestFailure f;
        f.file = m_name;
        f.line = int(m_limiter.realLine(m_x.lineNumber()));
        f.suite = suite;
        bool cut = false;
        f.classname = capped(attrs.value(QLatin1String("classname")), 1024, &cut);
        f.name = capped(attrs.value(QLatin1String("name")), 1024, &cut);
        f.durationS = parseSeconds(attrs.value(QLatin1String("time")));
        f.startedAt = parseTimestamp(attrs.value(QLatin1String("timestamp")));
        if (!f.startedAt.isValid() && estimatedStart.isValid()) {
            f.startedAt = estimatedStart;
            f.startEstimated = true;
        }

        bool hasFailure = false, hasError = false, hasSkip = false;
        quint16 flakyAttempts = 0, failedReruns = 0;
        CappedText trace(JUnitImporter::kMaxTextChars);
        CappedText output(JUnitImporter::kMaxTextChars);
        while (!m_failed && m_x.readNextStartElement()) {
            const auto name = m_x.name();
            const bool isFailure = name == QLatin1String("failure");
            const bool isError = name == QLatin1String("error");
            if (isFailure || isError) {
                // The first failure or error is the case's; more (a teardown error) join its trace.
                const auto a = m_x.attributes();
                if (!hasFailure && !hasError) {
                    f.message = capped(a.value(QLatin1String("message")), JUnitImporter::kMaxMessageChars, &cut);
                    f.type = capped(a.value(QLatin1String("type")), 1024, &cut);
                } else {
                    trace.append(u"\n\n");
                    trace.append(a.value(QLatin1String("message")).left(JUnitImporter::kMaxMessageChars));
                    trace.append(u"\n");
                }
                hasFailure = hasFailure || isFailure;
                hasError = hasError || isError;
                readText(&trace);
            } else if (name == QLatin1String("skipped")) {
                hasSkip = true;
                m_x.skipCurrentElement();
            } else if (name == QLatin1String("system-out") || name == QLatin1String("system-err")) {
                if (!hasFailure && !hasError) {
                    // JUnit's schema puts <failure>/<error> first: a case without one by now passed,
                    // and its output (most of a big file) is not kept.
                    m_x.skipCurrentElement();
                    continue;
                }
                if (!output.isEmpty())
                    output.append(u"\n");
                readText(&output);
            } else if (name == QLatin1String("flakyFailure") || name == QLatin1String("flakyError")) {
                flakyAttempts = std::min<int>(flakyAttempts + 1, 0xffff);
                m_x.skipCurrentElement();
            } else if (name == QLatin1String("rerunFailure") || name == QLatin1String("rerunError")) {
                failedReruns = std::min<int>(failedReruns + 1, 0xffff);
                m_x.skipCurrentElement();
            } else {
                m_x.skipCurrentElement(); // properties, …
            }
        }
        if (m_failed)
            return 0;
        f.status = hasFailure ? TestStatus::Failed
            : hasError        ? TestStatus::Error
            : hasSkip         ? TestStatus::Skipped
                              : TestStatus::Passed;
        m_run->counts.add(f.status);
        // Every text from outside is redacted, names too ("test_login[password=…]").
        f.name = redactSecrets(f.name);
        f.classname = redactSecrets(f.classname);
        m_run->timings.push_back({ f.startedAt.isValid() ? f.startedAt.toMSecsSinceEpoch() : -1, float(f.durationS),
                                   f.status, f.displayName(), flakyAttempts, failedReruns });
        if (f.status == TestStatus::Failed || f.status == TestStatus::Error) {
            cut = cut || trace.truncated() || output.truncated();
            f.message = redactSecrets(f.message);
            f.trace = redactSecrets(trace.text());
            if (f.message.isEmpty())
                f.message = messageFromTrace(f.trace, f.classname);
            f.output = redactSecrets(output.text());
            if (cut)
                m_run->warnings << JUnitImporter::tr("%1:%2: the texts of %3 were too long and were cut")
                                       .arg(m_name)
                                       .arg(f.line)
                                       .arg(f.displayName());
            const double duration = f.durationS;
            m_run->failures.append(std::move(f));
            return duration;
        }
        return f.durationS;
    }

    /// The text of the current element (and of anything nested in it), capped as it streams.
    void readText(CappedText *into)
    {
        const qint64 cutBefore = m_limiter.textCharactersCut();
        int depth = 1;
        while (depth > 0 && !m_x.atEnd()) {
            switch (m_x.readNext()) {
            case QXmlStreamReader::Characters:
                into->append(m_x.text());
                break;
            case QXmlStreamReader::StartElement:
                ++depth;
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                break;
            default:
                break;
            }
        }
        into->addCut(m_limiter.textCharactersCut() - cutBefore);
    }

    XmlInputLimiter m_limiter; // before the reader, which reads from it
    QXmlStreamReader m_x;
    QIODevice *m_device;
    QString m_name;
    const JUnitImporter::Progress &m_progress;
    ImportedRun *m_run = nullptr;
    int m_sinceProgress = 0;
    bool m_rootSeen = false;
    bool m_failed = false;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace

bool JUnitImporter::importDevice(QIODevice *device, const QString &name, ImportedRun *run, QString *error)
{
    m_cancelled = false;
    ImportedRun part;
    Parser parser(device, name, m_progress);
    if (!parser.parse(&part, error)) {
        m_cancelled = parser.cancelled();
        return false;
    }
    run->files << name;
    for (const QString &suite : std::as_const(part.suites))
        if (!run->suites.contains(suite))
            run->suites << suite;
    run->counts.total += part.counts.total;
    run->counts.passed += part.counts.passed;
    run->counts.failed += part.counts.failed;
    run->counts.errors += part.counts.errors;
    run->counts.skipped += part.counts.skipped;
    run->failures.append(std::move(part.failures));
    run->timings.insert(run->timings.end(), part.timings.begin(), part.timings.end());
    run->warnings << part.warnings;
    return true;
}

bool JUnitImporter::importFile(const QString &path, ImportedRun *run, QString *error)
{
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        *error = tr("%1: is a folder; give the JUnit XML files in it").arg(path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be opened: %2").arg(path, file.errorString());
        return false;
    }
    return importDevice(&file, path, run, error);
}

QStringList JUnitImporter::expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (QFileInfo(path).isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList({ QStringLiteral("*.xml") }, QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << path;
        }
    }
    return files;
}

bool JUnitImporter::importFiles(const QStringList &paths, ImportedRun *run, QString *error)
{
    ImportedRun all = *run;
    for (const QString &path : paths)
        if (!importFile(path, &all, error))
            return false;
    *run = std::move(all);
    return true;
}

} // namespace fathom
