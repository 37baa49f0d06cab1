#pragma once

#include "diagnosis/diagnosis.h"
#include "ui/jobtracker.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace fathom {

/// Edits the classification rules: the ordered list (first match wins), each rule's fields
/// checked as you type (a bad regex marks its field and names the rule), and a live preview of
/// the imported failures the rule matches and those it decides. Imports Fathom's rules or an
/// Allure categories.json; exports both. OK is possible only with valid rules.
class RulesEditor : public QDialog
{
    Q_OBJECT
public:
    RulesEditor(const FailureRules &rules, std::shared_ptr<const Diagnosis> sample, QWidget *parent = nullptr);

    /// The edited rules; valid whenever the dialog was accepted.
    const FailureRules &rules() const { return m_valid; }
    bool isValid() const { return m_error.isEmpty(); }

    QListWidget *ruleList() const { return m_list; }
    QLineEdit *regexField(const QString &name) const;
    QComboBox *categoryField() const { return m_category; }
    QListWidget *preview() const { return m_preview; }
    QLabel *previewSummary() const { return m_previewSummary; }
    QLabel *errorLabel() const { return m_errorLabel; }
    /// The preview is being worked out (off the GUI thread: a keystroke on 10,000 failures).
    bool previewing() const { return m_previewJob.isRunning(); }

    void addRule();
    void removeRule();
    void moveRule(int by);
    void resetToBuiltIn();
    bool importFrom(const QString &path, QString *error);

private:
    void setRules(const QList<FailureRule> &rules);
    void showRule(int row);
    void takeEdits();
    void validate();
    void updatePreview();
    QString itemText(const FailureRule &r) const;

    QList<FailureRule> m_edit;
    FailureRules m_valid;
    QString m_error;
    std::shared_ptr<const Diagnosis> m_sample;
    int m_row = -1;
    bool m_loading = false;

    QListWidget *m_list;
    QComboBox *m_category;
    QLineEdit *m_name;
    QLineEdit *m_label;
    QCheckBox *m_failed;
    QCheckBox *m_broken;
    QLineEdit *m_message;
    QLineEdit *m_trace;
    QLineEdit *m_text;
    QLineEdit *m_output;
    QCheckBox *m_fullMatch;
    QLabel *m_errorLabel;
    QLabel *m_previewSummary;
    QListWidget *m_preview;
    QDialogButtonBox *m_buttons;
    /// What the rule matches, worked out after each keystroke; the next keystroke supersedes it.
    JobTracker m_previewJob { this };
};

} // namespace fathom
