#include "diagnosis/failurerules.h"

#include <QCoreApplication>

#include "diagnosis/categories.h"

#include "diagnosis/stackframe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace fathom {

namespace {

const QString kFormat = QStringLiteral("fathom-rules");

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

/// A regex as a group inside a larger one. \E closes a \Q quote the regex left open (a
/// quote runs to the end of the pattern, and would swallow what the wrapper adds after it); where
/// nothing is quoted, both PCRE and Java ignore it.
QString group(const QString &regex)
{
    return QStringLiteral("(?:") + regex + QStringLiteral("\\E)");
}

/// A search regex as a Java full-match regex (Allure uses String.matches): any text around it.
QString asFullMatch(const QStringList &searchRegexes)
{
    if (searchRegexes.size() == 1)
        return QStringLiteral("(?s).*") + group(searchRegexes.first()) + QStringLiteral(".*");
    QString all = QStringLiteral("(?s)");
    for (const QString &r : searchRegexes)
        all += QStringLiteral("(?=.*") + group(r) + QStringLiteral(")");
    return all + QStringLiteral(".*");
}

/// A textRegex as an Allure traceRegex: the match must be on a line that says something
/// (not indented, not pytest's ">" line): tracebacks quote source code on indented lines.
QString asFullMatchOnSaidLine(const QString &searchRegex)
{
    return QStringLiteral("(?s)(?:.*\\n)?(?![ \\t>])[^\\n]*?") + group(searchRegex) + QStringLiteral(".*");
}

QString slug(const QString &name)
{
    QString s;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            s += c;
        else if (!s.endsWith(QLatin1Char('_')))
            s += QLatin1Char('_');
    }
    while (s.endsWith(QLatin1Char('_')))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("category") : s;
}

} // namespace

FailureText FailureText::of(const TestFailure &f)
{
    // ctest and go test runners leave the failure element bare ("Failed") and put everything
    // in the output: then the output is what the failure says.
    if (f.trace.trimmed().isEmpty() && !f.output.isEmpty()) {
        FailureText t = of(f.output);
        t.fromOutput = true;
        return t;
    }
    return of(f.trace);
}

FailureText FailureText::of(const QString &trace)
{
    FailureText t;
    // pytest prints the source of every frame beside its errors ("E   ..." lines), and Python's
    // own tracebacks print one source line under each "File" line: code would match the rules
    // ("except EmptyPoolError:"), so only what the errors say is read there.
    // Java's, JavaScript's and PHP's stack frames (isStackFrame) name code, not what happened: a
    // file's line number read as a status (http.js:599 as a 5xx) misled the rules.
    const bool pytest = trace.startsWith(QLatin1String("E ")) || trace.contains(QLatin1String("\nE "));
    const bool python = trace.contains(QLatin1String("Traceback (most recent call last):"));
    // bats quotes where a test failed and its source line ("  `@test "name" { … }' failed"):
    // code and names, not what happened.
    const bool bats
        = trace.startsWith(QLatin1String("(from function ")) || trace.startsWith(QLatin1String("(in test file "));
    const bool frames = !pytest && !python && !bats
        && (trace.contains(QLatin1String("\n    at ")) || trace.contains(QLatin1String("\n\tat "))
            || trace.contains(QLatin1String(".php:")));
    if (!pytest && !python && !bats && !frames) {
        t.text = trace;
        t.segments.append({ 0, 0 });
        return t;
    }
    static const QRegularExpression frameLine(QStringLiteral(R"(^\S.*:\d+: \w)"));
    qsizetype from = 0;
    bool afterFileLine = false;
    while (from <= trace.size()) {
        qsizetype end = trace.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            end = trace.size();
        const QStringView line = QStringView(trace).mid(from, end - from);
        bool keep;
        if (pytest)
            keep = line.startsWith(QLatin1String("E ")) || line == QLatin1String("E")
                || (!line.isEmpty() && !line.front().isSpace() && frameLine.match(line).hasMatch());
        else if (python)
            keep = !(afterFileLine && line.startsWith(QLatin1String("    ")));
        else if (bats)
            keep = !line.startsWith(QLatin1String("(from function "))
                && !line.startsWith(QLatin1String("(in test file "))
                && !line.startsWith(QLatin1String(" in test file ")) && !line.startsWith(QLatin1String("  `"));
        else
            keep = !isStackFrame(line);
        afterFileLine = line.startsWith(QLatin1String("  File \""));
        if (keep) {
            t.segments.append({ t.text.size(), from });
            t.text += line;
            t.text += QLatin1Char('\n');
        }
        from = end + 1;
    }
    return t;
}

qsizetype FailureText::toTracePosition(qsizetype pos) const
{
    for (auto it = segments.crbegin(); it != segments.crend(); ++it)
        if (it->first <= pos)
            return it->second + (pos - it->first);
    return pos;
}

QJsonObject FailureRule::toJson() const
{
    QJsonObject o { { key("category"), category }, { key("name"), name } };
    if (!rule.isEmpty())
        o.insert(key("rule"), rule);
    if (!statuses.isEmpty())
        o.insert(key("matchedStatuses"), QJsonArray::fromStringList(statuses));
    const std::pair<const char *, const QString *> regexes[] = { { "messageRegex", &messageRegex },
                                                                 { "traceRegex", &traceRegex },
                                                                 { "textRegex", &textRegex },
                                                                 { "outputRegex", &outputRegex } };
    for (const auto &[k, v] : regexes)
        if (!v->isEmpty())
            o.insert(key(k), *v);
    if (fullMatch)
        o.insert(key("fullMatch"), true);
    if (!confidence.isEmpty())
        o.insert(key("confidence"), confidence);
    if (!alternatives.isEmpty())
        o.insert(key("alternatives"), QJsonArray::fromStringList(alternatives));
    return o;
}

const FailureRules &FailureRules::builtIn()
{
    static const FailureRules rules = [] {
        QString error;
        auto r = load(QStringLiteral(":/fathom/rules/builtin-rules.json"), &error);
        Q_ASSERT_X(r, "FailureRules::builtIn", qPrintable(error)); // tested: tst_failurerules
        return r ? *r : FailureRules();
    }();
    return rules;
}

QString FailureRules::ruleTitle(const QString &label)
{
    if (label.isEmpty())
        return label;
    // Only a built-in label has a translation; any other comes back as it is.
    return QCoreApplication::translate("fathom::BuiltInRules", label.toUtf8().constData());
}

QStringList FailureRules::builtInCategoryIds()
{
    QStringList ids;
    for (const Category &c : builtInCategories())
        ids << QString::fromLatin1(c.id);
    return ids;
}

QString FailureRules::categoryTitle(const QString &id, const QString &fallback)
{
    if (const Category *c = builtInCategory(id))
        return fathom::categoryTitle(*c);
    return fallback.isEmpty() ? id : fallback;
}

QString FailureRules::confidenceText(const Classification &c)
{
    if (c.confidence == key("likely"))
        return tr("likely");
    if (c.confidence != key("ambiguous"))
        return {};
    QStringList titles;
    for (const QString &id : c.alternatives)
        titles << categoryTitle(id);
    return titles.isEmpty() ? tr("ambiguous") : tr("ambiguous: or %1").arg(titles.join(tr(" or ")));
}

bool FailureRules::isInfrastructure(const QString &id)
{
    const Category *c = builtInCategory(id);
    return c && c->infrastructure;
}

std::optional<FailureRule> FailureRules::ruleFromJson(const QJsonObject &o, bool allure, int index, QString *error)
{
    const QString where = o.value(key("name")).isString()
        ? tr("rule %1 (\"%2\")").arg(index + 1).arg(o.value(key("name")).toString())
        : tr("rule %1").arg(index + 1);
    auto bad = [&](const QString &what) {
        *error = where + QStringLiteral(": ") + what;
        return std::nullopt;
    };
    static const QStringList fathomKeys { key("category"),        key("name"),         key("rule"),
                                          key("matchedStatuses"), key("messageRegex"), key("traceRegex"),
                                          key("textRegex"),       key("outputRegex"),  key("fullMatch"),
                                          key("flaky"),           key("description"),  key("confidence"),
                                          key("alternatives") };
    FailureRule r;
    if (!allure) {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!fathomKeys.contains(it.key()))
                return bad(tr("unknown field \"%1\"").arg(it.key()));
    }
    auto string = [&](const char *k, QString *into) {
        const QJsonValue v = o.value(key(k));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString()) {
            *error = where + QStringLiteral(": ") + tr("\"%1\" must be a string").arg(key(k));
            return false;
        }
        *into = v.toString();
        return true;
    };
    if (!string("name", &r.name) || !string("category", &r.category) || !string("rule", &r.rule)
        || !string("messageRegex", &r.messageRegex) || !string("traceRegex", &r.traceRegex))
        return std::nullopt;
    if (!allure && (!string("textRegex", &r.textRegex) || !string("outputRegex", &r.outputRegex)))
        return std::nullopt;
    if (r.name.trimmed().isEmpty())
        return bad(tr("\"name\" is missing or empty"));
    const QJsonValue statuses = o.value(key("matchedStatuses"));
    if (!statuses.isUndefined() && !statuses.isNull()) {
        if (!statuses.isArray())
            return bad(tr("\"matchedStatuses\" must be a list such as [\"failed\", \"broken\"]"));
        for (const QJsonValue &s : statuses.toArray()) {
            static const QStringList known { key("failed"), key("broken"), key("passed"), key("skipped"),
                                             key("unknown") };
            if (!s.isString() || !known.contains(s.toString()))
                return bad(tr("\"matchedStatuses\" may hold only failed, broken, passed, skipped or unknown"));
            r.statuses << s.toString();
        }
    }
    if (allure) {
        r.fullMatch = true;
    } else if (o.contains(key("fullMatch"))) {
        if (!o.value(key("fullMatch")).isBool())
            return bad(tr("\"fullMatch\" must be true or false"));
        r.fullMatch = o.value(key("fullMatch")).toBool();
    }
    if (!allure && !string("confidence", &r.confidence))
        return std::nullopt;
    if (!r.confidence.isEmpty() && r.confidence != key("certain") && r.confidence != key("likely")
        && r.confidence != key("ambiguous"))
        return bad(tr("\"confidence\" must be certain, likely or ambiguous"));
    const QJsonValue alternatives = o.value(key("alternatives"));
    if (!allure && !alternatives.isUndefined() && !alternatives.isNull()) {
        if (!alternatives.isArray())
            return bad(tr("\"alternatives\" must be a list of category ids"));
        for (const QJsonValue &a : alternatives.toArray()) {
            if (!a.isString() || a.toString().trimmed().isEmpty())
                return bad(tr("\"alternatives\" must be a list of category ids"));
            r.alternatives << a.toString();
        }
    }
    if (r.category.isEmpty()) {
        // An Allure category named like one of ours joins it; any other gets an id from its name.
        r.category = slug(r.name);
        for (const QString &id : builtInCategoryIds())
            if (id == r.category || categoryTitle(id).compare(r.name, Qt::CaseInsensitive) == 0)
                r.category = id;
    }
    return r;
}

std::optional<FailureRules> FailureRules::fromRules(const QList<FailureRule> &rules, QString *error)
{
    FailureRules out;
    for (int i = 0; i < rules.size(); ++i) {
        const FailureRule &r = rules[i];
        const QString where = tr("rule %1 (\"%2\")").arg(i + 1).arg(r.label());
        if (r.category.trimmed().isEmpty()) {
            *error = where + QStringLiteral(": ") + tr("has no category");
            return std::nullopt;
        }
        if (r.messageRegex.isEmpty() && r.traceRegex.isEmpty() && r.textRegex.isEmpty() && r.outputRegex.isEmpty()
            && r.statuses.isEmpty()) {
            *error = where + QStringLiteral(": ")
                + tr("matches everything: give it a regex or the statuses it applies to");
            return std::nullopt;
        }
        Compiled c;
        const std::pair<const char *, std::pair<const QString *, QRegularExpression *>> fields[] = {
            { "messageRegex", { &r.messageRegex, &c.message } },
            { "traceRegex", { &r.traceRegex, &c.trace } },
            { "textRegex", { &r.textRegex, &c.text } },
            { "outputRegex", { &r.outputRegex, &c.output } },
        };
        for (const auto &[name, field] : fields) {
            if (field.first->isEmpty())
                continue;
            const QString pattern = r.fullMatch ? QRegularExpression::anchoredPattern(*field.first) : *field.first;
            *field.second = QRegularExpression(pattern, QRegularExpression::DontCaptureOption);
            if (!field.second->isValid()) {
                *error = where + QStringLiteral(": ")
                    + tr("%1 is not a valid regular expression: %2 at character %3")
                          .arg(key(name), field.second->errorString())
                          .arg(field.second->patternErrorOffset() + 1);
                return std::nullopt;
            }
            field.second->optimize();
        }
        out.m_rules << r;
        out.m_compiled << c;
    }
    return out;
}

std::optional<FailureRules> FailureRules::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        *error = tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    QJsonArray list;
    const bool allure = doc.isArray();
    if (allure) {
        list = doc.array();
    } else {
        const QJsonObject root = doc.object();
        if (root.value(key("format")).toString() != kFormat || !root.value(key("rules")).isArray()) {
            *error = tr("neither Fathom's rules (an object with \"format\": \"fathom-rules\" and \"rules\") nor an "
                        "Allure categories file (a list)");
            return std::nullopt;
        }
        if (root.value(key("version")).toInt(1) > 1) {
            *error = tr("the rules were written by a newer Fathom (version %1); this one reads version 1")
                         .arg(root.value(key("version")).toInt());
            return std::nullopt;
        }
        list = root.value(key("rules")).toArray();
    }
    QList<FailureRule> rules;
    for (int i = 0; i < list.size(); ++i) {
        if (!list[i].isObject()) {
            *error = tr("rule %1: must be an object").arg(i + 1);
            return std::nullopt;
        }
        auto r = ruleFromJson(list[i].toObject(), allure, i, error);
        if (!r)
            return std::nullopt;
        rules << *r;
    }
    return fromRules(rules, error);
}

std::optional<FailureRules> FailureRules::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be opened: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
    // At most the limit, whatever the size says: a pipe or a device has none and may not end.
    const QByteArray text = f.read(kMaxBytes + 1);
    if (text.size() > kMaxBytes) {
        *error = tr("%1: more than %2 MB is too large for a rules file").arg(path).arg(kMaxBytes / (1024 * 1024));
        return std::nullopt;
    }
    auto r = fromJson(text, error);
    if (!r)
        *error = path + QStringLiteral(": ") + *error;
    return r;
}

QByteArray FailureRules::toJson() const
{
    QJsonArray list;
    for (const FailureRule &r : m_rules)
        list.append(r.toJson());
    return QJsonDocument(QJsonObject { { key("format"), kFormat }, { key("version"), 1 }, { key("rules"), list } })
        .toJson(QJsonDocument::Indented);
}

bool FailureRules::save(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || f.write(toJson()) < 0 || !f.commit()) {
        *error = tr("%1: cannot be written: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QByteArray FailureRules::toAllureCategories(QStringList *leftOut) const
{
    QJsonArray list;
    for (const FailureRule &r : m_rules) {
        if (!r.outputRegex.isEmpty()) {
            if (leftOut)
                *leftOut << tr("rule \"%1\" reads the captured output, which Allure does not have").arg(r.label());
            continue;
        }
        const QString name = categoryTitle(r.category, r.name);
        QJsonArray entries;
        auto entry = [&](QStringList message, QStringList trace, const QString &saidTrace = {}) {
            QJsonObject o { { key("name"), name } };
            o.insert(key("matchedStatuses"),
                     QJsonArray::fromStringList(r.statuses.isEmpty() ? QStringList { key("failed"), key("broken") }
                                                                     : r.statuses));
            message.removeAll(QString());
            trace.removeAll(QString());
            if (!message.isEmpty())
                o.insert(key("messageRegex"), r.fullMatch ? message.first() : asFullMatch(message));
            if (!trace.isEmpty())
                o.insert(key("traceRegex"), r.fullMatch ? trace.first() : asFullMatch(trace));
            else if (!saidTrace.isEmpty())
                o.insert(key("traceRegex"), asFullMatchOnSaidLine(saidTrace));
            entries.append(o);
        };
        if (r.textRegex.isEmpty()) {
            entry({ r.messageRegex }, { r.traceRegex });
        } else {
            // "message or trace": two entries of one name, which Allure shows as one category.
            entry({ r.messageRegex, r.textRegex }, { r.traceRegex });
            if (r.traceRegex.isEmpty())
                entry({ r.messageRegex }, {}, r.textRegex);
            else
                entry({ r.messageRegex }, { r.traceRegex, r.textRegex });
        }
        // A regex valid alone may not be once wrapped: an inline (?x) makes the wrapper's ")"
        // part of a comment, a (*VERB) must open the pattern. Such a rule is left out, said so.
        QString error;
        if (!fromJson(QJsonDocument(entries).toJson(QJsonDocument::Compact), &error)) {
            if (leftOut)
                *leftOut
                    << tr("rule \"%1\" cannot be written as an Allure full-match regex (%2)").arg(r.label(), error);
            continue;
        }
        for (const QJsonValue &o : std::as_const(entries))
            list.append(o);
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

std::optional<Classification> FailureRules::matchRule(int index, const TestFailure &f) const
{
    return matchRule(index, f, FailureText::of(f));
}

std::optional<Classification> FailureRules::matchRule(int index, const TestFailure &f, const FailureText &text) const
{
    const FailureRule &r = m_rules.at(index);
    const Compiled &c = m_compiled.at(index);
    if (!r.statuses.isEmpty() && !r.statuses.contains(allureStatusId(f.status)))
        return std::nullopt;
    Classification result;
    result.category = r.category;
    result.rule = r.label();
    result.ruleIndex = index;
    result.confidence = r.confidence.isEmpty() ? key("certain") : r.confidence;
    result.alternatives = r.alternatives;
    // The first regex that matched tells where to point: the failure's own text before its output.
    auto note = [&](const QString &field, const QString &text, const QRegularExpressionMatch &m) {
        if (result.matchStart >= 0)
            return;
        result.field = field;
        result.matchStart = m.capturedStart();
        result.matchLength = m.capturedLength();
        result.matchedText = text.mid(m.capturedStart(), std::min(m.capturedLength(), kMaxMatchedChars));
    };
    auto require = [&](const QRegularExpression &re, const QString &field, const QString &text) {
        if (re.pattern().isEmpty())
            return true;
        const auto m = re.match(text);
        if (!m.hasMatch())
            return false;
        note(field, text, m);
        return true;
    };
    const QString message = key("message"), trace = key("trace"), output = key("output");
    if (!c.text.pattern().isEmpty()) {
        auto m = c.text.match(f.message);
        if (m.hasMatch()) {
            note(message, f.message, m);
        } else {
            m = c.text.match(text.text);
            if (!m.hasMatch())
                return std::nullopt;
            result.field = text.fromOutput ? output : trace;
            result.matchStart = text.toTracePosition(m.capturedStart());
            result.matchLength = m.capturedLength();
            result.matchedText = m.captured().left(kMaxMatchedChars);
        }
    }
    if (!require(c.message, message, f.message) || !require(c.trace, trace, f.trace)
        || !require(c.output, output, f.output))
        return std::nullopt;
    return result;
}

Classification FailureRules::classify(const TestFailure &failure) const
{
    // Evidence has an order. The failure's own message decides, its trace next (the first rule,
    // in the rules' order, that matches there). What the test logged around it only supports a
    // rule that the message or trace matched too, or, where neither speaks at all, suggests a
    // likely cause: a warning in the log (urllib3's "Connection pool is full") is not why the
    // request failed when the message says it got a 503.
    // A message that fits several causes ("timeout", OkHttp's whole message), or only likely
    // names one, yields to a trace that names one of them for certain
    // ("java.net.SocketTimeoutException: timeout"), never to another.
    const FailureText text = FailureText::of(failure);
    std::optional<Classification> byMessage, byTrace, byLog;
    QList<Classification> certainInTrace; // in the rules' order: what may settle an uncertain message
    for (int i = 0; i < m_rules.size(); ++i) {
        const FailureRule &r = m_rules.at(i);
        // Past an uncertain message only the causes it named can still settle it.
        if (byMessage && r.category != byMessage->category && !byMessage->alternatives.contains(r.category))
            continue;
        auto c = matchRule(i, failure, text);
        if (!c)
            continue;
        const bool logOnly
            = r.textRegex.isEmpty() && r.messageRegex.isEmpty() && r.traceRegex.isEmpty() && !r.outputRegex.isEmpty();
        if (c->field == QLatin1String("message")) {
            if (byMessage) // the first rule that matched the message keeps its place
                continue;
            if (c->confidence == key("certain"))
                return *c;
            byMessage = c;
            continue;
        }
        if (logOnly) {
            if (!byLog) {
                c->likely = true;
                if (c->confidence == key("certain"))
                    c->confidence = key("likely");
                byLog = c;
            }
        } else {
            if (c->confidence == key("certain"))
                certainInTrace << *c;
            if (!byTrace)
                byTrace = c;
        }
    }
    if (byMessage) {
        for (const Classification &c : std::as_const(certainInTrace))
            if (c.category == byMessage->category || byMessage->alternatives.contains(c.category))
                return c;
        return *byMessage;
    }
    if (byTrace)
        return *byTrace;
    return byLog.value_or(Classification());
}

} // namespace fathom
