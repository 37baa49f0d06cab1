#include "diagnosis/recommendation.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace fathom {

namespace {

QString seconds(double s)
{
    return QLocale().toString(s, 'f', s < 10 ? 1 : 0);
}

/// Up to the next tenth of a second: a deadline or timeout is never set below the work.
double upToTenth(double s)
{
    return std::ceil(s * 10 - 1e-9) / 10;
}

} // namespace

QJsonObject Recommendation::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id },
                    { QStringLiteral("text"), text },
                    { QStringLiteral("because"), because },
                    { QStringLiteral("addresses"), QJsonArray::fromStringList(addresses) } };
    if (concurrency)
        o.insert(QStringLiteral("concurrency"), *concurrency);
    if (pool)
        o.insert(QStringLiteral("pool"), *pool);
    if (timeoutS)
        o.insert(QStringLiteral("timeout_s"), *timeoutS);
    if (deadlineS) {
        o.insert(QStringLiteral("deadline_s"), *deadlineS);
        o.insert(QStringLiteral("for_jobs"), forJobs);
    }
    return o;
}

QList<Recommendation> Recommendations::derive(const QStringList &categories, const ServerFacts &server,
                                              const SuiteClient &client)
{
    auto present = [&](const char *id) { return categories.contains(QLatin1String(id)); };
    auto addressed = [&](std::initializer_list<const char *> ids) {
        QStringList out;
        for (const char *id : ids)
            if (present(id))
                out << QLatin1String(id);
        return out;
    };
    QList<Recommendation> list;

    // The server's capacity decides between limiting the suite and enlarging its pool: when the
    // server takes fewer jobs than the suite sends, a larger pool only turns waits for a
    // connection into 503s. So the limit comes first, and the pool follows from it.
    // Where the server had room the client's pool is the limit: no 503s, a pool smaller than the
    // capacity, and requests that waited for a connection. Then (and only then) the pool grows:
    // to the suite's concurrency where the tests name it, else to the capacity.
    const int pool = client.poolSizes.empty() ? 0 : int(client.poolSizes.rbegin()->first);
    if (present("pool_exhausted") && !present("overloaded_503") && server.capacity && pool > 0
        && pool < *server.capacity) {
        const int c = *server.capacity;
        Recommendation r;
        r.id = QStringLiteral("size_pool");
        r.addresses = { QStringLiteral("pool_exhausted") };
        r.pool = client.workers > pool ? std::min(client.workers, c) : c;
        r.text = tr("Give the client a pool of %n connection(s) (Python requests: HTTPAdapter(pool_connections=%n, "
                    "pool_maxsize=%n) on every session).",
                    nullptr, *r.pool);
        r.because = tr("The server takes %1 jobs at once (run #%2), more than the pool of %n held: requests waited "
                       "for a connection, not for the server.",
                       nullptr, pool)
                        .arg(c)
                        .arg(server.capacityRun);
        list << r;
    } else if (present("overloaded_503") || present("pool_exhausted")) {
        Recommendation r;
        r.addresses = addressed({ "overloaded_503", "pool_exhausted" });
        if (server.capacity) {
            const int c = *server.capacity;
            r.id = QStringLiteral("limit_concurrency");
            r.concurrency = c;
            r.pool = c;
            r.text = tr("Limit the suite to %n concurrent job(s): a semaphore of %n around job creation, or %n "
                        "worker(s). A client pool of %n connection(s) is then enough; a larger pool only turns waits "
                        "for a connection into 503s.",
                        nullptr, c);
            r.because = tr("Capacity discovery (run #%1) measured that the server takes %n job(s) at once and turns "
                           "the rest away.",
                           nullptr, c)
                            .arg(server.capacityRun);
        } else {
            r.id = QStringLiteral("measure_capacity");
            r.text = tr("Measure the server's capacity (fathom discover) before changing the suite's concurrency or "
                        "its pool: whether to limit the suite or to enlarge its pool depends on it.");
            r.because = tr("No capacity was measured: a larger pool helps only where the server has room for more "
                           "jobs than the pool holds.");
        }
        list << r;
    }

    // Deadlines follow from the work a test gives, the capacity and one job's time.
    if (present("test_deadline")) {
        Recommendation r;
        r.addresses = { QStringLiteral("test_deadline") };
        const int jobs = client.largestBatch;
        if (server.capacity && server.jobS && jobs > 0) {
            const int c = *server.capacity;
            const int rounds = (jobs + c - 1) / c;
            const double need = rounds * *server.jobS;
            r.id = QStringLiteral("set_deadline");
            r.deadlineS = upToTenth(need * kMargin);
            r.forJobs = jobs;
            r.text = tr("Give a batch of %n job(s) a deadline of at least %1 s, and smaller batches "
                        "⌈jobs ÷ %2⌉ × %3 s with the same margin.",
                        nullptr, jobs)
                         .arg(seconds(*r.deadlineS))
                         .arg(c)
                         .arg(seconds(*server.jobS));
            r.because = tr("At %1 at a time, %n job(s) take ⌈%n ÷ %1⌉ × %2 s = %3 s; the deadline adds half again.",
                           nullptr, jobs)
                            .arg(c)
                            .arg(seconds(*server.jobS))
                            .arg(seconds(need));
        } else {
            r.id = QStringLiteral("measure_for_deadline");
            r.text = tr("Set the tests' deadlines from the work they give: the number of jobs ÷ the server's "
                        "capacity × one job's time, with a margin.");
            r.because = tr("The capacity and one job's time are not both measured (fathom discover measures both).");
        }
        list << r;
    }

    // Timeouts follow from one job's time: with the suite limited to the capacity, no request
    // waits for a slot, so a request takes a job's time.
    if (present("read_timeout")) {
        Recommendation r;
        r.addresses = { QStringLiteral("read_timeout") };
        if (server.jobS) {
            r.id = QStringLiteral("raise_timeout");
            r.timeoutS = upToTenth(*server.jobS * kMargin);
            QStringList shorter;
            for (const auto &[t, n] : client.readTimeoutsS)
                if (t < *r.timeoutS)
                    shorter << seconds(t);
            r.text = tr("Set every request timeout to at least %1 s.").arg(seconds(*r.timeoutS));
            r.because = shorter.isEmpty()
                ? tr("One job takes %1 s (measured).").arg(seconds(*server.jobS))
                : tr("One job takes %1 s (measured); the tests' read timeouts of %2 s were shorter.")
                      .arg(seconds(*server.jobS), shorter.join(QStringLiteral(", ")));
        } else {
            r.id = QStringLiteral("measure_for_timeout");
            r.text = tr("Measure how long one job takes (fathom probe --kind job, or fathom discover), then set the "
                        "timeouts above it with a margin.");
            r.because = tr("One job's time is not measured.");
        }
        list << r;
    }

    if (present("waiting_for_fiber_503")) {
        Recommendation r;
        r.id = QStringLiteral("skip_until_ready");
        r.addresses = { QStringLiteral("waiting_for_fiber_503") };
        r.text = tr("Skip the tests that need fibre until the readiness check passes, and do not retry these 503s.");
        r.because = tr("The server said it was waiting for fibre: a state of the server, not overload.");
        list << r;
    }

    // Not the infrastructure's: last, and never part of the limits above.
    if (present("assertion")) {
        Recommendation r;
        r.id = QStringLiteral("review_assertions");
        r.addresses = { QStringLiteral("assertion") };
        r.text = tr("Read the tests' failed assertions: fix the test's expectation or file the product defect.");
        r.because = tr("The server answered; the tests' own expectations failed. No setting above changes that.");
        list << r;
    }
    return list;
}

} // namespace fathom
