#include "network/outcomeclassifier.h"

#include "network/visibletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace fathom {

namespace {

// Only the head of a body is inspected: a hostile 100 MB body must not cost 100 MB of work.
constexpr qsizetype kInspectedBytes = 16 * 1024;

const QRegularExpression &fiberPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(waiting\s+for\s+(the\s+)?fib(er|re))"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool jsonSaysFiber(const QJsonValue &v, int depth)
{
    if (depth > 8)
        return false;
    if (v.isString())
        return fiberPattern().match(v.toString()).hasMatch();
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (jsonSaysFiber(it.value(), depth + 1))
                return true;
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray()) {
            if (jsonSaysFiber(e, depth + 1))
                return true;
        }
    }
    return false;
}

} // namespace

bool bodySaysWaitingForFiber(const QByteArray &body)
{
    if (body.isEmpty())
        return false;
    if (body.size() <= kInspectedBytes) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
        if (err.error == QJsonParseError::NoError) {
            return doc.isObject() ? jsonSaysFiber(doc.object(), 0) : jsonSaysFiber(doc.array(), 0);
        }
    }
    // Not JSON (or too big to parse): look at the text itself.
    const QString text = QString::fromUtf8(body.left(kInspectedBytes));
    return fiberPattern().match(text).hasMatch();
}

QString serverMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body.left(kInspectedBytes)).object();
    for (const char *key : { "error", "message", "detail", "status" }) {
        const QString s = o.value(QLatin1String(key)).toString();
        if (!s.isEmpty())
            return visibleControls(s.left(200)).left(200); // "\x00" is four characters: cut again
    }
    return visibleControls(QString::fromUtf8(body.left(200)).simplified()).left(200);
}

OutcomeClass classifyReply(const ReplyFacts &f)
{
    // Fathom's own flags first: a timed-out or cancelled reply ends with OperationCanceledError.
    if (f.cancelled)
        return OutcomeClass::Cancelled;
    if (f.connectTimedOut)
        return OutcomeClass::ConnectTimeout;
    if (f.requestTimedOut)
        return OutcomeClass::RequestTimeout;

    // A transport error wins over a status line already received: a server that hung up
    // mid-answer sent "201" and then broke the body.
    const bool transportError
        = (f.error >= QNetworkReply::ConnectionRefusedError && f.error < QNetworkReply::ProxyConnectionRefusedError)
        || f.error == QNetworkReply::ProtocolFailure || f.truncated;
    if (f.httpStatus >= 100 && !transportError) {
        if (f.httpStatus >= 200 && f.httpStatus < 300)
            return OutcomeClass::Ok;
        if (f.httpStatus < 400)
            return OutcomeClass::UnexpectedStatus; // a 1xx as final answer, or a redirect
        if (f.httpStatus == 429)
            return OutcomeClass::RateLimited;
        if (f.httpStatus < 500)
            return OutcomeClass::Http4xx;
        if (f.httpStatus == 503)
            return bodySaysWaitingForFiber(f.body) ? OutcomeClass::WaitingForFiber503 : OutcomeClass::Overloaded503;
        if (f.httpStatus < 600)
            return OutcomeClass::ServerError5xx;
    }

    if (f.truncated)
        return OutcomeClass::ConnectionReset;
    switch (f.error) {
    case QNetworkReply::NoError:
        // A reply without status and without error: the server closed before a status line.
        return f.httpStatus == 0 ? OutcomeClass::ConnectionReset : OutcomeClass::ServerError5xx;
    case QNetworkReply::ConnectionRefusedError:
        return OutcomeClass::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::InternalServerError:
        return OutcomeClass::ConnectionReset;
    case QNetworkReply::HostNotFoundError:
        return OutcomeClass::DnsFailure;
    case QNetworkReply::SslHandshakeFailedError:
        return OutcomeClass::TlsError;
    case QNetworkReply::TimeoutError:
        return OutcomeClass::RequestTimeout;
    case QNetworkReply::OperationCanceledError:
        // Qt's own transfer timeout (never set by Fathom) or an abort we did not ask for.
        return OutcomeClass::RequestTimeout;
    default:
        break;
    }
    return OutcomeClass::ConnectionReset;
}

} // namespace fathom
