#include "diagnosis/redaction.h"

#include <QRegularExpression>

#include <string_view>

namespace fathom {

namespace {

const QString kRedacted = QStringLiteral("[REDACTED]");

struct Rule
{
    QRegularExpression pattern; ///< group 1 is kept, the rest of the match is replaced
};

const QList<Rule> &rules()
{
    static const auto opts = QRegularExpression::CaseInsensitiveOption;
    static const QList<Rule> r {
        // Authorization: Bearer abc / 'Authorization': 'Basic abc' / authorization=abc
        { QRegularExpression(QStringLiteral(R"(((?:proxy-)?authorization['"]?\s*[:=]\s*['"]?)"
                                            R"((?:(?:bearer|basic|token|digest|negotiate)\s+)?)[^'"\s,;}]+)"),
                             opts) },
        { QRegularExpression(QStringLiteral(R"((\bbearer\s+)[A-Za-z0-9._~+/=-]{6,})"), opts) },
        // key=value, key: value, "key": "value" for the usual names of secrets
        { QRegularExpression(
            QStringLiteral(R"((\b(?:access_token|refresh_token|id_token|client_secret|password|passwd|pwd|secret|)"
                           R"(api[_-]?key|x-api-key|token)['"]?\s*[:=]\s*['"]?)[^'"\s&,;})\]]+)"),
            opts) },
        // JSON Web Tokens wherever they stand
        { QRegularExpression(QStringLiteral(R"(()eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+)")) },
        // scheme://user:password@host
        { QRegularExpression(QStringLiteral(R"((\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+(?=@))"), opts) },
    };
    return r;
}

/// A cheap test first, one pass over the text: most texts hold no secret at all, and
/// case-insensitive regexes or QString::contains cost ten times more per character.
bool mayHoldSecret(QStringView text)
{
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    auto wordAt = [&](qsizetype i, std::string_view w) {
        if (i + qsizetype(w.size()) > n)
            return false;
        for (size_t k = 0; k < w.size(); ++k)
            if (char16_t(d[i + qsizetype(k)] | 0x20) != char16_t(w[k])) // ASCII letters to lower case
                return false;
        return true;
    };
    for (qsizetype i = 0; i < n; ++i) {
        bool hit = false;
        switch (d[i] | 0x20) {
        case u'a':
            hit = wordAt(i, "authori");
            break;
        case u'b':
            hit = wordAt(i, "bearer");
            break;
        case u't':
            hit = wordAt(i, "token");
            break;
        case u's':
            hit = wordAt(i, "secret");
            break;
        case u'p':
            hit = wordAt(i, "passw") || wordAt(i, "pwd");
            break;
        case u'k':
            hit = wordAt(i, "key");
            break;
        case u'e':
            hit = wordAt(i, "eyj");
            break;
        default:
            break;
        }
        if (hit)
            return true;
        if (d[i] == u'@') { // scheme://user:password@host: the userinfo starts right after "://"
            qsizetype j = i - 1;
            while (j >= 0 && i - j < 512 && d[j] != u'/' && !QChar::isSpace(d[j]))
                --j;
            if (j >= 2 && d[j] == u'/' && d[j - 1] == u'/' && d[j - 2] == u':')
                return true;
        }
    }
    return false;
}

} // namespace

QString redactSecrets(const QString &text)
{
    if (!mayHoldSecret(text))
        return text;
    QString out = text;
    for (const Rule &rule : rules()) {
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
