#include "ui/ruleseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>

namespace fathom {

namespace {

constexpr int kMaxPreview = 200;

void mark(QLineEdit *field, const QString &problem)
{
    field->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { background: #ffd6d6; }"));
    field->setToolTip(problem.isEmpty() ? field->property("help").toString() : problem);
}

QLineEdit *regexEdit(const QString &help)
{
    auto *e = new QLineEdit;
    e->setProperty("help", help);
    e->setToolTip(help);
    e->setClearButtonEnabled(true);
    return e;
}

} // namespace

RulesEditor::RulesEditor(const FailureRules &rules, std::shared_ptr<const Diagnosis> sample, QWidget *parent)
    : QDialog(parent)
    , m_valid(rules)
    , m_sample(std::move(sample))
{
    setWindowTitle(tr("Classification rules"));
    m_list = new QListWidget;
    m_list->setToolTip(tr("The rules in order: the first that matches a failure decides its category."));
    m_category = new QComboBox;
    m_category->setEditable(true);
    for (const QString &id : FailureRules::builtInCategoryIds())
        if (id != QLatin1String("unknown"))
            m_category->addItem(id);
    m_category->setToolTip(tr("The category's id (as in --json). A new id makes a category of the team's own."));
    m_name = new QLineEdit;
    m_name->setToolTip(tr("The category's name as Allure shows it; entries of one name form one category."));
    m_label = new QLineEdit;
    m_label->setToolTip(tr("This rule's own name, shown beside each failure it decides."));
    m_failed = new QCheckBox(tr("failed"));
    m_failed->setToolTip(tr("Test failures (JUnit <failure>)."));
    m_broken = new QCheckBox(tr("broken (error)"));
    m_broken->setToolTip(tr("Test errors (JUnit <error>), which Allure calls broken."));
    m_message = regexEdit(tr("A regular expression over the failure's message."));
    m_trace = regexEdit(tr("A regular expression over the failure's whole traceback."));
    m_text = regexEdit(tr("A regular expression over the message or what the traceback says (its error lines, not the "
                          "source code it quotes): the usual choice."));
    m_output = regexEdit(tr("A regular expression over the test's captured output (system-out, system-err)."));
    m_fullMatch = new QCheckBox(tr("Whole text must match (Allure's way)"));
    m_fullMatch->setToolTip(tr("Off: a match anywhere counts. On: the regex must match the whole text, as Allure's "
                               "categories do; rules imported from Allure have it on."));
    auto *statuses = new QHBoxLayout;
    statuses->addWidget(m_failed);
    statuses->addWidget(m_broken);
    statuses->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Category id:"), m_category);
    form->addRow(tr("Category name:"), m_name);
    form->addRow(tr("Rule:"), m_label);
    form->addRow(tr("Applies to:"), statuses);
    form->addRow(tr("Message or trace:"), m_text);
    form->addRow(tr("Message:"), m_message);
    form->addRow(tr("Whole trace:"), m_trace);
    form->addRow(tr("Output:"), m_output);
    form->addRow(QString(), m_fullMatch);
    m_errorLabel = new QLabel;
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020"));
    m_previewSummary = new QLabel;
    m_previewSummary->setWordWrap(true);
    m_preview = new QListWidget;
    m_preview->setToolTip(tr("The imported failures this rule matches, and the text it matched."));

    auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *b = new QPushButton(text);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(button(tr("Add"), tr("A new rule after the selected one."), [this] { addRule(); }));
    listButtons->addWidget(button(tr("Delete"), tr("Delete the selected rule."), [this] { removeRule(); }));
    listButtons->addWidget(
        button(tr("Up"), tr("Earlier: decides before the rules below it."), [this] { moveRule(-1); }));
    listButtons->addWidget(button(tr("Down"), tr("Later."), [this] { moveRule(1); }));
    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(button(tr("Import…"),
                                  tr("Replace the rules with Fathom's rules JSON or an Allure "
                                     "categories.json."),
                                  [this] {
                                      const QString path = QFileDialog::getOpenFileName(this, tr("Import rules"),
                                                                                        QString(), tr("JSON (*.json)"));
                                      QString error;
                                      if (!path.isEmpty() && !importFrom(path, &error))
                                          QMessageBox::warning(this, tr("Import failed"), error);
                                  }));
    fileButtons->addWidget(
        button(tr("Export for Allure…"), tr("Write Allure's categories.json from these rules."), [this] {
            if (!isValid())
                return;
            const QString path = QFileDialog::getSaveFileName(this, tr("Export for Allure"),
                                                              QStringLiteral("categories.json"), tr("JSON (*.json)"));
            if (path.isEmpty())
                return;
            QStringList leftOut;
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
                || f.write(m_valid.toAllureCategories(&leftOut)) < 0 || !f.commit())
                QMessageBox::warning(this, tr("Export failed"), f.errorString());
            else if (!leftOut.isEmpty())
                QMessageBox::information(this, tr("Exported"),
                                         tr("Allure reads no captured output; these rules were left out: %1")
                                             .arg(leftOut.join(QStringLiteral(", "))));
        }));
    fileButtons->addWidget(
        button(tr("Built-in rules"), tr("Start again from Fathom's built-in rules."), [this] { resetToBuiltIn(); }));
    fileButtons->addStretch();

    auto *leftBox = new QWidget;
    auto *leftLayout = new QVBoxLayout(leftBox);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    leftLayout->addLayout(listButtons);
    auto *rightBox = new QWidget;
    auto *rightLayout = new QVBoxLayout(rightBox);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_errorLabel);
    rightLayout->addWidget(m_previewSummary);
    rightLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter;
    split->addWidget(leftBox);
    split->addWidget(rightBox);
    split->setStretchFactor(1, 2);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(fileButtons);
    layout->addWidget(m_buttons);
    resize(1100, 700);

    connect(m_list, &QListWidget::currentRowChanged, this, &RulesEditor::showRule);
    for (QLineEdit *e : { m_name, m_label, m_message, m_trace, m_text, m_output })
        connect(e, &QLineEdit::textChanged, this, &RulesEditor::takeEdits);
    connect(m_category, &QComboBox::currentTextChanged, this, &RulesEditor::takeEdits);
    for (QCheckBox *c : { m_failed, m_broken, m_fullMatch })
        connect(c, &QCheckBox::toggled, this, &RulesEditor::takeEdits);
    setRules(rules.rules());
}

QLineEdit *RulesEditor::regexField(const QString &name) const
{
    if (name == QLatin1String("messageRegex"))
        return m_message;
    if (name == QLatin1String("traceRegex"))
        return m_trace;
    if (name == QLatin1String("textRegex"))
        return m_text;
    if (name == QLatin1String("outputRegex"))
        return m_output;
    return nullptr;
}

QString RulesEditor::itemText(const FailureRule &r) const
{
    return QStringLiteral("%1 · %2").arg(FailureRules::categoryTitle(r.category, r.name), r.label());
}

void RulesEditor::setRules(const QList<FailureRule> &rules)
{
    m_edit = rules;
    m_row = -1;
    m_list->clear();
    for (const FailureRule &r : m_edit)
        m_list->addItem(itemText(r));
    validate();
    m_list->setCurrentRow(m_edit.isEmpty() ? -1 : 0);
    if (m_edit.isEmpty())
        showRule(-1);
}

void RulesEditor::showRule(int row)
{
    m_row = row;
    m_loading = true;
    const bool valid = row >= 0 && row < m_edit.size();
    const FailureRule r = valid ? m_edit[row] : FailureRule();
    for (QWidget *w : std::initializer_list<QWidget *> { m_category, m_name, m_label, m_failed, m_broken, m_message,
                                                         m_trace, m_text, m_output, m_fullMatch })
        w->setEnabled(valid);
    m_category->setCurrentText(r.category);
    m_name->setText(r.name);
    m_label->setText(r.rule);
    m_failed->setChecked(r.statuses.isEmpty() || r.statuses.contains(QLatin1String("failed")));
    m_broken->setChecked(r.statuses.isEmpty() || r.statuses.contains(QLatin1String("broken")));
    m_message->setText(r.messageRegex);
    m_trace->setText(r.traceRegex);
    m_text->setText(r.textRegex);
    m_output->setText(r.outputRegex);
    m_fullMatch->setChecked(r.fullMatch);
    m_loading = false;
    validate();
}

void RulesEditor::takeEdits()
{
    if (m_loading || m_row < 0 || m_row >= m_edit.size())
        return;
    FailureRule &r = m_edit[m_row];
    r.category = m_category->currentText().trimmed();
    r.name = m_name->text();
    r.rule = m_label->text();
    r.statuses.clear();
    if (m_failed->isChecked() != m_broken->isChecked()) // both: any status, as an empty list says
        r.statuses << (m_failed->isChecked() ? QStringLiteral("failed") : QStringLiteral("broken"));
    r.messageRegex = m_message->text();
    r.traceRegex = m_trace->text();
    r.textRegex = m_text->text();
    r.outputRegex = m_output->text();
    r.fullMatch = m_fullMatch->isChecked();
    m_list->item(m_row)->setText(itemText(r));
    validate();
}

void RulesEditor::validate()
{
    // Each regex field of the shown rule on its own, so the bad one is marked…
    for (QLineEdit *e : { m_message, m_trace, m_text, m_output }) {
        const QRegularExpression re(e->text());
        mark(e,
             re.isValid() ? QString()
                          : tr("Not a valid regular expression: %1 at character %2")
                                .arg(re.errorString())
                                .arg(re.patternErrorOffset() + 1));
    }
    mark(m_name, m_row >= 0 && m_name->text().trimmed().isEmpty() ? tr("Give the category a name.") : QString());
    // …and the whole list, whose message names the rule.
    m_error.clear();
    for (int i = 0; i < m_edit.size() && m_error.isEmpty(); ++i)
        if (m_edit[i].name.trimmed().isEmpty())
            m_error = tr("rule %1 (\"%2\"): \"name\" is missing or empty").arg(i + 1).arg(m_edit[i].label());
    if (m_error.isEmpty()) {
        QString error;
        if (auto compiled = FailureRules::fromRules(m_edit, &error))
            m_valid = *compiled;
        m_error = error;
    }
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setForeground(m_error.contains(tr("rule %1 ").arg(i + 1)) ? QColor(0xb0, 0, 0x20)
                                                                                   : palette().text().color());
    m_errorLabel->setText(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_error.isEmpty());
    updatePreview();
}

namespace {

/// What one rule matches among the imported failures: worked out off the GUI thread.
struct Preview
{
    int matches = 0;
    int decides = 0;
    int total = 0;
    struct Line
    {
        QString text;
        bool decided;
    };
    QList<Line> lines; ///< the first kMaxPreview matches
};

Preview previewOf(const FailureRules &rules, int row, const QList<TestFailure> &failures, const JobControl &control)
{
    Preview p;
    p.total = int(failures.size());
    for (const TestFailure &f : failures) {
        if (control.cancelled())
            break; // another keystroke: this preview is not shown
        const auto m = rules.matchRule(row, f);
        if (!m)
            continue;
        ++p.matches;
        const bool decided = rules.classify(f).ruleIndex == row;
        p.decides += decided;
        if (p.lines.size() < kMaxPreview)
            p.lines.append({ QStringLiteral("%1 — %2").arg(f.displayName(), m->matchedText.simplified()), decided });
    }
    return p;
}

} // namespace

void RulesEditor::updatePreview()
{
    if (!m_sample || m_sample->run.failures.isEmpty()) {
        m_previewJob.cancel();
        m_preview->clear();
        m_previewSummary->setText(tr("Import a test run first to see what each rule matches."));
        return;
    }
    if (!m_error.isEmpty() || m_row < 0 || m_row >= m_valid.rules().size()) {
        m_previewJob.cancel();
        m_preview->clear();
        m_previewSummary->setText(QString());
        return;
    }
    // The list keeps the last preview until the new one is ready: no flicker while typing.
    m_previewJob.start<Preview>(
        [rules = m_valid, row = m_row, sample = m_sample](const JobControl &control) {
            return previewOf(rules, row, sample->run.failures, control);
        },
        [this](Preview p) {
            m_preview->clear();
            for (const Preview::Line &line : std::as_const(p.lines)) {
                auto *item = new QListWidgetItem(line.text);
                if (!line.decided) {
                    item->setForeground(QColor(0x80, 0x80, 0x80));
                    item->setToolTip(tr("An earlier rule decides this failure."));
                }
                m_preview->addItem(item);
            }
            m_previewSummary->setText(tr("This rule matches %1 of the %2 imported failures and decides %3 of them "
                                         "(the others are decided by an earlier rule).")
                                          .arg(p.matches)
                                          .arg(p.total)
                                          .arg(p.decides));
        });
}

void RulesEditor::addRule()
{
    FailureRule r;
    r.category = QStringLiteral("team_category");
    r.name = tr("New category");
    r.rule = tr("new rule");
    r.textRegex = QStringLiteral("TODO");
    const int at = m_row < 0 ? int(m_edit.size()) : m_row + 1;
    m_edit.insert(at, r);
    m_list->insertItem(at, itemText(r));
    m_list->setCurrentRow(at);
}

void RulesEditor::removeRule()
{
    if (m_row < 0 || m_row >= m_edit.size())
        return;
    const int row = m_row;
    m_edit.removeAt(row);
    m_row = -1;
    delete m_list->takeItem(row);
    validate();
}

void RulesEditor::moveRule(int by)
{
    const int to = m_row + by;
    if (m_row < 0 || to < 0 || to >= m_edit.size())
        return;
    const int from = m_row;
    m_edit.move(from, to);
    m_row = -1;
    m_list->insertItem(to, m_list->takeItem(from));
    m_list->setCurrentRow(to);
}

void RulesEditor::resetToBuiltIn()
{
    setRules(FailureRules::builtIn().rules());
}

bool RulesEditor::importFrom(const QString &path, QString *error)
{
    const auto loaded = FailureRules::load(path, error);
    if (!loaded)
        return false;
    setRules(loaded->rules());
    return true;
}

} // namespace fathom
