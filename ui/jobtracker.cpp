#include "ui/jobtracker.h"

namespace fathom {

void JobControl::progress(int done, int total) const
{
    if (!m_progress || cancelled())
        return;
    std::lock_guard lock(m_state->mutex);
    if (!m_state->context)
        return;
    QMetaObject::invokeMethod(
        m_state->context,
        [state = m_state, id = m_id, report = m_progress, done, total] {
            if (state->context && state->current.load() == id)
                report(done, total);
        },
        Qt::QueuedConnection);
}

JobTracker::JobTracker(QObject *context)
    : m_state(std::make_shared<detail::JobTrackerState>())
{
    m_state->context = context;
}

JobTracker::~JobTracker()
{
    std::lock_guard lock(m_state->mutex);
    m_state->context = nullptr;
    m_state->current = 0;
}

} // namespace fathom
