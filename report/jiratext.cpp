#include "report/jiratext.h"

#include <QFileInfo>

namespace fathom {

namespace {

constexpr int kTestsListed = 20;

QString noformat(QString text)
{
    // The block's own end marker inside the text would close it early.
    text.replace(QStringLiteral("{noformat}"), QStringLiteral("{ noformat}"));
    return QStringLiteral("{noformat}\n") + text + QStringLiteral("\n{noformat}\n");
}

} // namespace

QString jiraEscape(const QString &text)
{
    static const QString special = QStringLiteral("\\{}[]|*_^~+-!#?");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

JiraIssueText JiraIssueText::of(const Diagnosis &d, const RootCause &cause, const UniqueError *error)
{
    JiraIssueText t;
    const QList<int> &failures = error ? error->failures : cause.failures;
    t.summary = error
        ? tr("%1: %2 (%n failed test(s))", nullptr, int(failures.size())).arg(cause.title, error->headline(120))
        : tr("%1 (%n failed test(s))", nullptr, int(failures.size())).arg(cause.title);
    QString &x = t.description;
    x += QStringLiteral("h3. ") + jiraEscape(cause.title) + QLatin1Char('\n');
    x += jiraEscape(cause.statement) + QStringLiteral("\n\n");
    if (error) {
        x += QStringLiteral("*") + tr("Unique error") + QStringLiteral("* ")
            + jiraEscape(tr("%n failure(s)", nullptr, error->count())) + QLatin1Char('\n');
        x += noformat(error->signature);
    }
    x += QStringLiteral("*") + tr("Evidence") + QStringLiteral("*\n");
    for (const Evidence &e : cause.evidence)
        x += QStringLiteral("* ") + jiraEscape(e.text) + QLatin1Char('\n');
    x += QStringLiteral("\n*") + tr("Fix") + QStringLiteral("* ") + jiraEscape(cause.fix) + QStringLiteral("\n\n");
    x += QStringLiteral("*") + tr("Affected tests") + QStringLiteral("*\n");
    for (int i = 0; i < std::min<int>(kTestsListed, int(failures.size())); ++i) {
        const TestFailure &f = d.run.failures[failures[i]];
        x += QStringLiteral("* ")
            + jiraEscape(QStringLiteral("%1 (%2:%3)").arg(f.displayName(), QFileInfo(f.file).fileName()).arg(f.line))
            + QLatin1Char('\n');
    }
    if (failures.size() > kTestsListed)
        x += QStringLiteral("* ") + jiraEscape(tr("… and %n more", nullptr, int(failures.size() - kTestsListed)))
            + QLatin1Char('\n');
    if (!error && !failures.isEmpty())
        x += QLatin1Char('\n') + QStringLiteral("*") + tr("Example") + QStringLiteral("*\n")
            + noformat(d.run.failures[failures.constFirst()].message.left(2000));
    x += QLatin1Char('\n') + jiraEscape(tr("Sorted by Fathom from %1.").arg(d.run.files.join(QStringLiteral(", "))));
    return t;
}

} // namespace fathom
