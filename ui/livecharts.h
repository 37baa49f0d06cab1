#pragma once

#include <QWidget>

#include <QElapsedTimer>
#include <QTimer>

class QChart;
class QChartView;
class QComboBox;
class QCheckBox;
class QLineSeries;
class QAreaSeries;
class QValueAxis;
class QBarSet;
class QBarSeries;

namespace fathom {

class MetricsHistory;

/// The live charts on one shared time axis: pool usage, breaker state, 503 and error rates,
/// latency percentiles, and the latency histogram. Redrawn when MetricsHistory has news, at most
/// at the refresh rate (10 Hz by default) and only while visible, with a whole series replaced
/// at once — never point by point.
class LiveCharts : public QWidget
{
    Q_OBJECT
public:
    explicit LiveCharts(MetricsHistory *history, QWidget *parent = nullptr);

    void setRefreshHz(int hz);
    int refreshHz() const { return 1000 / m_intervalMs; }
    /// Window in seconds; 0 = the whole run.
    void setWindowSeconds(int seconds);
    void setFollowing(bool follow);
    /// Redraws now (the timer calls this); public for tests.
    void refresh();
    int refreshCount() const { return m_refreshes; }
    /// A redraw is scheduled (for tests: nothing is scheduled while hidden or paused).
    bool refreshPending() const { return m_timer.isActive(); }
    int pointsShown() const;

    QList<QChartView *> chartViews() const { return m_views; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    QChartView *addView(QChart *chart);
    void saveChart(QChartView *view);

    MetricsHistory *m_history;
    QTimer m_timer; ///< single shot: the next refresh, when one is due
    QElapsedTimer m_sinceRefresh;
    int m_intervalMs = 100;
    bool m_dirty = true;
    bool m_following = true;
    int m_windowSeconds = 60;
    int m_refreshes = 0;
    QList<QChartView *> m_views;
    QList<QValueAxis *> m_timeAxes;
    QComboBox *m_window = nullptr;
    QCheckBox *m_follow = nullptr;

    QLineSeries *m_inFlight, *m_queued, *m_poolSize;
    QValueAxis *m_poolY;
    QLineSeries *m_breaker;
    QLineSeries *m_overloaded, *m_overloadedBase, *m_fiberTop, *m_timeouts, *m_otherErrors;
    QAreaSeries *m_overloadedArea, *m_fiberArea;
    QValueAxis *m_rateY;
    QLineSeries *m_p50, *m_p90, *m_p99;
    QValueAxis *m_latencyY;
    QBarSet *m_histogram;
    QBarSet *m_timeoutBar;
    QValueAxis *m_histogramY;
};

} // namespace fathom
