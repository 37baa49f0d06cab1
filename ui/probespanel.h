#pragma once

#include "model/probe.h"
#include "model/targetprofile.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;
class QPlainTextEdit;

namespace fathom {

class RunStore;
class TokenProvider;

/// One button per probe kind; results listed with their targets and verdicts, full details on selection.
class ProbesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProbesPanel(RunStore *store, QWidget *parent = nullptr);
    ~ProbesPanel() override;

    void setProfile(const TargetProfile &profile, TokenProvider *tokens);
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
    TargetProfile m_profile;
    TokenProvider *m_tokens = nullptr;
    std::vector<std::unique_ptr<Probe>> m_running;
    QTableWidget *m_list;
    QPlainTextEdit *m_details;
    QLabel *m_cleanupWarning;
    void showCleanupWarning();
};

} // namespace fathom
