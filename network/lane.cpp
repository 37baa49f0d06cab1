#include "network/lane.h"

#include "network/curllane.h"
#include "network/qtlane.h"

#include <QTimer>

#include <chrono>
#include <limits>

namespace fathom {

Lane::Lane(int index, Clock *clock, Deliver deliver)
    : m_index(index)
    , m_clock(clock)
    , m_deliver(std::move(deliver))
{
}

std::unique_ptr<Lane> Lane::create(const EngineConfig &config, int index, Clock *clock, Deliver deliver)
{
    std::unique_ptr<Lane> lane;
    if (config.transport == EngineConfig::Transport::Qt)
        lane = std::make_unique<QtLane>(index, clock, std::move(deliver));
    else
        lane = std::make_unique<CurlLane>(index, config.laneCapacity(), clock, std::move(deliver));
    lane->m_tls = config.tls;
    return lane;
}

namespace {
/// The deadlines' clock: real time, like the QTimer that waits for them.
qint64 steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}
} // namespace

void Lane::setDeadline(Attempt &a, int ms)
{
    clearDeadline(a);
    if (ms <= 0)
        return;
    // The list of this length, else an empty one, else a new one.
    int index = -1;
    for (int i = 0; i < int(m_deadlineLists.size()); ++i) {
        if (m_deadlineLists[size_t(i)].ms == ms) {
            index = i;
            break;
        }
        if (index < 0 && !m_deadlineLists[size_t(i)].first)
            index = i;
    }
    if (index < 0) {
        index = int(m_deadlineLists.size());
        m_deadlineLists.emplace_back();
    }
    DeadlineList &list = m_deadlineLists[size_t(index)];
    list.ms = ms;
    a.deadlineAt = steadyNowMs() + ms;
    a.deadlineList = index;
    a.deadlinePrev = list.last;
    a.deadlineNext = nullptr;
    (list.last ? list.last->deadlineNext : list.first) = &a;
    list.last = &a;
    if (!m_deadlineTimer || !m_deadlineTimer->isActive() || a.deadlineAt < m_deadlineTimerAt)
        startDeadlineTimer(a.deadlineAt);
}

void Lane::clearDeadline(Attempt &a)
{
    if (a.deadlineList < 0)
        return;
    DeadlineList &list = m_deadlineLists[size_t(a.deadlineList)];
    (a.deadlinePrev ? a.deadlinePrev->deadlineNext : list.first) = a.deadlineNext;
    (a.deadlineNext ? a.deadlineNext->deadlinePrev : list.last) = a.deadlinePrev;
    a.deadlinePrev = a.deadlineNext = nullptr;
    a.deadlineList = -1;
}

void Lane::startDeadlineTimer(qint64 at)
{
    if (!m_deadlineTimer) {
        m_deadlineTimer = new QTimer(this);
        m_deadlineTimer->setSingleShot(true);
        m_deadlineTimer->setTimerType(Qt::PreciseTimer);
        connect(m_deadlineTimer, &QTimer::timeout, this, &Lane::onDeadlines);
    }
    m_deadlineTimerAt = at;
    const qint64 wait = std::max<qint64>(0, at - steadyNowMs());
    m_deadlineTimer->start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void Lane::armDeadlineTimer()
{
    std::optional<qint64> soonest;
    for (const DeadlineList &list : m_deadlineLists) {
        if (list.first && (!soonest || list.first->deadlineAt < *soonest))
            soonest = list.first->deadlineAt;
    }
    if (soonest)
        startDeadlineTimer(*soonest);
    else if (m_deadlineTimer)
        m_deadlineTimer->stop();
}

void Lane::onDeadlines()
{
    struct Due
    {
        Attempt *attempt;
        quint64 requestId;
        int generation;
    };
    const qint64 now = steadyNowMs();
    std::vector<Due> due;
    for (DeadlineList &list : m_deadlineLists) {
        while (list.first && list.first->deadlineAt <= now) {
            Attempt *a = list.first;
            due.push_back({ a, a->job.requestId, a->job.generation });
            clearDeadline(*a);
        }
    }
    armDeadlineTimer();
    // Each abort delivers a result, and the engine may start its next job in a slot already
    // due here: only the job that ran out is timed out.
    for (const Due &d : due) {
        if (d.attempt->job.requestId == d.requestId && d.attempt->job.generation == d.generation
            && d.attempt->deadlineList < 0)
            onTimeout(*d.attempt);
    }
}

bool Lane::isLocalhostName(const QString &host)
{
    QStringView h(host);
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    return h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || h.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive);
}

void Lane::begin(Attempt &a, const LaneJob &job)
{
    a.job = job;
    a.body.clear();
    a.startedUs = m_clock->nowUs();
    a.sentUs = a.firstByteUs = a.bodyBytes = 0;
    a.sends = 0;
    a.connectTimedOut = a.requestTimedOut = a.cancelled = false;
    setDeadline(a, job.connectTimeoutMs);
}

void Lane::markSent(Attempt &a)
{
    // Only the first write starts the request timer: a resend on a new connection is counted,
    // not given more time.
    if (a.sends++ > 0)
        return;
    a.sentUs = m_clock->nowUs();
    setDeadline(a, a.job.requestTimeoutMs);
}

void Lane::markFirstByte(Attempt &a)
{
    if (!a.firstByteUs)
        a.firstByteUs = m_clock->nowUs();
}

void Lane::storeBody(Attempt &a, const char *data, qsizetype size)
{
    markFirstByte(a);
    a.bodyBytes += size;
    const qsizetype room = a.job.maxStoredBodyBytes - a.body.size();
    if (room > 0)
        a.body.append(data, std::min(room, size));
}

void Lane::onTimeout(Attempt &a)
{
    // Transports report an abort as just that: remember which phase ran out first.
    if (a.sentUs)
        a.requestTimedOut = true;
    else
        a.connectTimedOut = true;
    abort(a);
}

LaneResult Lane::conclude(Attempt &a, ReplyFacts facts, QList<QPair<QByteArray, QByteArray>> headers,
                          const QString &transportError)
{
    clearDeadline(a);
    facts.body = a.body;
    facts.connectTimedOut = a.connectTimedOut;
    facts.requestTimedOut = a.requestTimedOut;
    facts.cancelled = a.cancelled;

    qint64 contentLength = -1;
    QByteArray encoding;
    for (const auto &[name, value] : std::as_const(headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 n = value.trimmed().toLongLong(&ok);
            contentLength = ok && n >= 0 ? n : -1;
        } else if (name.compare("Content-Encoding", Qt::CaseInsensitive) == 0) {
            encoding = value.trimmed();
        }
    }
    const bool bodyExpected
        = a.job.spec->method != "HEAD" && facts.httpStatus >= 200 && facts.httpStatus != 204 && facts.httpStatus != 304;
    // With a Content-Encoding, Content-Length counts compressed bytes: no comparison possible.
    facts.truncated = bodyExpected && contentLength >= 0 && (encoding.isEmpty() || encoding == "identity")
        && a.bodyBytes < contentLength;

    LaneResult r;
    r.requestId = a.job.requestId;
    r.generation = a.job.generation;
    r.lane = m_index;
    r.outcome = classifyReply(facts);
    r.httpStatus = facts.httpStatus;
    r.body = std::move(a.body);
    r.headers = std::move(headers);
    if (facts.connectTimedOut)
        r.errorText = tr("connect timeout after %1 ms").arg(a.job.connectTimeoutMs);
    else if (facts.requestTimedOut)
        r.errorText = tr("no complete answer %1 ms after the request was sent").arg(a.job.requestTimeoutMs);
    else if (facts.truncated)
        r.errorText = tr("the answer was cut short: %1 of %2 bytes, then the connection closed (%3)")
                          .arg(a.bodyBytes)
                          .arg(contentLength)
                          .arg(transportError);
    else if (facts.error != QNetworkReply::NoError && facts.httpStatus == 0)
        r.errorText = transportError;
    r.startedUs = a.startedUs;
    r.sentUs = a.sentUs;
    r.firstByteUs = a.firstByteUs;
    r.transportResends = std::max(0, a.sends - 1);
    r.finishedUs = m_clock->nowUs();
    a.job = LaneJob();
    return r;
}

void Lane::refuseOverCapacity(const LaneJob &job)
{
    LaneResult r;
    r.requestId = job.requestId;
    r.generation = job.generation;
    r.lane = m_index;
    r.errorText = QStringLiteral("internal: lane %1 over capacity").arg(m_index);
    r.finishedUs = m_clock->nowUs();
    m_deliver(std::move(r));
}

} // namespace fathom
