#pragma once

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace fathom {

namespace detail {
/// What a tracker and its jobs share; outlives the tracker while a job still runs.
struct JobTrackerState
{
    std::mutex mutex; ///< guards `context` against the tracker's end while a job posts to it
    QObject *context = nullptr; ///< null once the tracker has ended
    std::atomic<quint64> current { 0 }; ///< the newest job; 0: none (cancelled)
};
} // namespace detail

/// What a job sees of its tracker: whether to stop, and a way to say how far it has come.
class JobControl
{
public:
    JobControl(std::shared_ptr<detail::JobTrackerState> state, quint64 id, std::function<void(int, int)> progress)
        : m_state(std::move(state))
        , m_id(id)
        , m_progress(std::move(progress))
    {
    }
    /// A newer job, cancel() or the tracker's end made this one pointless: stop when you can.
    bool cancelled() const { return m_state->current.load() != m_id; }
    /// Tells the tracker's context (in its thread, if this is still the newest job).
    void progress(int done, int total) const;

private:
    std::shared_ptr<detail::JobTrackerState> m_state;
    quint64 m_id;
    std::function<void(int, int)> m_progress;
};

/// Heavy work away from the GUI thread, in the spirit of KDAB hotspot's JobTracker. Each start()
/// is a job with a new id, run on Qt's global thread pool; its result comes back to the
/// context's thread only while it is the newest job — a newer start(), cancel() or the
/// tracker's end drops it (the user moved on: another keystroke, another run). A job must
/// capture what it needs by value, never the context: it may outlive it.
class JobTracker
{
public:
    /// `context` (not owned) receives the results, in its thread; the tracker must end with it.
    explicit JobTracker(QObject *context);
    ~JobTracker();
    JobTracker(const JobTracker &) = delete;
    JobTracker &operator=(const JobTracker &) = delete;

    /// Runs `job`; `done` gets its result in the context's thread unless it was superseded.
    /// `progress` (optional) gets (done, total) from JobControl::progress() likewise.
    template<class Result>
    quint64 start(std::function<Result(const JobControl &)> job, std::function<void(Result)> done,
                  std::function<void(int, int)> progress = {})
    {
        const quint64 id = ++m_lastId;
        m_state->current = id;
        auto state = m_state;
        QThreadPool::globalInstance()->start(
            [state, id, job = std::move(job), done = std::move(done), progress = std::move(progress)]() mutable {
                const JobControl control(state, id, std::move(progress));
                if (control.cancelled())
                    return; // superseded before it began
                auto result = std::make_shared<Result>(job(control));
                std::lock_guard lock(state->mutex);
                if (!state->context || control.cancelled())
                    return;
                QMetaObject::invokeMethod(
                    state->context,
                    [state, id, done = std::move(done), result] {
                        // In the context's thread, where the tracker also ends: no race with it here.
                        if (state->context && state->current.load() == id) {
                            state->current = 0;
                            done(std::move(*result));
                        }
                    },
                    Qt::QueuedConnection);
            });
        return id;
    }

    /// Drops the result of the job running, which is asked to stop.
    void cancel() { m_state->current = 0; }
    /// A job started and its result not yet delivered (nor dropped by cancel()).
    bool isRunning() const { return m_state->current.load() != 0; }
    /// The id of the newest job running, 0 when none is.
    quint64 currentJob() const { return m_state->current.load(); }

private:
    std::shared_ptr<detail::JobTrackerState> m_state;
    quint64 m_lastId = 0;
};

} // namespace fathom
