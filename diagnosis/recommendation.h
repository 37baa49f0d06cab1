#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <map>
#include <optional>

namespace fathom {

/// What Fathom measured about the server, as a diagnosis joins it.
struct ServerFacts
{
    std::optional<int> capacity; ///< the latest discovery that measured one
    qint64 capacityRun = 0; ///< its run id
    std::optional<double> jobS; ///< one job's time: the median of that discovery's warm-up jobs
};

/// What the suite's own words say about its client, from the failures' texts, each number with
/// how many failed tests said it. Never Fathom's profile in their place.
struct SuiteClient
{
    std::map<double, int> poolSizes; ///< urllib3's "Connection pool size: N"
    std::map<double, int> readTimeoutsS; ///< "read timeout=T"
    int largestBatch = 0; ///< the most jobs one test waited for ("N (of M) futures unfinished")
    int workers = 0; ///< the most worker threads the tests' code names (max_workers=N), 0 if none
};

/// One thing to change in the suite, with the numbers that a script can apply and the causes it
/// addresses. The list is ordered: apply the first first.
struct Recommendation
{
    QString id; ///< "limit_concurrency", "set_deadline", "raise_timeout", "measure_capacity", …
    QString text; ///< what to do, in words (the user's language)
    QString because; ///< what it rests on, in words
    QStringList addresses; ///< the root-cause categories it fixes
    std::optional<int> concurrency; ///< run at most this many jobs at once
    std::optional<int> pool; ///< a client pool of this many connections is enough
    std::optional<double> timeoutS; ///< every request timeout at least this long
    std::optional<double> deadlineS; ///< a deadline of at least this long for `forJobs` jobs
    int forJobs = 0;

    QJsonObject toJson() const;
};

/// The fixes for the root causes present (by category, most failures first), derived from the
/// measurements and consistent with each other: where the server's capacity is measured, the
/// suite is limited to it and the pool sized to it, never enlarged beyond what the server takes;
/// deadlines and timeouts follow from the measured job time and the capacity. Where a number is
/// not measured the advice says how to measure it, and carries no number.
class Recommendations
{
    Q_DECLARE_TR_FUNCTIONS(fathom::Recommendations)
public:
    static QList<Recommendation> derive(const QStringList &categories, const ServerFacts &server,
                                        const SuiteClient &client);
    /// A margin over a measured time: deadlines and timeouts are set to 1.5 times what the work
    /// takes, so that the ordinary spread of job times does not fail them.
    static constexpr double kMargin = 1.5;
};

} // namespace fathom
