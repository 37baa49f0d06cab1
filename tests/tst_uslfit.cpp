#include "discovery/discoveryresult.h"
#include "discovery/uslfit.h"

#include <QTest>

using namespace fathom;

class TestUslFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recoversKnownCoefficients_data();
    void recoversKnownCoefficients();
    void linearScalingHasNoPeak();
    void tooFewPoints();
    void aPredictionMayNotContradictTheSteps_data();
    void aPredictionMayNotContradictTheSteps();
};

void TestUslFit::aPredictionMayNotContradictTheSteps_data()
{
    QTest::addColumn<double>("rSquared");
    QTest::addColumn<double>("peak"); // 0: none
    QTest::addColumn<bool>("extrapolated");
    QTest::addColumn<int>("saturation"); // 0: unknown
    QTest::addColumn<int>("capacity");
    QTest::addColumn<bool>("shown");
    QTest::addRow("a peak near the saturation") << 0.97 << 18.0 << false << 16 << 256 << true;
    // Apache saturated at 16, "throughput peaks near 59"; Tomcat at 12, "near 165".
    QTest::addRow("Apache: peak 59, saturated at 16") << 0.95 << 59.0 << false << 16 << 256 << false;
    QTest::addRow("Tomcat: peak 165, saturated at 12") << 0.93 << 165.0 << false << 12 << 256 << false;
    QTest::addRow("a poor fit") << 0.6 << 18.0 << false << 16 << 256 << false;
    QTest::addRow("a peak beyond the data") << 0.99 << 900.0 << true << 0 << 256 << false;
    QTest::addRow("no peak, nothing waited") << 0.99 << 0.0 << false << 37 << 37 << true;
    QTest::addRow("no peak, but jobs waited from 10") << 0.99 << 0.0 << false << 10 << 30 << false;
    QTest::addRow("no saturation known, peak inside") << 0.95 << 40.0 << false << 0 << 64 << true;
}

void TestUslFit::aPredictionMayNotContradictTheSteps()
{
    QFETCH(double, rSquared);
    QFETCH(double, peak);
    QFETCH(bool, extrapolated);
    QFETCH(int, saturation);
    QFETCH(int, capacity);
    QFETCH(bool, shown);
    fathom::UslFit fit;
    fit.rSquared = rSquared;
    if (peak > 0)
        fit.peakLevel = peak;
    fit.peakExtrapolated = extrapolated;
    fathom::DiscoveryResult r;
    r.capacity = capacity;
    if (saturation > 0)
        r.saturation.level = saturation;
    QCOMPARE(r.uslAgreesWithTheSteps(fit), shown);
}

void TestUslFit::recoversKnownCoefficients_data()
{
    QTest::addColumn<double>("alpha");
    QTest::addColumn<double>("beta");
    QTest::addRow("contention and coherency") << 0.05 << 0.001;
    QTest::addRow("coherency only") << 0.0 << 0.0005;
    QTest::addRow("contention only") << 0.1 << 0.0;
}

void TestUslFit::recoversKnownCoefficients()
{
    QFETCH(double, alpha);
    QFETCH(double, beta);
    UslFit truth;
    truth.lambda = 100;
    truth.alpha = alpha;
    truth.beta = beta;
    QList<QPointF> pts;
    for (int n : { 1, 2, 4, 8, 16, 32, 64 })
        pts.append(QPointF(n, truth.predict(n)));
    const auto fit = fitUsl(pts);
    QVERIFY(fit);
    QVERIFY(std::abs(fit->alpha - alpha) < 1e-6);
    QVERIFY(std::abs(fit->beta - beta) < 1e-7);
    QVERIFY(fit->rSquared > 0.999);
    QCOMPARE(fit->peakLevel.has_value(), beta > 0);
    if (beta > 0)
        QVERIFY(std::abs(*fit->peakLevel - std::sqrt((1 - alpha) / beta)) < 1e-3);
}

void TestUslFit::linearScalingHasNoPeak()
{
    QList<QPointF> pts;
    for (int n : { 1, 2, 4, 8, 16 })
        pts.append(QPointF(n, n * 3.3));
    const auto fit = fitUsl(pts);
    QVERIFY(fit);
    QVERIFY(!fit->peakLevel);
    QVERIFY(fit->alpha < 1e-9 && fit->beta < 1e-9);
    QVERIFY(fit->toJson().value("peak_level").isNull());
    QCOMPARE(fit->toJson().value("kind").toString(), QStringLiteral("prediction"));
}

void TestUslFit::tooFewPoints()
{
    QVERIFY(!fitUsl({ { 1, 10 }, { 2, 20 }, { 4, 40 } }));
    QVERIFY(!fitUsl({ { 1, 10 }, { 1, 11 }, { 2, 20 }, { 2, 21 }, { 4, 0 } }));
}

QTEST_GUILESS_MAIN(TestUslFit)
#include "tst_uslfit.moc"
