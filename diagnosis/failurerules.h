#pragma once

#include "diagnosis/testrun.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

#include <optional>

namespace fathom {

/// One classification rule: the shape of an entry of Allure's categories.json (name,
/// matchedStatuses, messageRegex, traceRegex) plus Fathom's fields. Every regex given must
/// match (as in Allure); a rule without regexes matches by status alone.
struct FailureRule
{
    QString category; ///< stable id, e.g. "pool_exhausted"; rules may share one
    QString name; ///< the category's name as written in the file (Allure groups by it)
    QString rule; ///< this rule's own label, e.g. "urllib3: Connection pool is full"
    QStringList statuses; ///< Allure status ids ("failed", "broken"); empty: any
    QString messageRegex; ///< the failure's message attribute
    QString traceRegex; ///< the failure's text (traceback)
    QString textRegex; ///< Fathom: the message or what the trace says (FailureText), whichever matches
    QString outputRegex; ///< Fathom: the case's captured system-out / system-err
    /// Allure's semantics (Java String.matches): the regex must match the whole text. Fathom's
    /// own rules search (a match anywhere counts).
    bool fullMatch = false;
    /// Fathom: "certain" (the text names the cause; the default), "likely" (a strong but indirect
    /// sign) or "ambiguous" (the text fits several causes, listed in `alternatives`).
    QString confidence;
    QStringList alternatives; ///< Fathom: the other category ids an ambiguous text could be

    QJsonObject toJson() const;
    QString label() const { return rule.isEmpty() ? name : rule; }
};

/// Why a failure landed in its category.
struct Classification
{
    QString category = QStringLiteral("unknown");
    QString rule; ///< the matching rule's label; empty for unknown
    int ruleIndex = -1;
    QString field; ///< "message", "trace" or "output": where matchedText is
    qsizetype matchStart = -1; ///< in that field's text
    qsizetype matchLength = 0;
    QString matchedText; ///< capped at kMaxMatchedChars
    /// Only the test's captured log matched, nothing the failure itself said: a likely cause.
    bool likely = false;
    /// "certain", "likely" or "ambiguous" (empty for unknown): the rule's, and at most "likely"
    /// where only the log spoke.
    QString confidence;
    QStringList alternatives; ///< other categories the text could be (ambiguous)
    /// Where a measurement decided among the causes the text fitted: which one and why, in
    /// words ("the health probe (run #4) met it: …"); empty otherwise.
    QString settledBy;
};

/// What a failure's trace says, without the source code that tracebacks quote: for pytest the
/// "E   " lines and the frame lines ("file.py:12: ReadTimeout"), for Python tracebacks all but
/// the quoted source lines, for anything else (Java, Go) the whole trace; a failure with no
/// trace at all (ctest, go test) says it in its output. Fathom's textRegex reads this;
/// Allure's traceRegex reads the whole trace, as in Allure.
struct FailureText
{
    QString text;
    QList<std::pair<qsizetype, qsizetype>> segments; ///< (start in text, start in the trace or output)
    bool fromOutput = false;
    static FailureText of(const TestFailure &failure);
    static FailureText of(const QString &trace);
    qsizetype toTracePosition(qsizetype pos) const;
};

/// An ordered list of rules; the first that matches a failure's message decides its category,
/// else the first that matches its trace, else (as a likely cause) the first that matches its
/// captured log alone; a failure no rule matches is "unknown". Loaded from Fathom's rules JSON or from an Allure
/// categories.json, validated as a whole (a bad regex names its rule), exported to both.
class FailureRules
{
    Q_DECLARE_TR_FUNCTIONS(fathom::FailureRules)
public:
    static constexpr qsizetype kMaxMatchedChars = 300;

    /// The built-in categories (ids as in --json) and rules: Python requests / urllib3 / httpx /
    /// aiohttp, Java (java.net, Apache HttpClient, OkHttp, Netty), Go net/http, curl.
    static const FailureRules &builtIn();
    static QStringList builtInCategoryIds();
    /// The category's name in the UI language for a built-in id; `fallback` (or the id) for others.
    static QString categoryTitle(const QString &id, const QString &fallback = {});
    /// A rule's label in the window's language: a built-in rule's translated, a team's own as
    /// written.
    static QString ruleTitle(const QString &label);
    /// The built-in rules' labels (diagnosis/builtinrulelabels.cpp, generated from the rules).
    static const QList<const char *> &builtInRuleLabels();
    /// How sure a classification is, in words, empty when certain: "likely" or "ambiguous: or
    /// Connect timeout" (the alternatives by title).
    static QString confidenceText(const Classification &c);
    /// Whether failures of this category point at the infrastructure (server, network, client
    /// settings) rather than at the product's behaviour under test.
    static bool isInfrastructure(const QString &id);

    /// Fathom's format ({"format": "fathom-rules", "rules": [...]}) or an Allure categories
    /// array. Nothing is returned unless every rule is valid.
    static std::optional<FailureRules> fromJson(const QByteArray &json, QString *error);
    static std::optional<FailureRules> load(const QString &path, QString *error);
    /// Checks and compiles; on error nothing changes and `error` names the rule.
    static std::optional<FailureRules> fromRules(const QList<FailureRule> &rules, QString *error);

    QByteArray toJson() const;
    bool save(const QString &path, QString *error) const;
    /// Allure's categories.json. Rules Allure cannot express (output regexes, a regex that does
    /// not survive being wrapped as a full match) are left out; `leftOut` says which and why,
    /// one sentence each.
    QByteArray toAllureCategories(QStringList *leftOut = nullptr) const;

    const QList<FailureRule> &rules() const { return m_rules; }
    Classification classify(const TestFailure &failure) const;
    /// Whether rule `index` alone matches the failure (the rule editor's preview).
    std::optional<Classification> matchRule(int index, const TestFailure &failure) const;
    std::optional<Classification> matchRule(int index, const TestFailure &failure, const FailureText &text) const;

private:
    struct Compiled
    {
        QRegularExpression message, trace, text, output;
    };
    static std::optional<FailureRule> ruleFromJson(const QJsonObject &o, bool allure, int index, QString *error);

    QList<FailureRule> m_rules;
    QList<Compiled> m_compiled;
};

} // namespace fathom
