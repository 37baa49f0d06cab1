#include "ui/failuretablemodel.h"

#include "report/reportcharts.h"

#include <QFileInfo>
#include <QLocale>

namespace fathom {

FailureTableModel::FailureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FailureTableModel::setDiagnosis(std::shared_ptr<const Diagnosis> diagnosis)
{
    beginResetModel();
    m_diagnosis = std::move(diagnosis);
    endResetModel();
}

int FailureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_diagnosis ? 0 : int(m_diagnosis->run.failures.size());
}

int FailureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_diagnosis)
        return {};
    const TestFailure &f = m_diagnosis->run.failures.at(index.row());
    const Classification &k = m_diagnosis->classifications.at(index.row());
    if (role == CategoryRole)
        return k.category;
    if (role == UniqueErrorRole)
        return QString(k.category + QLatin1Char('/') + m_diagnosis->signatures.value(index.row()).id);
    if (role == Qt::DecorationRole && index.column() == Category)
        return ReportCharts::categoryColor(k.category);
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Test:
            return f.message.left(500);
        case Rule:
            return k.rule.isEmpty() ? tr("No rule matched this failure.")
                : k.likely
                ? tr("A likely cause: only the test's captured log matched this rule, nothing the failure itself "
                     "said.")
                : tr("The first rule that matched the failure's message, or else its trace.");
        case Matched:
            return k.field.isEmpty() ? QVariant() : tr("Found in the failure's %1.").arg(k.field);
        case Category:
            return k.confidence == QLatin1String("ambiguous")
                ? tr("Ambiguous: the text fits this cause and others (%1). A measurement can settle it.")
                      .arg(FailureRules::confidenceText(k))
                : !k.settledBy.isEmpty()
                ? tr("Likely: the text fitted several causes, and a measurement decided: %1.").arg(k.settledBy)
                : k.confidence == QLatin1String("likely") ? tr("Likely: only a strong but indirect sign points here.")
                                                          : QVariant();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Test:
        return f.displayName();
    case Status:
        return testStatusWords(f.status);
    case Category: {
        const QString sure = FailureRules::confidenceText(k);
        return sure.isEmpty() ? FailureRules::categoryTitle(k.category)
                              : tr("%1 (%2)").arg(FailureRules::categoryTitle(k.category), sure);
    }
    case Rule:
        return FailureRules::ruleTitle(k.rule);
    case Matched:
        return k.matchedText.simplified();
    case File:
        return QStringLiteral("%1:%2").arg(QFileInfo(f.file).fileName()).arg(f.line);
    default:
        return {};
    }
}

QVariant FailureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Category:
            return tr("The root-cause category the rules sorted this failure into.");
        case Rule:
            return tr("The rule that decided the category: the first one that matched, in the rules' order.");
        case Matched:
            return tr("The text the rule matched, in the message, the traceback or the captured output.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Test:
        return tr("Test");
    case Status:
        return tr("Status");
    case Category:
        return tr("Category");
    case Rule:
        return tr("Rule");
    case Matched:
        return tr("Matched text");
    case File:
        return tr("File");
    default:
        return {};
    }
}

RootCauseListModel::RootCauseListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RootCauseListModel::setDiagnosis(std::shared_ptr<const Diagnosis> diagnosis)
{
    beginResetModel();
    m_diagnosis = std::move(diagnosis);
    endResetModel();
}

int RootCauseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_diagnosis ? 0 : 1 + int(m_diagnosis->rootCauses.size());
}

const RootCause *RootCauseListModel::cause(int row) const
{
    if (!m_diagnosis || row <= kAllFailuresRow || row > m_diagnosis->rootCauses.size())
        return nullptr;
    return &m_diagnosis->rootCauses.at(row - 1);
}

int RootCauseListModel::topCauseRow() const
{
    return m_diagnosis && !m_diagnosis->rootCauses.isEmpty() ? 1 : kAllFailuresRow;
}

QVariant RootCauseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_diagnosis)
        return {};
    if (index.row() == kAllFailuresRow) {
        const int failures = int(m_diagnosis->run.failures.size());
        switch (role) {
        case Qt::DisplayRole:
            return tr("All failures — %1").arg(QLocale().toString(failures));
        case Qt::ToolTipRole:
            return tr("Every failure of the run, whatever its root cause: search them all.");
        case CategoryRole:
            return QString();
        default:
            return {};
        }
    }
    const RootCause &c = *cause(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2 (%3%)").arg(c.title).arg(c.count).arg(qRound(c.share * 100));
    case Qt::DecorationRole:
        return ReportCharts::categoryColor(c.category);
    case Qt::ToolTipRole:
        return c.statement;
    case CategoryRole:
        return c.category;
    default:
        return {};
    }
}

} // namespace fathom
