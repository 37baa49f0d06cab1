#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QAbstractItemModel;
class QWidget;

namespace fathom {

/// The texts of a widget that follow the language at run time — Qt's retranslateUi, kept beside
/// the code that makes each widget. Every setter runs once when added and again whenever the
/// owner receives QEvent::LanguageChange (Translations::install sends it when the language changes).
///
///     auto *texts = new TranslatedTexts(this);
///     texts->add([=] { label->setText(tr("Window:")); });
class TranslatedTexts : public QObject
{
    Q_OBJECT
public:
    explicit TranslatedTexts(QWidget *owner);

    /// Runs `set` now and on every language change.
    void add(std::function<void()> set);
    /// Runs every setter again (the owner's LanguageChange calls it).
    void retranslate() const;

    /// Tells `model`'s views that all its headers and data changed: its data() and headerData()
    /// translate when asked, so they answer in the new language.
    static void announceChanged(QAbstractItemModel *model);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::vector<std::function<void()>> m_setters;
};

} // namespace fathom
