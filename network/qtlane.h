#pragma once

#include "network/lane.h"

#include <QSslConfiguration>

#include <array>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace fathom {

/// A lane on Qt Network: one QNetworkAccessManager with at most 6 requests outstanding (Qt
/// 6.4's per-host limit), its QNAM created in the lane's thread on first use.
class QtLane : public Lane
{
    Q_OBJECT
public:
    QtLane(int index, Clock *clock, Deliver deliver);
    ~QtLane() override;

    void start(const LaneJob &job) override;
    void cancel(quint64 requestId, int generation) override;
    void cancelAll() override;

private:
    struct Slot : Attempt
    {
        QNetworkReply *reply = nullptr;
    };

    void abort(Attempt &a) override;
    QNetworkReply *send(const QNetworkRequest &request, const HttpRequestSpec &spec);
    void onReadyRead(Slot *slot);
    void onFinished(Slot *slot);
    /// The TLS settings as Qt takes them, read from their files on the first https request.
    void loadTls();

    QNetworkAccessManager *m_nam = nullptr;
    std::optional<QSslConfiguration> m_ssl;
    QString m_tlsProblem; ///< why the TLS files could not be used; every https request fails with it
    std::array<Slot, EngineConfig::kConnectionsPerLane> m_slots;
};

} // namespace fathom
