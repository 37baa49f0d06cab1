#include "network/metricsaggregator.h"

#include <QSignalSpy>
#include <QTest>

using namespace fathom;

namespace {
AttemptRecord attempt(OutcomeClass c, qint64 finishedUs, int status = 0, qint64 networkUs = 1000)
{
    AttemptRecord a;
    a.outcome = c;
    a.httpStatus = status;
    a.timing.queuedUs = finishedUs - networkUs - 500;
    a.timing.dispatchedUs = finishedUs - networkUs;
    a.timing.finishedUs = finishedUs;
    return a;
}
} // namespace

class TestMetricsAggregator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsByClassAndSecond();
    void histogramsSplitAnsweredFromFailed();
    void handOverToTheLaneIsQueueWaitNotLatency();
    void perSecondHistoryIsBounded();
    void publishesAtAFixedRateNotPerRequest();
    void snapshotsAreImmutable();
    void gaugesComeFromTheSource();
};

void TestMetricsAggregator::countsByClassAndSecond()
{
    ManualClock clock(10'000'000);
    MetricsAggregator m(&clock);
    m.recordAttempt(attempt(OutcomeClass::Ok, 10'100'000, 200));
    m.recordAttempt(attempt(OutcomeClass::Overloaded503, 10'900'000, 503));
    m.recordAttempt(attempt(OutcomeClass::Overloaded503, 11'000'000, 503));
    m.recordAttempt(attempt(OutcomeClass::ConnectTimeout, 12'500'000));
    const MetricsSnapshot s = m.snapshot();
    QCOMPARE(s->attemptTotals[size_t(OutcomeClass::Overloaded503)], quint64(2));
    QCOMPARE(s->perSecond.size(), size_t(3));
    QCOMPARE(s->perSecond[0].secondUs, 10'000'000);
    QCOMPARE(s->perSecond[0].counts[size_t(OutcomeClass::Ok)], 1u);
    QCOMPARE(s->perSecond[0].counts[size_t(OutcomeClass::Overloaded503)], 1u);
    QCOMPARE(s->perSecond[1].counts[size_t(OutcomeClass::Overloaded503)], 1u);
    QCOMPARE(s->perSecond[2].counts[size_t(OutcomeClass::ConnectTimeout)], 1u);
}

void TestMetricsAggregator::handOverToTheLaneIsQueueWaitNotLatency()
{
    ManualClock clock;
    MetricsAggregator m(&clock);
    AttemptRecord a = attempt(OutcomeClass::Ok, 5'000'000, 200, 50'000);
    a.timing.startedUs = a.timing.dispatchedUs + 3'000; // the lane's thread was busy for 3 ms
    a.timing.sentUs = a.timing.startedUs + 100;
    QCOMPARE(a.timing.queueWaitUs(), 500 + 3'000);
    QCOMPARE(a.timing.connectSendUs(), 100);
    QCOMPARE(a.timing.networkUs(), 50'000 - 3'000);
    m.recordAttempt(a);
    AttemptRecord failed = attempt(OutcomeClass::ConnectTimeout, 6'000'000, 0, 10'000);
    failed.timing.startedUs = failed.timing.dispatchedUs + 1'000;
    m.recordAttempt(failed);
    const MetricsSnapshot s = m.snapshot();
    QCOMPARE(s->latency.maxUs(), 47'000);
    QCOMPARE(s->queueWait.maxUs(), 3'500);
    QCOMPARE(s->failureTime.maxUs(), 9'000);
}

void TestMetricsAggregator::histogramsSplitAnsweredFromFailed()
{
    ManualClock clock;
    MetricsAggregator m(&clock);
    m.recordAttempt(attempt(OutcomeClass::Ok, 5'000'000, 200, 20'000));
    m.recordAttempt(attempt(OutcomeClass::RequestTimeout, 5'000'000, 0, 60'000'000));
    m.recordAttempt(attempt(OutcomeClass::Overloaded503, 5'000'000, 503, 800));
    m.recordAttempt(attempt(OutcomeClass::RateLimited, 5'000'000, 429, 900));
    const MetricsSnapshot s = m.snapshot();
    QCOMPARE(s->latency.count(), quint64(1)); // a refusal in under a millisecond is not a fast job
    QCOMPARE(s->latency.maxUs(), 20'000);
    QCOMPARE(s->rejected.count(), quint64(2));
    QCOMPARE(s->rejected.maxUs(), 900);
    QCOMPARE(s->failureTime.count(), quint64(1));
    QCOMPARE(s->failureTime.maxUs(), 60'000'000);
    QCOMPARE(s->queueWait.count(), quint64(4));
}

void TestMetricsAggregator::perSecondHistoryIsBounded()
{
    ManualClock clock;
    MetricsAggregator m(&clock);
    for (int i = 0; i < 100'000; ++i)
        m.recordAttempt(attempt(OutcomeClass::Ok, 1'000'000 + qint64(i) * 50'000, 200)); // 5000 s of traffic
    const MetricsSnapshot s = m.snapshot();
    QCOMPARE(s->perSecond.size(), size_t(MetricsAggregator::kSecondsKept));
    QCOMPARE(s->perSecond.capacity(), size_t(MetricsAggregator::kSecondsKept));
    QCOMPARE(s->attemptTotals[0], quint64(100'000));
    QCOMPARE(s->perSecond.back().counts[0], 20u);
}

void TestMetricsAggregator::publishesAtAFixedRateNotPerRequest()
{
    MetricsAggregator m;
    QSignalSpy spy(&m, &MetricsAggregator::published);
    m.start(50);
    for (int i = 0; i < 10'000; ++i)
        m.recordAttempt(attempt(OutcomeClass::Ok, 1'000'000, 200));
    QCOMPARE(spy.size(), 0); // recording emits nothing
    QVERIFY(spy.wait(1000));
    QTRY_COMPARE_GE(spy.size(), 3);
    QCOMPARE(spy.last().at(0).value<MetricsSnapshot>()->attemptTotals[0], quint64(10'000));
    m.stop();
}

void TestMetricsAggregator::snapshotsAreImmutable()
{
    ManualClock clock;
    MetricsAggregator m(&clock);
    m.recordAttempt(attempt(OutcomeClass::Ok, 1'000'000, 200));
    const MetricsSnapshot before = m.snapshot();
    m.recordAttempt(attempt(OutcomeClass::Ok, 1'000'000, 200));
    QCOMPARE(before->attemptTotals[0], quint64(1));
    QCOMPARE(m.snapshot()->attemptTotals[0], quint64(2));
}

void TestMetricsAggregator::gaugesComeFromTheSource()
{
    ManualClock clock;
    MetricsAggregator m(&clock);
    m.setGaugeSource([](MetricsData &d) {
        d.gauges.inFlight = 7;
        d.gauges.queued = 3;
        d.breaker = BreakerState::HalfOpen;
    });
    const MetricsSnapshot s = m.snapshot();
    QCOMPARE(s->gauges.inFlight, 7);
    QCOMPARE(s->gauges.queued, 3);
    QCOMPARE(s->breaker, BreakerState::HalfOpen);
    QCOMPARE(s->atUs, clock.nowUs());
}

QTEST_GUILESS_MAIN(TestMetricsAggregator)
#include "tst_metricsaggregator.moc"
