#pragma once

#include "discovery/discoveryresult.h"
#include "ui/runorigin.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;

namespace fathom {

class RunListModel;
class RunStore;
struct StoredRun;
struct TestRunComparison;

/// The stored runs: reopen one, compare two side by side, delete.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    HistoryPanel(RunStore *store, QWidget *parent = nullptr);

    RunListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTextBrowser *details() const { return m_details; }

    /// Selects run `id` (after a refresh); false when the history has no such run.
    bool selectRun(qint64 id);

public Q_SLOTS:
    void refresh();
    void reopenSelected();
    void compareSelected();
    void deleteSelected();

Q_SIGNALS:
    /// A stored discovery to show in the discovery panel.
    void reopen(const fathom::DiscoveryResult &result, const fathom::RunOrigin &origin);
    /// A stored test run to show in the Diagnosis tab.
    void reopenTestRun(qint64 id);

private:
    QList<qint64> selectedIds() const;
    QString testRunHtml(const StoredRun &run) const;
    QString comparisonHtml(const TestRunComparison &cmp) const;

    RunStore *m_store;
    RunListModel *m_model;
    QTableView *m_view;
    QTextBrowser *m_details;
};

} // namespace fathom
