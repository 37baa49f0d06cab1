#include "ui/steptablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace fathom {

StepTableModel::StepTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StepTableModel::clear()
{
    beginResetModel();
    m_steps.clear();
    endResetModel();
}

void StepTableModel::append(const StepResult &step)
{
    beginInsertRows({}, int(m_steps.size()), int(m_steps.size()));
    m_steps.append(step);
    endInsertRows();
}

void StepTableModel::setSteps(const QList<StepResult> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

int StepTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StepTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const StepResult &s = m_steps[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Level:
            return s.level;
        case Attempt:
            return s.attempt;
        case Result:
            return s.passed ? tr("pass") : tr("fail");
        case Ok:
            return s.ok;
        case Failed:
            return s.failed;
        case P50:
            return QLocale().toString(s.p50Us / 1000.0, 'f', 1);
        case P99:
            return QLocale().toString(s.p99Us / 1000.0, 'f', 1);
        case Throughput:
            return QLocale().toString(s.throughputRps, 'f', 1);
        case QueueWaitP99:
            return QLocale().toString(s.queueWaitP99Us / 1000.0, 'f', 1);
        case Waited:
            // Jobs slower than the warm-up's slow limit, where saturation was judged.
            return s.servedAtOnce >= 0 && s.passed ? QVariant(s.ok - s.servedAtOnce) : QVariant();
        case Connections:
            return s.connectionsOpened >= 0
                ? QVariant(QStringLiteral("%1 / %2").arg(s.connectionsOpened).arg(s.connectionsReused))
                : QVariant();
        case Breaker:
            return breakerStateWords(s.breaker);
        case DominantError: {
            // Words for people; the id stays in --json and the run history.
            const auto d = s.dominantFailure();
            return d ? outcomeWords(*d) : QString();
        }
        }
    } else if (role == Qt::ForegroundRole && index.column() == Result) {
        return QBrush(s.passed ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    } else if (role == Qt::TextAlignmentRole && index.column() != Result && index.column() != Breaker
               && index.column() != DominantError) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole) {
        return s.level;
    }
    return {};
}

QVariant StepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Level:
            return tr("Level");
        case Attempt:
            return tr("Attempt");
        case Result:
            return tr("Result");
        case Ok:
            return tr("OK");
        case Failed:
            return tr("Failed");
        case P50:
            return tr("p50 ms");
        case P99:
            return tr("p99 ms");
        case Throughput:
            return tr("Jobs/s");
        case QueueWaitP99:
            return tr("Pool wait p99 ms");
        case Waited:
            return tr("Waited");
        case Connections:
            return tr("New / reused");
        case Breaker:
            return tr("Breaker");
        case DominantError:
            return tr("Main error");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case Level:
            return tr("How many jobs ran at the same time in this attempt.");
        case Result:
            return tr("An attempt passes when every one of its jobs succeeded.");
        case P50:
            return tr("Half of the jobs took at most this long, from submit to answer.");
        case P99:
            return tr("99 of 100 jobs took at most this long.");
        case Throughput:
            return tr("Successful jobs per second of the attempt.");
        case QueueWaitP99:
            return tr("How long jobs waited for a free connection in the client's pool (99th percentile).");
        case Waited:
            return tr("Jobs slower than the slowest warm-up job plus a margin: they most likely waited for a slot. "
                      "Saturation is claimed only where that many slow jobs cannot be chance, at two levels.");
        case Connections:
            return tr("Connections the attempt's jobs opened, and kept-alive ones they reused. Every attempt starts "
                      "on fresh connections, so none is left open from the one before.");
        case Breaker:
            return tr("The circuit breaker's state when the attempt ended.");
        case DominantError:
            return tr("The most frequent failure class among the attempt's jobs.");
        default:
            return {};
        }
    }
    return {};
}

} // namespace fathom
