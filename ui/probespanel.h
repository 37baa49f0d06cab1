#pragma once

#include "model/probe.h"
#include "model/targetprofile.h"

#include <QWidget>

#include <memory>

class QListWidget;
class QPlainTextEdit;

namespace fathom {

class RunStore;
class TokenProvider;

/// One button per probe kind; results listed with their verdicts, full details on selection.
class ProbesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProbesPanel(RunStore *store, QWidget *parent = nullptr);
    ~ProbesPanel() override;

    void setProfile(const TargetProfile &profile, TokenProvider *tokens);
    void runProbe(ProbeKind kind);
    QListWidget *results() const { return m_list; }

Q_SIGNALS:
    void probeFinished(const fathom::ProbeResult &result);

private:
    RunStore *m_store;
    TargetProfile m_profile;
    TokenProvider *m_tokens = nullptr;
    std::vector<std::unique_ptr<Probe>> m_running;
    QListWidget *m_list;
    QPlainTextEdit *m_details;
};

} // namespace fathom
