#pragma once

#include <QString>

namespace fathom {

/// Replaces secrets in text from outside (test output, tracebacks, log lines) with
/// "[REDACTED]": Authorization / Proxy-Authorization header values, bearer tokens, JWTs,
/// passwords in URLs, and the values of token, password, secret and API-key fields in
/// key=value, key: value and JSON forms. What stays around them is kept, so a reader still sees
/// that a header or a field was there.
QString redactSecrets(const QString &text);

} // namespace fathom
