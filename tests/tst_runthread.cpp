// The run thread of a measurement keeps the priority of the thread that made it: the window's
// engine is scheduled as the command line's is (a lowered one read a busy desktop as latency).
#include "model/runthread.h"

#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

using namespace fathom;

namespace {
int niceOfThread()
{
    errno = 0;
    return getpriority(PRIO_PROCESS, id_t(gettid()));
}
} // namespace

class TestRunThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsAtTheCreatorsPriority()
    {
        const int mine = niceOfThread();
        RunThread thread(QStringLiteral("fathom-run"));
        int seen = -100;
        QObject anchor;
        thread.start();
        anchor.moveToThread(&thread);
        QMetaObject::invokeMethod(
            &anchor, [&] { seen = niceOfThread(); }, Qt::BlockingQueuedConnection);
        QCOMPARE(seen, mine);
        QMetaObject::invokeMethod(
            &anchor, [&] { anchor.moveToThread(qApp->thread()); }, Qt::BlockingQueuedConnection);
    }

    void aNicenessAskedForIsTaken()
    {
        RunThread thread(QStringLiteral("fathom-bench"), 5);
        int seen = -100;
        QObject anchor;
        thread.start();
        anchor.moveToThread(&thread);
        QMetaObject::invokeMethod(
            &anchor, [&] { seen = niceOfThread(); }, Qt::BlockingQueuedConnection);
        QCOMPARE(seen, 5); // nice(1)'s value, as a benchmark asks for it
        QMetaObject::invokeMethod(
            &anchor, [&] { anchor.moveToThread(qApp->thread()); }, Qt::BlockingQueuedConnection);
    }
};

QTEST_MAIN(TestRunThread)
#include "tst_runthread.moc"
