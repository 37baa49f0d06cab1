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

/// The niceness code running in `thread` sees.
int niceIn(RunThread &thread)
{
    int seen = -100;
    QObject anchor;
    thread.start();
    anchor.moveToThread(&thread);
    QMetaObject::invokeMethod(
        &anchor, [&] { seen = niceOfThread(); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        &anchor, [&] { anchor.moveToThread(qApp->thread()); }, Qt::BlockingQueuedConnection);
    return seen;
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
        QCOMPARE(niceIn(thread), mine);
    }

    void aNicenessAskedForIsTaken()
    {
        RunThread thread(QStringLiteral("fathom-bench"), 5);
        QCOMPARE(niceIn(thread), 5); // nice(1)'s value, as a benchmark asks for it
    }
};

QTEST_MAIN(TestRunThread)
#include "tst_runthread.moc"
