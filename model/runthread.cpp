#include "model/runthread.h"

#include <QDebug>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>

namespace fathom {

namespace {
std::atomic<int> g_defaultNiceness { RunThread::kDefaultNiceness };
}

int RunThread::defaultNiceness()
{
    return g_defaultNiceness;
}

void RunThread::setDefaultNiceness(int niceness)
{
    g_defaultNiceness = std::clamp(niceness, 0, 19);
}

RunThread::RunThread(const QString &name, int niceness, QObject *parent)
    : QThread(parent)
    , m_niceness(std::clamp(niceness, 0, 19))
{
    setObjectName(name);
}

RunThread::~RunThread()
{
    quit();
    wait();
}

void RunThread::run()
{
    // Linux's nice applies per thread (the kernel schedules tasks) and is inherited on clone.
    if (m_niceness > 0 && setpriority(PRIO_PROCESS, id_t(gettid()), m_niceness) != 0)
        qWarning("RunThread: could not lower the priority of %s: %s", qPrintable(objectName()), std::strerror(errno));
    exec();
}

} // namespace fathom
