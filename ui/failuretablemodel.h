#pragma once

#include "diagnosis/diagnosis.h"

#include <QAbstractTableModel>

#include <memory>

namespace fathom {

/// Every failure of a diagnosis: test, status, category, the rule that decided it and the text
/// it matched. Qt::UserRole on any column gives the category id (for filtering).
class FailureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Test,
        Status,
        Category,
        Rule,
        Matched,
        File,
        ColumnCount
    };
    static constexpr int CategoryRole = Qt::UserRole;
    /// "category/signature id": the root cause and the unique error (for filtering by either).
    static constexpr int UniqueErrorRole = Qt::UserRole + 1;

    explicit FailureTableModel(QObject *parent = nullptr);
    void setDiagnosis(std::shared_ptr<const Diagnosis> diagnosis);
    const Diagnosis *diagnosis() const { return m_diagnosis.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Diagnosis> m_diagnosis;
};

/// "All failures", then the root causes of a diagnosis in order of impact: "title — count (share)".
class RootCauseListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr int CategoryRole = Qt::UserRole; ///< empty for "All failures"
    static constexpr int kAllFailuresRow = 0;

    explicit RootCauseListModel(QObject *parent = nullptr);
    void setDiagnosis(std::shared_ptr<const Diagnosis> diagnosis);
    /// The root cause on `row`; null for "All failures".
    const RootCause *cause(int row) const;
    /// The row of the first (most frequent) root cause, or "All failures" when there is none.
    int topCauseRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Diagnosis> m_diagnosis;
};

} // namespace fathom
