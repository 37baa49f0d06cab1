#pragma once

#include "discovery/discoveryresult.h"
#include "model/targetprofile.h"
#include "ui/runorigin.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QProgressBar;
class QPushButton;
class QScatterSeries;
class QSpinBox;
class QSplitter;
class QTableView;
class QValueAxis;

namespace fathom {

class DiscoveryRunner;
class MetricsHistory;
class DiscoveryRecorder;
class RunStore;
class StepTableModel;
class SecretStore;

/// Start and watch a capacity discovery: settings, progress, the step table, and throughput
/// and latency against level with the capacity line and the USL prediction.
class DiscoveryPanel : public QWidget
{
    Q_OBJECT
public:
    /// `history` receives the engine's snapshots; `store` (optional) records the run.
    DiscoveryPanel(MetricsHistory *history, RunStore *store, QWidget *parent = nullptr);
    ~DiscoveryPanel() override;

    /// `secrets` (optional, not owned) supplies the client secret when the profile uses auth.
    void setProfile(const TargetProfile &profile, SecretStore *secrets);
    void setDefaults(const DiscoveryConfig &config);
    /// The discovery the settings shown describe: what Start runs.
    DiscoveryConfig config() const;
    bool isRunning() const;
    StepTableModel *stepModel() const { return m_steps; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    QProgressBar *progressBar() const { return m_progress; }
    /// Whose results are shown (and whether they are the current target's).
    QLabel *shownRunLabel() const { return m_shownRun; }
    /// Shows a stored run (steps and result) without running anything.
    void showResult(const DiscoveryResult &result, const RunOrigin &origin);

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void started();
    void finished(const fathom::DiscoveryResult &result);
    void message(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onStep(const StepResult &step);
    void onFinished(const DiscoveryResult &result);
    void redrawLevelChart(const DiscoveryResult *result);
    void setRunning(bool running);
    /// The progress bar's text for the run's phase, in the current language.
    void showProgress();
    /// Whose results these are, and a warning when they are not the current target's.
    void showOrigin();

    MetricsHistory *m_history;
    RunStore *m_store;
    TargetProfile m_profile;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<DiscoveryRunner> m_run; ///< the engine runs in the runner's own thread
    std::unique_ptr<DiscoveryRecorder> m_record; ///< the run in the history, as the command line records it
    enum class Phase
    {
        Starting,
        WarmUp,
        Pacing,
        Idle,
        Running,
        Stopping,
        Done
    };
    Phase m_phase = Phase::Idle;
    int m_warmUpJob = 0, m_warmUpJobs = 0;
    double m_pacedRate = 0;
    int m_pacedJobs = 0;
    int m_level = 0, m_attempt = 0;
    std::optional<DiscoveryResult> m_result; ///< the finished or reopened run shown
    RunOrigin m_shownOrigin; ///< the run whose steps, chart and verdict are shown
    QLabel *m_shownRun;
    StepTableModel *m_steps;
    QComboBox *m_strategy;
    QSpinBox *m_maxLevel;
    QSpinBox *m_cooldown;
    QSpinBox *m_startLevel;
    QSpinBox *m_attempts;
    QSpinBox *m_budget; ///< minutes; 0 = none
    QSpinBox *m_warmUp;
    QSpinBox *m_sloP99; ///< ms; 0 = none
    QDoubleSpinBox *m_sloErrors; ///< percent
    QLabel *m_job;
    qint64 m_budgetMs = 0;
    int m_maxLevelTried = 0;
    int m_attemptsPerLevel = 0;
    QElapsedTimer m_runClock;
    void showJob();
    QSplitter *m_split = nullptr;
    bool m_userSizedSplit = false;
    void fitTable();
    QPushButton *m_start;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_verdict;
    QTableView *m_table;
    QChartView *m_levelView;
    QScatterSeries *m_throughput;
    QScatterSeries *m_latency;
    QLineSeries *m_capacityLine;
    QLineSeries *m_usl;
    QLineSeries *m_saturationLine;
    QLineSeries *m_sloLine;
    QLineSeries *m_rateLine;
    QValueAxis *m_levelX, *m_throughputY, *m_latencyY;
};

} // namespace fathom
