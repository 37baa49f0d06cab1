// Heavy work off the GUI thread: newest result only, cancel, progress, a tracker that ends first.
#include "ui/jobtracker.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace fathom;

class TestJobTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QThreadPool::globalInstance()->waitForDone(); }
    void runsOffTheContextThreadAndAnswersInIt();
    void onlyTheNewestJobsResultArrives();
    void cancelDropsTheResultAndAsksTheJobToStop();
    void progressComesFromTheNewestJobOnly();
    void aTrackerThatEndsFirstGetsNothing();
};

void TestJobTracker::runsOffTheContextThreadAndAnswersInIt()
{
    QObject context;
    JobTracker tracker(&context);
    QThread *ranIn = nullptr;
    QThread *answeredIn = nullptr;
    int answer = 0;
    tracker.start<int>(
        [&ranIn](const JobControl &) {
            ranIn = QThread::currentThread();
            return 42;
        },
        [&](int result) {
            answeredIn = QThread::currentThread();
            answer = result;
        });
    QVERIFY(tracker.isRunning());
    QTRY_COMPARE(answer, 42);
    QVERIFY(ranIn && ranIn != QThread::currentThread());
    QCOMPARE(answeredIn, QThread::currentThread());
    QVERIFY(!tracker.isRunning());
}

void TestJobTracker::onlyTheNewestJobsResultArrives()
{
    QObject context;
    JobTracker tracker(&context);
    QSemaphore firstStarted;
    QSemaphore firstMayEnd;
    std::atomic<bool> firstSawItWasStale { false };
    QList<QString> answers;
    const quint64 first = tracker.start<QString>(
        [&](const JobControl &control) {
            firstStarted.release();
            firstMayEnd.acquire();
            firstSawItWasStale = control.cancelled();
            return QStringLiteral("first");
        },
        [&](QString r) { answers << r; });
    firstStarted.acquire(); // running, not merely queued: it must finish to be dropped
    const quint64 second = tracker.start<QString>([](const JobControl &) { return QStringLiteral("second"); },
                                                  [&](QString r) { answers << r; });
    QVERIFY(second != first);
    QCOMPARE(tracker.currentJob(), second);
    QTRY_COMPARE(answers, QList<QString>({ "second" }));
    firstMayEnd.release();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(answers, QList<QString>({ "second" })); // the first one's came later and was dropped
    QVERIFY(firstSawItWasStale);
}

void TestJobTracker::cancelDropsTheResultAndAsksTheJobToStop()
{
    QObject context;
    JobTracker tracker(&context);
    QSemaphore started;
    std::atomic<bool> stopped { false };
    bool answered = false;
    tracker.start<int>(
        [&](const JobControl &control) {
            started.release();
            while (!control.cancelled())
                QThread::yieldCurrentThread();
            stopped = true;
            return 1;
        },
        [&](int) { answered = true; });
    started.acquire();
    tracker.cancel();
    QVERIFY(!tracker.isRunning());
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QVERIFY(stopped);
    QVERIFY(!answered);
}

void TestJobTracker::progressComesFromTheNewestJobOnly()
{
    QObject context;
    JobTracker tracker(&context);
    QList<int> seen;
    QSemaphore firstStarted;
    QSemaphore firstMayGoOn;
    tracker.start<int>(
        [&](const JobControl &control) {
            firstStarted.release();
            firstMayGoOn.acquire();
            control.progress(1, 2); // stale by now: not shown
            return 0;
        },
        [](int) {}, [&](int done, int) { seen << -done; });
    firstStarted.acquire();
    bool finished = false;
    tracker.start<int>(
        [](const JobControl &control) {
            for (int i = 1; i <= 3; ++i)
                control.progress(i, 3);
            return 3;
        },
        [&](int) { finished = true; }, [&](int done, int total) { seen << done * 10 + total; });
    firstMayGoOn.release();
    QTRY_VERIFY(finished);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(seen, QList<int>({ 13, 23, 33 }));
}

void TestJobTracker::aTrackerThatEndsFirstGetsNothing()
{
    auto context = std::make_unique<QObject>();
    auto tracker = std::make_unique<JobTracker>(context.get());
    QSemaphore mayEnd;
    bool answered = false;
    tracker->start<QByteArray>(
        [&](const JobControl &control) {
            mayEnd.acquire();
            control.progress(1, 1);
            return QByteArray(1024, 'x');
        },
        [&](QByteArray) { answered = true; }, [&](int, int) { answered = true; });
    tracker.reset();
    context.reset(); // the panel closed while its job ran
    mayEnd.release();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
