#pragma once

#include <QStyledItemDelegate>

namespace fathom {

/// Lays out each cell's text in its own direction: an English message or verdict in a Hebrew
/// table reads left to right with its full stop at the end, while the cell keeps the table's
/// alignment. (Qt's delegate lays out every cell in the view's direction: ".Connection refused".)
class NaturalDirectionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    /// The direction `text` is laid out in, in a view of `viewDirection`: right to left when it
    /// holds any right-to-left letter, left to right when it holds only left-to-right ones, the
    /// view's when it has no letters at all.
    static Qt::LayoutDirection directionOf(const QString &text, Qt::LayoutDirection viewDirection);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace fathom
