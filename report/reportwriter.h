#pragma once

#include "diagnosis/diagnosis.h"

#include <QCoreApplication>

namespace fathom {

/// Writes a diagnosis as a root-cause report a developer or a manager reads without Fathom:
/// summary; failures by category; each root cause with its evidence, charts, fix and unique
/// errors; capacity and probe results; the configuration used; an appendix with every failure
/// (HTML, Markdown) or with every unique error and one example each (PDF, which thousands of
/// failures would make a book of); every failure as CSV for a spreadsheet.
///
/// In the UI language (tr) and right to left when the application's layout is (Hebrew).
/// Imported text is redacted at import and escaped here: a failure message holding
/// `<script>` stays text in HTML and in Markdown. Needs a QGuiApplication (fonts, painting).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(fathom::ReportWriter)
public:
    enum class Format
    {
        Markdown,
        Html,
        Pdf,
        Csv, ///< every failure, one row each
    };
    /// From the file's suffix (.md/.markdown, .html/.htm, .pdf, .csv); nullopt for another.
    static std::optional<Format> formatFor(const QString &path);

    struct Options
    {
        bool rightToLeft = false; ///< defaults to the application's layout direction
        QString rulesName; ///< "built-in" or the rules file, for the configuration section
        /// The appendix lists every failure; else every unique error with one example (the PDF's).
        bool everyFailure = true;
        Options();
    };

    static QString markdown(const Diagnosis &d, const Options &options = {});
    /// Self-contained: the charts are PNG data: URLs, no network, no scripts.
    static QString html(const Diagnosis &d, const Options &options = {});
    static bool pdf(const Diagnosis &d, const QString &path, const Options &options, QString *error);
    /// Every failure: test, status, category, rule, unique error and its id, message, file, line,
    /// start. RFC 4180; a cell a spreadsheet would run as a formula (=, +, -, @) starts with '.
    static QString csv(const Diagnosis &d);
    /// Two test runs compared (the JSON of `fathom runs compare A B --json`) as a report: the
    /// failed share and each root cause before → after, the unique errors, every test that
    /// changed or is flaky or load-induced, the measurements nearest each run. .md, .html, .pdf.
    static bool writeComparison(const QJsonObject &comparison, const QString &path, const Options &options,
                                QString *error);
    /// By the file's suffix; atomic (QSaveFile) for text formats.
    static bool write(const Diagnosis &d, const QString &path, const Options &options, QString *error);
};

} // namespace fathom
