#pragma once

#include "network/outcome.h"

#include <QNetworkReply>

namespace fathom {

/// What a lane knows about a finished reply; everything needed to name its outcome.
struct ReplyFacts
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray body;
    bool connectTimedOut = false; ///< Fathom's connect timer fired before requestSent()
    bool requestTimedOut = false; ///< Fathom's request timer fired after requestSent()
    bool cancelled = false; ///< the caller cancelled
    /// Fewer body bytes arrived than Content-Length promised. Qt 6.4 sometimes reports such a
    /// reply as finished without error when the server hangs up mid-body.
    bool truncated = false;
};

/// Sorts a finished reply into one OutcomeClass. Pure and thread-safe.
OutcomeClass classifyReply(const ReplyFacts &facts);

/// True when a 503 body says the server has no fibre data yet ("waiting for fiber"), in JSON
/// (any string value, nested or not) or plain text. Tolerates any bytes: huge, binary, broken.
bool bodySaysWaitingForFiber(const QByteArray &body);

/// The server's own words in an error body: the first of "error", "message", "detail" or
/// "status" in a JSON object, else the start of the text; at most 200 characters.
QString serverMessage(const QByteArray &body);

} // namespace fathom
