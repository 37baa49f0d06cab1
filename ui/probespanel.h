#pragma once

#include "model/probe.h"
#include "model/targetprofile.h"

#include <QWidget>

#include <map>

class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QPlainTextEdit;

namespace fathom {

class ProbeRunner;
class RunStore;

/// One button per probe kind; results listed with their targets and verdicts, full details on selection.
class ProbesPanel : public QWidget
{
    Q_OBJECT
public:
    /// Probes run through `runner` (not owned; the window's).
    ProbesPanel(RunStore *store, ProbeRunner *runner, QWidget *parent = nullptr);
    ~ProbesPanel() override;

    void setProfile(const TargetProfile &profile);
    void runProbe(ProbeKind kind);
    /// One row per probe, newest last: time, kind, target, verdict.
    QTableWidget *results() const { return m_list; }
    /// Shown while the target has no cleanup request: the job probes leave their jobs behind.
    QLabel *cleanupWarning() const { return m_cleanupWarning; }
    /// The selected probe in full: verdict, a readable summary, then its JSON.
    QPlainTextEdit *details() const { return m_details; }
    enum Column
    {
        TimeColumn,
        KindColumn,
        TargetColumn,
        VerdictColumn
    };

Q_SIGNALS:
    void probeFinished(const fathom::ProbeResult &result);

private:
    RunStore *m_store;
    ProbeRunner *m_runner;
    TargetProfile m_profile;
    struct Pending
    {
        QTableWidgetItem *verdict; ///< the row's verdict cell, filled in when the result comes
        TargetProfile profile; ///< the target it ran against, recorded with it
    };
    std::map<quint64, Pending> m_pending; ///< probes started from here, by the runner's id
    void showResult(const Pending &pending, const ProbeResult &result);
    QTableWidget *m_list;
    QPlainTextEdit *m_details;
    QLabel *m_cleanupWarning;
    void showCleanupWarning();
};

} // namespace fathom
