#pragma once

#include <QStringList>

namespace fathom {

/// `fathom secret set KEY` (reads the secret from standard input, without echo on a
/// terminal) and `fathom secret delete KEY`: the keychain entries profiles name in
/// auth.secret_key. The secret is never printed.
int runSecretCommand(const QStringList &arguments);

} // namespace fathom
