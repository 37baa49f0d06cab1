#pragma once

#include "ui/chartframe.h"

#include <QWidget>

#include <QElapsedTimer>
#include <QPointF>
#include <QTimer>

class QChart;
class QChartView;
class QLayout;
class QComboBox;
class QLabel;
class QCheckBox;
class QLineSeries;
class QAreaSeries;
class QValueAxis;
class QBarSet;
class QStackedBarSeries;

namespace fathom {

class MetricsHistory;
class TranslatedTexts;

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
    /// Redraws every chart now (tests, a changed window); while following, the refresh timer
    /// updates them one per turn of the event loop instead.
    void refresh();
    int refreshCount() const { return m_refreshes; }
    /// A redraw is scheduled (for tests: nothing is scheduled while hidden or paused).
    /// (A frame already begun still puts its remaining charts in: a pause never leaves them out of step.)
    bool refreshPending() const { return m_timer.isActive(); }
    int pointsShown() const;

    QList<QChartView *> chartViews() const { return m_views; }
    /// Which run the charts show.
    QLabel *originLabel() const { return m_origin; }
    /// What a tooltip says with the pointer at `viewPos` over a chart's plot: the time and each
    /// series' value there (a histogram: the bucket's counts); empty outside the plot, where the
    /// chart's own explanation shows.
    QString valuesAt(QChartView *view, const QPoint &viewPos) const;
    /// A chart's data as CSV (its context menu saves it): the time and each series' value, or a
    /// histogram's buckets and counts; plain numbers, the series' names as the header.
    QString csvOf(QChartView *view) const;

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void saveChartData(QChartView *view);

private:
    static constexpr int kStages = 5; ///< pool, breaker, errors, latency, histogram

    void scheduleRefresh();
    void refreshInStages();
    void applyNextStage();
    /// Counts a refresh, restarts the throttle's clock, and computes what the frame draws.
    ChartFrame beginFrame();
    /// Puts the current frame into one chart.
    void applyStage(int stage);
    QLayout *buildControls();
    QChartView *buildPoolChart();
    QChartView *buildBreakerChart();
    QChartView *buildFailureChart();
    QChartView *buildLatencyChart();
    QChartView *buildHistogram();
    /// The shared time axis of a time chart, attached to its series (with `y` when given).
    void addTimeAxis(QChart *chart, QValueAxis *y);
    /// A chart's view, its pens cosmetic, `y`'s ticks fitted to its height when given.
    QChartView *addView(QChart *chart, QValueAxis *y);
    void connectRefresh();
    void saveChart(QChartView *view);

    /// Names the run the points come from, from the history.
    void showOrigin();

    MetricsHistory *m_history;
    TranslatedTexts *m_texts;
    QLabel *m_origin;
    QTimer m_timer; ///< single shot: the next refresh, when one is due
    QTimer m_stageTimer; ///< zero-time single shot: the next chart of a refresh in stages
    ChartFrame m_frame;
    int m_nextStage = 0;
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
    QBarSet *m_answeredBars;
    QBarSet *m_rejectedBars;
    QBarSet *m_failedBars;
    QValueAxis *m_histogramY;
};

} // namespace fathom
