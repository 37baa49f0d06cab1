#include "ui/runlistmodel.h"

#include "model/probe.h"

#include <QLocale>

namespace fathom {

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunListModel::setRuns(QList<RunSummary> runs)
{
    std::reverse(runs.begin(), runs.end());
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const RunSummary &r = m_runs[index.row()];
    if (role == Qt::UserRole)
        return r.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return r.id;
    case Started:
        return QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat);
    case Kind:
        return r.kindWords();
    case Name:
        return r.kind == QLatin1String("probe") ? probeKindWords(r.name) : r.name;
    case Target:
        return r.target;
    case Status:
        return r.statusText();
    case Result:
        return r.resultText();
    case Steps:
        return r.kind == QLatin1String("probe") ? QVariant() : QVariant(r.steps); // a probe has no steps
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Run");
    case Started:
        return tr("Started");
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Name");
    case Target:
        return tr("Target");
    case Status:
        return tr("Status");
    case Result:
        return tr("Result");
    case Steps:
        return tr("Steps");
    }
    return {};
}

} // namespace fathom
