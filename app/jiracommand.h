#pragma once

#include <QStringList>

namespace fathom {

/// `fathom jira config [--url URL] [--project KEY] [--issue-type TYPE] [--user EMAIL]`: shows
/// and changes where "Report to Jira" creates issues (the window's Settings → Jira, the same
/// settings), and whether an API token is in the keychain; `fathom jira check` asks Jira whom
/// the token belongs to and whether the project takes the issue type. The token itself is
/// stored with `fathom secret set jira/api-token`.
int runJiraCommand(const QStringList &arguments);

} // namespace fathom
