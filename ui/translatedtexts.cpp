#include "ui/translatedtexts.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QWidget>

namespace fathom {

TranslatedTexts::TranslatedTexts(QWidget *owner)
    : QObject(owner)
{
    owner->installEventFilter(this);
}

void TranslatedTexts::add(std::function<void()> set)
{
    set();
    m_setters.push_back(std::move(set));
}

void TranslatedTexts::retranslate() const
{
    for (const auto &set : m_setters)
        set();
}

bool TranslatedTexts::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TranslatedTexts::announceChanged(QAbstractItemModel *model)
{
    const int rows = model->rowCount(), columns = model->columnCount();
    if (columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0 && columns > 0)
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
}

} // namespace fathom
