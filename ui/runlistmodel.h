#pragma once

#include "history/runstore.h"

#include <QAbstractTableModel>

namespace fathom {

/// The run history as a table, newest first.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Started,
        Kind,
        Name,
        Target,
        Status,
        Result,
        Steps,
        ColumnCount
    };

    explicit RunListModel(QObject *parent = nullptr);
    void setRuns(QList<RunSummary> runs);
    const RunSummary &run(int row) const { return m_runs[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RunSummary> m_runs;
};

} // namespace fathom
