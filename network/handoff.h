#pragma once

#include <QMutex>

#include <vector>

namespace fathom {

/// Items passed from one thread to another, with one wake-up per batch instead of one per item.
/// At thousands of requests in flight, a queued call per job and per result cost an allocation
/// and an event-loop wake-up each way (bench/run-engine-scale); batched, the busier the engine,
/// the larger each batch and the less each request costs.
///
/// The sender pushes; when push() says so, it wakes the receiver (a queued call), which takes
/// every item pushed so far. Items keep their order.
template<typename T> class Handoff
{
public:
    /// Adds `item`; true when the receiver must be woken: no wake-up is pending yet.
    [[nodiscard]] bool push(T &&item)
    {
        QMutexLocker lock(&m_mutex);
        m_items.push_back(std::move(item));
        if (m_wakePending)
            return false;
        m_wakePending = true;
        return true;
    }

    /// Everything pushed so far, oldest first; the next push wakes the receiver again.
    std::vector<T> takeAll()
    {
        std::vector<T> taken;
        QMutexLocker lock(&m_mutex);
        taken.swap(m_items);
        m_wakePending = false;
        return taken;
    }

private:
    QMutex m_mutex;
    std::vector<T> m_items;
    bool m_wakePending = false;
};

} // namespace fathom
