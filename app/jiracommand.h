#pragma once

#include <QStringList>

namespace fathom {

/// `fathom jira config [--url URL] [--project KEY] [--issue-type TYPE] [--user EMAIL]`: shows
/// and changes where "Report to Jira" creates issues (the window's Settings → Jira, the same
/// settings), and whether an API token is in the keychain. The token itself is stored with
/// `fathom secret set jira/api-token`.
int runJiraCommand(const QStringList &arguments);

} // namespace fathom
