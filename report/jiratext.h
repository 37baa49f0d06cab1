#pragma once

#include "diagnosis/diagnosis.h"

#include <QCoreApplication>
#include <QString>

namespace fathom {

/// A root cause (or one of its unique errors) as a Jira issue: a summary line and a description
/// in Jira's wiki markup — the statement, the evidence, the fix, the error's signature and the
/// affected tests. What "Copy for Jira" puts on the clipboard; text from the outside world is
/// escaped, or kept in {noformat} blocks, so it cannot turn into markup or links.
struct JiraIssueText
{
    Q_DECLARE_TR_FUNCTIONS(fathom::JiraIssueText)
public:
    QString summary;
    QString description;

    /// `error` null: the whole cause.
    static JiraIssueText of(const Diagnosis &d, const RootCause &cause, const UniqueError *error = nullptr);
    /// The summary, a blank line, the description.
    QString clipboardText() const { return summary + QStringLiteral("\n\n") + description; }
};

/// `text` with Jira's markup characters escaped by a backslash.
QString jiraEscape(const QString &text);

} // namespace fathom
