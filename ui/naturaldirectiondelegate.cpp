#include "ui/naturaldirectiondelegate.h"

namespace fathom {

Qt::LayoutDirection NaturalDirectionDelegate::directionOf(const QString &text, Qt::LayoutDirection viewDirection)
{
    // Any Hebrew (or Arabic) makes it a right-to-left sentence, even one that starts with
    // "HTTP 429" or "Fathom"; only text with none reads left to right.
    bool leftToRight = false;
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirR:
        case QChar::DirAL:
            return Qt::RightToLeft;
        case QChar::DirL:
            leftToRight = true;
            break;
        default:
            break;
        }
    }
    return leftToRight ? Qt::LeftToRight : viewDirection;
}

void NaturalDirectionDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const Qt::LayoutDirection text = directionOf(option->text, option->direction);
    if (text == option->direction)
        return;
    // The cell keeps the side the table's alignment gives it; only its text's order changes.
    const Qt::Alignment horizontal
        = QStyle::visualAlignment(option->direction, option->displayAlignment) & Qt::AlignHorizontal_Mask;
    option->displayAlignment = (option->displayAlignment & ~Qt::AlignHorizontal_Mask) | horizontal | Qt::AlignAbsolute;
    option->direction = text;
}

} // namespace fathom
