#pragma once

#include <QStringList>

namespace fathom {

/// `fathom runs list | show ID | compare ID ID | delete ID [--json]`.
int runRunsCommand(const QStringList &arguments);

} // namespace fathom
