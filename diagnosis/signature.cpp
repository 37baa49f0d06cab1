#include "diagnosis/signature.h"

#include "diagnosis/failurerules.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace fathom {

namespace {

constexpr qsizetype kMaxTextChars = 300;
constexpr int kMaxLines = 2;
constexpr int kMaxFrames = 3;

// One pass over the text: the first alternative that matches at a position wins, so the longer
// and more specific shapes come first (a URL before the IP address in it, a timestamp before
// its numbers, a duration before a bare number).
const QRegularExpression &tokens()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<url>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s'"<>()\[\]{}]+))"
        R"(|(?<time>\b\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b)"
        R"(|\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\b))"
        R"(|(?<uuid>\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b))"
        // An address, with the name before it in Java's "focus.lab/10.0.0.7" and "/127.0.0.1".
        R"(|(?<ip>(?<![\w.-])(?:[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*)?/\d{1,3}(?:\.\d{1,3}){3}\b)"
        R"(|\b\d{1,3}(?:\.\d{1,3}){3}\b|\[[0-9a-fA-F]*:[0-9a-fA-F:.]*\]))"
        R"(|(?<hostkw>\bhost=(?:'[^'\n]*'|"[^"\n]*"|[^\s,)]+)))"
        // name:port, but not a source file and its line (server.py:48, http.js:599).
        R"(|(?<hostport>\b(?:localhost|[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+)(?<!\.py|\.js|\.cjs|\.mjs|\.ts|\.java|\.kt|\.go|\.rb|\.php|\.cs|\.cpp|\.cc|\.c|\.h|\.scala|\.rs|\.swift|\.groovy)(?=:\d{1,5}\b)))"
        R"(|(?<hex>\b0x[0-9a-fA-F]+\b|\b(?=[0-9a-fA-F]*[0-9])(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}\b))"
        R"(|(?<duration>(?<![\w.])\d+(?:\.\d+)?\s?(?:ms|us|µs|ns|s|sec|secs|seconds?|min|minutes?|h|hours?)\b))"
        R"(|(?<num>(?<![\w.])\d+(?:\.\d+)?(?!\w)))"));
    return re;
}

QStringView lineBefore(QStringView text, qsizetype pos, qsizetype reach)
{
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), pos - 1) + 1;
    const qsizetype from = std::max(lineStart, pos - reach);
    return text.mid(from, pos - from);
}

// An HTTP status keeps its number: it is what tells a 503 from a 429 or a 500.
bool isHttpStatus(QStringView text, qsizetype start, qsizetype end)
{
    if (end - start != 3)
        return false;
    const int value = text.mid(start, 3).toInt();
    if (value < 200 || value > 599) // 1xx never ends a test
        return false;
    static const QRegularExpression reason(
        QStringLiteral(R"(^\s*(?:OK|Created|Accepted|No Content|Moved|Found|Not Modified|Bad Request|Unauthori[sz]ed|)"
                       R"(Forbidden|Not Found|Method Not Allowed|Conflict|Gone|Payload Too Large|Unprocessable|)"
                       R"(Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|)"
                       R"(Gateway Time-?out|Server Error|Client Error|error\b))"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringView after = text.mid(end);
    if (reason.match(after).hasMatch())
        return true;
    if (after.startsWith(QLatin1Char(']')) && start > 0 && text[start - 1] == QLatin1Char('['))
        return true; // <Response [503]>
    const QStringView rest = after.trimmed();
    if (!rest.isEmpty() && rest.front().isLetter())
        return false; // "200 jobs": a count
    if (rest.startsWith(QLatin1String("==")) || rest.startsWith(QLatin1String("!=")))
        return true; // assert 503 == 201
    static const QRegularExpression context(
        QStringLiteral(R"(status|http|code|response|expected|received|but was|\bgot\b|assert|returned|error|==|!=|)"
                       R"(toBe|equal)"),
        QRegularExpression::CaseInsensitiveOption);
    return context.match(lineBefore(text, start, 40)).hasMatch();
}

bool followsHostOrPortWord(QStringView text, qsizetype start, const QString &out)
{
    if (out.endsWith(QLatin1String("<host>:")))
        return true;
    static const QRegularExpression portWord(QStringLiteral(R"(\bport\s*[=:]?\s*$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    return portWord.match(lineBefore(text, start, 12)).hasMatch();
}

QString normaliseUrl(QStringView url)
{
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    QString out = url.left(schemeEnd + 3).toString();
    QStringView rest = url.mid(schemeEnd + 3);
    qsizetype authorityEnd = rest.indexOf(QLatin1Char('/'));
    for (QChar stop : { QLatin1Char('?'), QLatin1Char('#') }) {
        const qsizetype at = rest.indexOf(stop);
        if (at >= 0 && (authorityEnd < 0 || at < authorityEnd))
            authorityEnd = at;
    }
    if (authorityEnd < 0)
        authorityEnd = rest.size();
    QStringView authority = rest.left(authorityEnd);
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0)
        authority = authority.mid(at + 1);
    const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
    const bool hasPort = colon >= 0 && !authority.endsWith(QLatin1Char(']'));
    out += QLatin1String("<host>");
    if (hasPort)
        out += QLatin1String(":<port>");
    rest = rest.mid(authorityEnd);
    const qsizetype queryAt = rest.indexOf(QLatin1Char('?'));
    out += normaliseFailureText(queryAt < 0 ? rest : rest.left(queryAt));
    if (queryAt >= 0) {
        static const QRegularExpression value(QStringLiteral(R"(=[^&#]*)"));
        out += rest.mid(queryAt).toString().replace(value, QStringLiteral("=<value>"));
    }
    return out;
}

QString bareTestName(const QString &name)
{
    // "test_submit[31]", "javaNetHttpClient[connect timeout]", "testX()"
    qsizetype end = name.size();
    for (QChar c : { QLatin1Char('['), QLatin1Char('(') })
        if (const qsizetype at = name.indexOf(c); at > 0)
            end = std::min(end, at);
    return name.left(end).trimmed();
}

bool isLibraryFrame(QStringView frame)
{
    static const QRegularExpression library(
        QStringLiteral(R"(node_modules/|\bnode:|site-packages/|dist-packages/|/usr/(?:local/)?lib/|lib/python|/gems/|)"
                       R"(\bvendor/|<frozen|/go/src/|^runtime/|^testing/|^(?:java|javax|jdk|sun|com\.sun|kotlin|)"
                       R"(kotlinx|scala|org\.junit|org\.apache|org\.gradle|org\.testng|org\.opentest4j|okhttp3|okio|)"
                       R"(io\.netty|reactor|org\.springframework|worker\.org\.gradle|org\.eclipse|org\.assertj)[./]|)"
                       R"(^(?:process\.|processTicksAndRejections|listOnTimeout|new Promise|Generator\.next|)"
                       R"(Timeout\.<anonymous>|Object\.<anonymous>|Module\.|Function\.|Array\.forEach))"));
    return library.match(frame).hasMatch();
}

// The frames of the test's own code in a trace, innermost kind first as the trace lists them:
// each a function's name (or a file's, where the trace gives no function), the test's own
// name as <test>. Library and runtime frames, line numbers and columns are left out.
QStringList ownFrames(const TestFailure &f)
{
    static const QRegularExpression frameLine(
        QStringLiteral(R"re(^\s+at (?:async )?(?<func>[^\s(]+(?: \[as [^\]]+\])?)\s*(?:\((?<loc>[^)]*)\))?\s*$)re"
                       R"re(|^\s*File "(?<pyloc>[^"]+)", line \d+, in (?<pyfunc>\S+))re"
                       R"re(|^(?<pytest>[^\s:]+\.py):\d+: )re"
                       R"re(|^\s+(?<go>[^\s:]+\.go):\d+)re"
                       R"re(|^\s*(?:# )?(?<rbloc>[^\s:]+\.rb):\d+:in [`'](?<rbfunc>[^']+)')re"
                       R"re(|^#\d+ (?<phploc>\S+\.php)\(\d+\): (?<phpfunc>[^(\s]+))re"
                       R"re(|^(?<phpfile>/\S+\.php):\d+$)re"));
    const QString &trace = f.trace.isEmpty() ? f.output : f.trace;
    const QString testName = bareTestName(f.name);
    QStringList frames;
    qsizetype from = 0;
    while (from < trace.size() && frames.size() < kMaxFrames) {
        qsizetype end = trace.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            end = trace.size();
        const QStringView line = QStringView(trace).mid(from, end - from);
        from = end + 1;
        // Most lines are not frames: a cheap look before the regex.
        if (!(line.contains(QLatin1String("at ")) || line.contains(QLatin1String(".py"))
              || line.contains(QLatin1String(".go:")) || line.contains(QLatin1String(".rb:"))
              || line.contains(QLatin1String(".php"))))
            continue;
        const QRegularExpressionMatch m = frameLine.match(line);
        if (!m.hasMatch())
            continue;
        QString func, loc;
        for (auto [f1, l1] : { std::pair { u"func", u"loc" }, std::pair { u"pyfunc", u"pyloc" },
                               std::pair { u"rbfunc", u"rbloc" }, std::pair { u"phpfunc", u"phploc" } }) {
            if (m.capturedLength(QStringView(f1)) > 0) {
                func = m.captured(QStringView(f1));
                loc = m.captured(QStringView(l1));
            }
        }
        for (const char16_t *file : { u"pytest", u"go", u"phpfile" })
            if (m.capturedLength(QStringView(file)) > 0)
                loc = m.captured(QStringView(file));
        if (isLibraryFrame(func) || isLibraryFrame(loc))
            continue;
        // A file's name, not its folder: the same code checked out elsewhere is the same frame.
        const QString file = loc.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), 0, 0);
        QString key;
        if (func.isEmpty()) {
            key = file;
        } else {
            const QString last = func.section(QLatin1Char('.'), -1);
            key = !testName.isEmpty() && (last == testName || func == testName)
                ? QString(func).replace(func.size() - last.size(), last.size(), QStringLiteral("<test>"))
                : func;
            if (!file.isEmpty() && file != func)
                key += QStringLiteral(" (") + file + QLatin1Char(')');
        }
        key = normaliseFailureText(key);
        if (frames.isEmpty() || frames.constLast() != key)
            frames << key;
    }
    return frames;
}

bool isInformative(QStringView message)
{
    const QStringView m = message.trimmed();
    return !m.isEmpty() && m.compare(QLatin1String("failed"), Qt::CaseInsensitive) != 0
        && m.compare(QLatin1String("failure"), Qt::CaseInsensitive) != 0
        && m.compare(QLatin1String("error"), Qt::CaseInsensitive) != 0;
}

// The first lines of what the failure says: its message, else the errors of its trace or output
// (without frame lines and a runner's "=== RUN" chatter).
QStringList sayingLines(const TestFailure &f)
{
    static const QRegularExpression frameOnly(QStringLiteral(R"(^\S+:\d+: \w+$)")); // pytest's "x.py:48: ReadTimeout"
    const QString source = isInformative(f.message) ? f.message : FailureText::of(f).text;
    QStringList lines;
    for (QStringView line : QStringView(source).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.startsWith(QLatin1String("E ")) || line == QLatin1String("E"))
            line = line.mid(1).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("=== ")) || line.startsWith(QLatin1String("--- FAIL"))
            || line.startsWith(QLatin1String("Traceback (most recent call last)")) || frameOnly.match(line).hasMatch())
            continue;
        lines << line.toString();
        if (lines.size() == kMaxLines)
            break;
    }
    return lines;
}

bool isGenericType(const QString &type)
{
    return type.isEmpty() || type == QLatin1String("failure") || type == QLatin1String("error")
        || type == QLatin1String("None");
}

} // namespace

QString normaliseFailureText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = tokens().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart(), end = m.capturedEnd();
        out += text.mid(at, start - at);
        at = end;
        if (m.capturedLength(u"url") > 0) {
            QStringView url = m.capturedView(u"url");
            // A sentence's full stop or colon after a URL is not part of it.
            while (!url.isEmpty() && QStringLiteral(".,:;").contains(url.back())) {
                url.chop(1);
                at = start + url.size();
            }
            out += normaliseUrl(url);
        } else if (m.capturedLength(u"time") > 0) {
            out += QLatin1String("<time>");
        } else if (m.capturedLength(u"uuid") > 0) {
            out += QLatin1String("<uuid>");
        } else if (m.capturedLength(u"ip") > 0) {
            out += QLatin1String("<host>"); // a name or an address: where, not what
        } else if (m.capturedLength(u"hostkw") > 0) {
            out += QLatin1String("host=<host>");
        } else if (m.capturedLength(u"hostport") > 0) {
            out += QLatin1String("<host>");
        } else if (m.capturedLength(u"hex") > 0) {
            out += QLatin1String("<hex>");
        } else if (m.capturedLength(u"duration") > 0) {
            out += QLatin1String("<duration>");
        } else if (isHttpStatus(text, start, end)) {
            out += text.mid(start, end - start);
        } else {
            out += followsHostOrPortWord(text, start, out) ? QLatin1String("<port>") : QLatin1String("<num>");
        }
    }
    out += text.mid(at);
    return out;
}

FailureSignature FailureSignature::of(const TestFailure &f)
{
    QString said = normaliseFailureText(sayingLines(f).join(QLatin1Char('\n')));
    if (said.size() > kMaxTextChars)
        said = said.left(kMaxTextChars) + QStringLiteral("…");
    FailureSignature s;
    if (!isGenericType(f.type)) {
        const QString shortType = f.type.section(QLatin1Char('.'), -1).section(QLatin1Char('\\'), -1);
        if (!said.startsWith(f.type) && !said.startsWith(shortType))
            s.text = f.type + (said.isEmpty() ? QString() : QStringLiteral(": "));
    }
    s.text += said;
    const QStringList frames = ownFrames(f);
    if (!frames.isEmpty())
        s.text += QStringLiteral("\nat ") + frames.join(QStringLiteral(" < "));
    if (s.text.isEmpty())
        s.text = testStatusId(f.status); // a failure that says nothing at all
    s.id = idOf(s.text);
    return s;
}

QString FailureSignature::idOf(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace fathom
