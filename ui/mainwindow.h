#pragma once

#include "model/profilelibrary.h"
#include "model/targetprofile.h"
#include "ui/appsettings.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace fathom {

class DiscoveryPanel;
class DiagnosisPanel;
class HistoryPanel;
class KeychainSecretStore;
class LiveCharts;
class MetricsHistory;
class ProbesPanel;
class RunStore;
class ProbeRunner;
class TranslatedTexts;
struct DiscoveryConfig;
struct ProbeResult;

/// Fathom's window: the target bar, live charts, discovery and probes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Uses `profile` as the target of every panel.
    void setTarget(const TargetProfile &profile);
    /// Makes `profile` the target and starts a discovery of it with `config` (the demo's).
    void discover(const TargetProfile &profile, const DiscoveryConfig &config);
    /// Opens a run of the history: a discovery in the discovery tab, a probe in the history's
    /// details. False (and a word in the status bar) when there is no such run.
    bool openRun(qint64 id);
    /// Diagnoses JUnit files (the Diagnosis tab), joined with the runs `joined` when given, else
    /// with the latest measurements of the target.
    void openTestRun(const QStringList &paths, const QList<qint64> &joined = {});

    DiscoveryPanel *discoveryPanel() const { return m_discovery; }
    ProbesPanel *probesPanel() const { return m_probes; }
    HistoryPanel *historyPanel() const { return m_historyPanel; }
    DiagnosisPanel *diagnosisPanel() const { return m_diagnosis; }
    LiveCharts *liveCharts() const { return m_charts; }
    MetricsHistory *history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    const TargetProfile &target() const { return m_profile; }
    QComboBox *profileChooser() const { return m_profileChooser; }
    /// The target's state in the target bar ("● healthy"), from its health and readiness checks.
    QLabel *targetStateLabel() const { return m_targetState; }
    /// Where the window's probes run: the Probes tab's and the target-state checks.
    ProbeRunner *probeRunner() const { return m_probeRunner.get(); }
    ProfileLibrary &profileLibrary() { return m_library; }
    /// Help → Keyboard shortcuts: every shortcut of the menus, and the tabs' Alt letters.
    QDialog *shortcutsDialog();
    /// Help → User guide (F1), in the window's language.
    QDialog *guideDialog();
    /// Help → About: the version, Qt's, and the licence (LICENSE, MIT).
    static QString aboutText();

public Q_SLOTS:
    void openSettings();
    /// Lists the profile library in the target bar again, the current target selected.
    void refreshProfileChooser();
    /// Applies preferences now (chart refresh rate, language, client defaults).
    void applySettings(const fathom::AppSettings &settings);
    void showShortcuts();
    void showGuide();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The constructor's parts, in order.
    /// The run history; when it cannot be written, the status bar says so.
    void openRunStore();
    /// The target bar: profile chooser, base URL, open and edit, the target's state.
    void buildTargetBar(TranslatedTexts *texts);
    /// The tabs, and what one panel tells another.
    void buildPanels(TranslatedTexts *texts);
    /// File, Run (every probe, from any tab) and Help, with their shortcuts.
    void buildMenus(TranslatedTexts *texts);
    /// The engine's counters, kept current from the history.
    void buildStatusBar(TranslatedTexts *texts);
    /// The window's geometry and the target of the last session.
    void restoreLastTarget();

    void openProfile();
    void editProfile(bool current);
    void applyUrl();
    void targetTheTestedServer();
    void chooseProfile(int index);
    void checkTargetState();
    /// The target's last known state, in the current language.
    void showTargetState();
    void updateStatus();
    void about();

    AppSettings m_settings;
    ProfileLibrary m_library;
    std::unique_ptr<RunStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<ProbeRunner> m_probeRunner; ///< the Probes tab's probes and the target-state checks
    /// The target-state check's probes in flight; 0 when none. A result with another id is of an
    /// earlier target (or check) and is dropped.
    quint64 m_healthCheck = 0;
    quint64 m_readinessCheck = 0;
    void takeTargetStateResult(quint64 id, const ProbeResult &result);
    MetricsHistory *m_history;
    TargetProfile m_profile;
    QLineEdit *m_url;
    QComboBox *m_profileChooser;
    QLabel *m_targetState;
    enum class TargetState
    {
        Unknown,
        Unreachable,
        Unhealthy,
        Healthy,
        HealthyNoReadiness, ///< healthy; the readiness path answered 404: no readiness check to ask
        WaitingForFibre,
        NotReady
    };
    TargetState m_state = TargetState::Unknown;
    QTabWidget *m_tabs;
    LiveCharts *m_charts;
    DiscoveryPanel *m_discovery;
    ProbesPanel *m_probes;
    HistoryPanel *m_historyPanel;
    DiagnosisPanel *m_diagnosis;
    QLabel *m_counters;
    QDialog *m_shortcuts = nullptr; ///< made when first asked for
    QDialog *m_guide = nullptr; ///< likewise
    QTimer m_stateTimer;
    bool m_closeAfterRun = false; ///< the user closed the window during a run
};

} // namespace fathom
