#pragma once

#include "discovery/discoveryresult.h"

#include <QAbstractTableModel>

namespace fathom {

/// The steps of a discovery run, one row per attempt.
class StepTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Level,
        Attempt,
        Result,
        Ok,
        Failed,
        P50,
        P99,
        Throughput,
        QueueWaitP99,
        Waited,
        Connections,
        Breaker,
        DominantError,
        ColumnCount
    };

    explicit StepTableModel(QObject *parent = nullptr);

    void clear();
    void append(const StepResult &step);
    void setSteps(const QList<StepResult> &steps);
    const QList<StepResult> &steps() const { return m_steps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StepResult> m_steps;
};

} // namespace fathom
