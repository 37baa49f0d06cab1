#include "model/redaction.h"

#include <QRegularExpression>

namespace fathom {

namespace {

const QString kRedacted = QStringLiteral("[REDACTED]");

struct Rule
{
    QRegularExpression pattern; ///< group 1 is kept, the rest of the match is replaced
    QLatin1String hint; ///< a cheap substring test first: most texts hold no secret at all
};

const QList<Rule> &rules()
{
    static const auto opts = QRegularExpression::CaseInsensitiveOption;
    static const QList<Rule> r {
        // Authorization: Bearer abc / 'Authorization': 'Basic abc' / authorization=abc
        { QRegularExpression(QStringLiteral(R"(((?:proxy-)?authorization['"]?\s*[:=]\s*['"]?)"
                                            R"((?:(?:bearer|basic|token|digest|negotiate)\s+)?)[^'"\s,;}]+)"),
                             opts),
          QLatin1String("authorization") },
        { QRegularExpression(QStringLiteral(R"((\bbearer\s+)[A-Za-z0-9._~+/=-]{6,})"), opts), QLatin1String("bearer") },
        // key=value, key: value, "key": "value" for the usual names of secrets
        { QRegularExpression(
              QStringLiteral(R"((\b(?:access_token|refresh_token|id_token|client_secret|password|passwd|pwd|secret|)"
                             R"(api[_-]?key|x-api-key|token)['"]?\s*[:=]\s*['"]?)[^'"\s&,;}]+)"),
              opts),
          QLatin1String("") },
        // JSON Web Tokens wherever they stand
        { QRegularExpression(QStringLiteral(R"(()eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+)")),
          QLatin1String("eyJ") },
        // scheme://user:password@host
        { QRegularExpression(QStringLiteral(R"((\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+(?=@))"), opts),
          QLatin1String("://") },
    };
    return r;
}

bool mayHoldFieldSecret(const QString &text)
{
    for (const char *word : { "token", "secret", "pass", "pwd", "key" })
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

QString redactSecrets(const QString &text)
{
    QString out = text;
    for (const Rule &rule : rules()) {
        const bool fieldRule = rule.hint.isEmpty();
        if (fieldRule ? !mayHoldFieldSecret(out) : !out.contains(rule.hint, Qt::CaseInsensitive))
            continue;
        QString next;
        qsizetype from = 0;
        auto it = rule.pattern.globalMatch(out);
        while (it.hasNext()) {
            const auto m = it.next();
            next += QStringView(out).mid(from, m.capturedStart() - from);
            next += m.captured(1);
            next += kRedacted;
            from = m.capturedEnd();
        }
        if (from == 0)
            continue;
        next += QStringView(out).mid(from);
        out = next;
    }
    return out;
}

} // namespace fathom
