#include "report/reportwriter.h"

#include "report/reportcharts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextOption>
#include <QTextTable>

#include <variant>

namespace fathom {

namespace {

/// A report is built once as blocks of plain text, then rendered as Markdown or HTML: the
/// renderers do all escaping, so no imported text reaches the output unescaped.
struct Heading
{
    int level;
    QString text;
};
struct Paragraph
{
    QString text;
    QString label; ///< shown in bold before the text
};
struct Bullets
{
    QStringList items;
};
struct Table
{
    QStringList header;
    QList<QStringList> rows;
};
struct Chart
{
    QString id;
    QImage image;
    QString alt;
};
using Block = std::variant<Heading, Paragraph, Bullets, Table, Chart>;

QString percentOf(int n, int total)
{
    return total > 0 ? QLocale().toString(100.0 * n / total, 'f', 0) + QLatin1Char('%') : QStringLiteral("—");
}

QString sourceMark(Evidence::Source s)
{
    switch (s) {
    case Evidence::Source::TestRun:
        return ReportWriter::tr("test run");
    case Evidence::Source::Profile:
        return ReportWriter::tr("profile");
    case Evidence::Source::Measurement:
        return ReportWriter::tr("measured");
    case Evidence::Source::NotMeasured:
        break;
    }
    return {};
}

QString runKindText(const Measurement &m)
{
    if (m.kind == Measurement::Kind::Probe)
        return ReportWriter::tr("%1 probe").arg(m.probeTitle.isEmpty() ? m.probe : m.probeTitle);
    return m.fromLocust ? ReportWriter::tr("Locust ramp") : ReportWriter::tr("capacity discovery");
}

/// "Profile "staging", target http://…" — or the bare target when no saved profile was used.
QString profileWords(const ClientProfile &e)
{
    return e.name.isEmpty() ? ReportWriter::tr("Target %1 (no saved profile).").arg(e.baseUrl.toString())
                            : ReportWriter::tr("Profile \"%1\", target %2.").arg(e.name, e.baseUrl.toString());
}

QStringList clientSettingsWords(const ClientProfile &e)
{
    QStringList out;
    out << ReportWriter::tr("Client pool %1 connections; at most %2 requests at once; %3 requests per second.")
               .arg(e.poolSize)
               .arg(e.maxConcurrency > 0 ? QLocale().toString(e.maxConcurrency) : ReportWriter::tr("unlimited"))
               .arg(e.maxRequestsPerSecond > 0 ? QLocale().toString(e.maxRequestsPerSecond)
                                               : ReportWriter::tr("unlimited"));
    out << ReportWriter::tr("Timeouts: connect %1 ms, request %2 ms, pool wait %3 ms.")
               .arg(e.connectTimeoutMs)
               .arg(e.requestTimeoutMs)
               .arg(e.poolWaitTimeoutMs);
    out << ReportWriter::tr("Retries: %1, backoff factor %2; circuit breaker %3.")
               .arg(e.retries)
               .arg(e.backoffFactor)
               .arg(e.breakerEnabled ? ReportWriter::tr("on, opens after %1 failures").arg(e.breakerFailureThreshold)
                                     : ReportWriter::tr("off"));
    return out;
}

constexpr int kErrorsPerCause = 10;
constexpr int kErrorsInAppendix = 500;

/// Unique errors as a table: count, (category,) the error, when, an example test.
Table uniqueErrorTable(const Diagnosis &d, const QList<UniqueError> &errors, bool withCategory)
{
    Table t { { ReportWriter::tr("Failures"), ReportWriter::tr("Error"), ReportWriter::tr("When"),
                ReportWriter::tr("Example") },
              {} };
    if (withCategory)
        t.header.insert(1, ReportWriter::tr("Category"));
    const QLocale locale;
    for (const UniqueError &e : errors) {
        const TestFailure &example = d.run.failures[e.failures.constFirst()];
        QString when;
        if (e.first.isValid())
            when = e.first == e.last ? locale.toString(e.first.time(), QStringLiteral("HH:mm:ss"))
                                     : ReportWriter::tr("%1 to %2")
                                           .arg(locale.toString(e.first.time(), QStringLiteral("HH:mm:ss")),
                                                locale.toString(e.last.time(), QStringLiteral("HH:mm:ss")));
        // Reported before: the issue's key goes with it, as in the Diagnosis tab.
        const QString error = e.issueKey.isEmpty()
            ? e.signature.left(400)
            : ReportWriter::tr("%1 · known: %2").arg(e.signature.left(400), e.issueKey);
        QStringList row { locale.toString(e.count()), error, when,
                          QStringLiteral("%1 (%2:%3)")
                              .arg(example.displayName(), QFileInfo(example.file).fileName())
                              .arg(example.line) };
        if (withCategory)
            row.insert(1, FailureRules::categoryTitle(e.category));
        t.rows << row;
    }
    return t;
}

QList<Block> build(const Diagnosis &d, const ReportWriter::Options &o)
{
    QList<Block> b;
    const QLocale locale;
    const TestRunCounts &c = d.run.counts;
    const int failed = d.failedCount();
    b << Heading { 1, ReportWriter::tr("Root-cause report") };
    b << Paragraph { ReportWriter::tr("%1, from %2.")
                         .arg(locale.toString(d.createdAt, QLocale::LongFormat),
                              d.run.files.join(QStringLiteral(", "))),
                     {} };

    b << Heading { 2, ReportWriter::tr("Summary") };
    b << Paragraph { ReportWriter::tr("%1 of %n test(s) failed (%2): %3 failures and %4 errors; %5 passed, %6 skipped.",
                                      nullptr, c.total)
                         .arg(failed)
                         .arg(percentOf(failed, c.total))
                         .arg(c.failed)
                         .arg(c.errors)
                         .arg(c.passed)
                         .arg(c.skipped),
                     {} };
    for (const QString &note : d.targetNotes)
        b << Paragraph { note, {} };
    const int infrastructure = d.infrastructureCount();
    if (failed > 0) {
        b << Paragraph { ReportWriter::tr("%1 of the %2 failures (%3) come from the infrastructure — the server, the "
                                          "network or the client's settings — not from the product's behaviour.")
                             .arg(infrastructure)
                             .arg(failed)
                             .arg(percentOf(infrastructure, failed)),
                         {} };
        QStringList top;
        for (const RootCause &rc : d.rootCauses)
            top << ReportWriter::tr("%1: %2 (%3) — %4")
                       .arg(rc.title)
                       .arg(rc.count)
                       .arg(percentOf(rc.count, failed))
                       .arg(rc.statement);
        b << Bullets { top };
        if (!d.recommendations.isEmpty()) {
            b << Heading { 2, ReportWriter::tr("What to do, in order") };
            QStringList steps;
            for (int i = 0; i < d.recommendations.size(); ++i)
                steps << ReportWriter::tr("%1. %2 Because: %3")
                             .arg(i + 1)
                             .arg(d.recommendations[i].text, d.recommendations[i].because);
            b << Bullets { steps };
        }
    } else {
        b << Paragraph { ReportWriter::tr("Nothing failed: there is no root cause to find."), {} };
    }

    b << Heading { 2, ReportWriter::tr("Failures by category") };
    Table byCategory { { ReportWriter::tr("Category"), ReportWriter::tr("Failures"), ReportWriter::tr("Share"),
                         ReportWriter::tr("Infrastructure") },
                       {} };
    for (const RootCause &rc : d.rootCauses)
        byCategory.rows << QStringList { rc.title, QLocale().toString(rc.count), percentOf(rc.count, failed),
                                         rc.infrastructure ? ReportWriter::tr("yes") : ReportWriter::tr("no") };
    b << byCategory;
    if (!d.rootCauses.isEmpty())
        b << Chart { QStringLiteral("categories"), ReportCharts::categoryBars(d),
                     ReportWriter::tr("Failures per category") };
    if (!d.timeline.isEmpty())
        b << Chart { QStringLiteral("timeline"), ReportCharts::timeline(d),
                     ReportWriter::tr("Tests started and failures over the run") };

    b << Heading { 2, ReportWriter::tr("Root causes") };
    for (const RootCause &rc : d.rootCauses) {
        b << Heading { 3,
                       ReportWriter::tr("%1 — %2 (%3)").arg(rc.title).arg(rc.count).arg(percentOf(rc.count, failed)) };
        b << Paragraph { rc.statement, ReportWriter::tr("Likely cause:") };
        QStringList evidence;
        for (const Evidence &e : rc.evidence) // "Not measured: …" says its source itself
            evidence << (e.source == Evidence::Source::NotMeasured
                             ? e.text
                             : QStringLiteral("[%1] %2").arg(sourceMark(e.source), e.text));
        b << Paragraph { {}, ReportWriter::tr("Evidence:") };
        b << Bullets { evidence };
        if (rc.first.isValid())
            b << Paragraph { ReportWriter::tr("From %1 to %2.")
                                 .arg(locale.toString(rc.first.time(), QStringLiteral("HH:mm:ss")),
                                      locale.toString(rc.last.time(), QStringLiteral("HH:mm:ss"))),
                             ReportWriter::tr("When:") };
        b << Paragraph { rc.fix, ReportWriter::tr("Fix:") };
        b << Paragraph { uniqueErrorsWords(rc.count, int(rc.uniqueErrors.size())), ReportWriter::tr("Unique errors:") };
        b << uniqueErrorTable(d, rc.uniqueErrors.mid(0, kErrorsPerCause), false);
        if (rc.uniqueErrors.size() > kErrorsPerCause)
            b << Paragraph { ReportWriter::tr("… and %n more, in the appendix.", nullptr,
                                              int(rc.uniqueErrors.size() - kErrorsPerCause)),
                             {} };
    }

    b << Heading { 2, ReportWriter::tr("Capacity and probe results") };
    if (d.inputs.measurements.isEmpty()) {
        b << Paragraph { ReportWriter::tr("No measurements were joined to this diagnosis. Run the probes and capacity "
                                          "discovery against the target, then diagnose again with their runs."),
                         {} };
    } else {
        Table runs { { ReportWriter::tr("Run"), ReportWriter::tr("Kind"), ReportWriter::tr("Started"),
                       ReportWriter::tr("Target"), ReportWriter::tr("Result") },
                     {} };
        for (const Measurement &r : d.inputs.measurements) {
            const QString result = r.kind == Measurement::Kind::Capacity
                ? ReportWriter::tr("capacity %1 (%2)")
                      .arg(r.capacity ? QLocale().toString(*r.capacity) : QStringLiteral("—"), r.stopReasonText)
                : r.verdict;
            runs.rows << QStringList { QStringLiteral("#%1").arg(r.id), runKindText(r),
                                       locale.toString(r.startedAt, QLocale::ShortFormat), r.target, result };
        }
        b << runs;
    }

    b << Heading { 2, ReportWriter::tr("Configuration used") };
    QStringList config;
    config << ReportWriter::tr("Rules: %1.").arg(o.rulesName.isEmpty() ? ReportWriter::tr("built-in") : o.rulesName);
    config << ReportWriter::tr("Files: %1.").arg(d.run.files.join(QStringLiteral(", ")));
    if (d.inputs.profile) {
        const ClientProfile &e = *d.inputs.profile;
        config << profileWords(e);
        config << clientSettingsWords(e);
    } else {
        config << ReportWriter::tr("No target profile was given.");
    }
    b << Bullets { config };
    Table measured {
        { ReportWriter::tr("Run"), ReportWriter::tr("Measured with"), ReportWriter::tr("Client settings") }, {}
    };
    for (const Measurement &r : d.inputs.measurements)
        if (r.client)
            measured.rows << QStringList { QStringLiteral("#%1").arg(r.id), profileWords(*r.client),
                                           clientSettingsWords(*r.client).join(QLatin1Char(' ')) };
    if (!measured.rows.isEmpty()) {
        b << Paragraph { {}, ReportWriter::tr("The measurements' own settings:") };
        b << measured;
    }
    if (!d.run.warnings.isEmpty()) {
        b << Paragraph { {}, ReportWriter::tr("Import warnings:") };
        b << Bullets { d.run.warnings };
    }

    if (!o.everyFailure) {
        // Thousands of failures are a handful of errors: each once, with its count and an example.
        QList<UniqueError> errors;
        for (const RootCause &rc : d.rootCauses)
            errors << rc.uniqueErrors;
        b << Heading { 2, ReportWriter::tr("Appendix: every unique error") };
        b << Paragraph { ReportWriter::tr("%1. Every failure is in the HTML report's appendix and in the CSV export "
                                          "(fathom diagnose --report FILE.csv).")
                             .arg(uniqueErrorsWords(failed, int(errors.size()))),
                         {} };
        b << uniqueErrorTable(d, errors.mid(0, kErrorsInAppendix), true);
        if (errors.size() > kErrorsInAppendix)
            b << Paragraph { ReportWriter::tr("… and %n more: the HTML report and the CSV export list them all.",
                                              nullptr, int(errors.size() - kErrorsInAppendix)),
                             {} };
        return b;
    }
    b << Heading { 2, ReportWriter::tr("Appendix: every failure") };
    Table all { { ReportWriter::tr("Test"), ReportWriter::tr("Status"), ReportWriter::tr("Category and rule"),
                  ReportWriter::tr("Matched text"), ReportWriter::tr("Message"), ReportWriter::tr("File") },
                {} };
    for (int i = 0; i < d.run.failures.size(); ++i) {
        const TestFailure &f = d.run.failures[i];
        const Classification &k = d.classifications[i];
        const QString sure = FailureRules::confidenceText(k);
        const QString category = sure.isEmpty()
            ? FailureRules::categoryTitle(k.category)
            : ReportWriter::tr("%1 (%2)").arg(FailureRules::categoryTitle(k.category), sure);
        all.rows << QStringList { f.displayName(),
                                  testStatusWords(f.status),
                                  k.rule.isEmpty() ? category
                                                   : category + QStringLiteral(" — ") + FailureRules::ruleTitle(k.rule),
                                  k.matchedText.left(200),
                                  f.message.left(300),
                                  QStringLiteral("%1:%2").arg(QFileInfo(f.file).fileName()).arg(f.line) };
    }
    b << all;
    return b;
}

QString mdEscape(const QString &text, bool cell)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '#':
            out += QLatin1Char('\\');
            out += ch;
            break;
        case '\n':
            out += cell ? QStringLiteral(" ") : QStringLiteral("  \n");
            break;
        case '\r':
            break;
        default:
            out += ch;
        }
    }
    return out;
}

QString pngDataUrl(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

/// `imageSource` gives an <img> its src: a data: URL (HTML file) or a resource name (PDF).
QString renderHtml(const QList<Block> &blocks, const ReportWriter::Options &o,
                   const std::function<QString(const Chart &)> &imageSource, int maxImageWidth = 100000)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); };
    const QString dir = o.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    const QString align = o.rightToLeft ? QStringLiteral("right") : QStringLiteral("left");
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(QLocale().name().section(QLatin1Char('_'), 0, 0), dir);
    // No scripts, nothing fetched: the page is one file that opens anywhere.
    h += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                        "style-src 'unsafe-inline'\">\n");
    h += QStringLiteral("<title>%1</title>\n").arg(esc(ReportWriter::tr("Root-cause report")));
    h += QStringLiteral("<style>body{font-family:'DejaVu Sans',sans-serif;max-width:1000px;margin:2em auto;"
                        "padding:0 1em;text-align:%1}table{border-collapse:collapse;margin:.5em 0}"
                        "td,th{border:1px solid #bbb;padding:3px 6px;vertical-align:top;text-align:%1;"
                        // Long test names, URLs and traces break anywhere rather than widen the page.
                        "overflow-wrap:anywhere;word-break:break-word}"
                        "th{background:#eee}img{max-width:100%;height:auto}</style>\n</head>\n<body dir=\"%2\">\n")
             .arg(align, dir);
    for (const Block &block : blocks) {
        if (auto *x = std::get_if<Heading>(&block)) {
            h += QStringLiteral("<h%1>%2</h%1>\n").arg(x->level).arg(esc(x->text));
        } else if (auto *x = std::get_if<Paragraph>(&block)) {
            h += QStringLiteral("<p dir=\"%1\" align=\"%2\">").arg(dir, align);
            if (!x->label.isEmpty())
                h += QStringLiteral("<b>%1</b> ").arg(esc(x->label));
            h += esc(x->text) + QStringLiteral("</p>\n");
        } else if (auto *x = std::get_if<Bullets>(&block)) {
            h += QStringLiteral("<ul dir=\"%1\">\n").arg(dir);
            for (const QString &item : x->items)
                h += QStringLiteral("<li dir=\"%1\" align=\"%2\">%3</li>\n").arg(dir, align, esc(item));
            h += QStringLiteral("</ul>\n");
        } else if (auto *x = std::get_if<Table>(&block)) {
            h += QStringLiteral(
                     "<table dir=\"%1\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>")
                     .arg(dir);
            for (const QString &c : x->header)
                h += QStringLiteral("<th>%1</th>").arg(esc(c));
            h += QStringLiteral("</tr>\n");
            for (const QStringList &row : x->rows) {
                h += QStringLiteral("<tr>");
                for (const QString &c : row)
                    h += QStringLiteral("<td><bdi>%1</bdi></td>").arg(esc(c));
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</table>\n");
        } else if (auto *x = std::get_if<Chart>(&block)) {
            h += QStringLiteral("<p align=\"center\"><img src=\"%1\" alt=\"%2\" width=\"%3\"></p>\n")
                     .arg(imageSource(*x), esc(x->alt))
                     .arg(std::min(maxImageWidth, int(x->image.width() / x->image.devicePixelRatio())));
        }
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

} // namespace

ReportWriter::Options::Options()
    : rightToLeft(QGuiApplication::layoutDirection() == Qt::RightToLeft)
{
}

std::optional<ReportWriter::Format> ReportWriter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Format::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString renderMarkdown(const QList<Block> &blocks, const ReportWriter::Options &options)
{
    QString md;
    if (options.rightToLeft) // Markdown has no direction of its own; renderers that allow HTML honour this
        md += QStringLiteral("<div dir=\"rtl\">\n\n");
    for (const Block &block : blocks) {
        if (auto *x = std::get_if<Heading>(&block)) {
            md += QString(x->level, QLatin1Char('#')) + QLatin1Char(' ') + mdEscape(x->text, true)
                + QStringLiteral("\n\n");
        } else if (auto *x = std::get_if<Paragraph>(&block)) {
            if (!x->label.isEmpty())
                md += QStringLiteral("**%1** ").arg(mdEscape(x->label, true));
            md += mdEscape(x->text, false) + QStringLiteral("\n\n");
        } else if (auto *x = std::get_if<Bullets>(&block)) {
            for (const QString &item : x->items)
                md += QStringLiteral("- ") + mdEscape(item, true) + QLatin1Char('\n');
            md += QLatin1Char('\n');
        } else if (auto *x = std::get_if<Table>(&block)) {
            auto row = [](const QStringList &cells) -> QString {
                QStringList escaped;
                for (const QString &c : cells)
                    escaped << mdEscape(c, true);
                return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            };
            md += row(x->header);
            md += QStringLiteral("|") + QStringLiteral(" --- |").repeated(x->header.size()) + QLatin1Char('\n');
            for (const QStringList &r : x->rows)
                md += row(r);
            md += QLatin1Char('\n');
        }
        // Charts are in the HTML and PDF reports; Markdown keeps their numbers in the tables.
    }
    if (options.rightToLeft)
        md += QStringLiteral("</div>\n");
    return md;
}

QString ReportWriter::markdown(const Diagnosis &d, const Options &options)
{
    return renderMarkdown(build(d, options), options);
}

QString ReportWriter::html(const Diagnosis &d, const Options &options)
{
    return renderHtml(build(d, options), options, [](const Chart &c) -> QString { return pngDataUrl(c.image); });
}

QString ReportWriter::csv(const Diagnosis &d)
{
    const auto cell = [](QString text) -> QString {
        if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
            text.prepend(QLatin1Char('\'')); // a spreadsheet must not run a failure's text as a formula
        if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n'))
            || text.contains(QLatin1Char('\r')))
            return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        return text;
    };
    QString out
        = QStringLiteral("test,status,category,rule,unique_error,unique_error_id,message,file,line,started_at\r\n");
    for (int i = 0; i < d.run.failures.size(); ++i) {
        const TestFailure &f = d.run.failures[i];
        const Classification &k = d.classifications.value(i);
        const FailureSignature s = d.signatures.value(i);
        out += QStringList { cell(f.displayName()),
                             testStatusId(f.status),
                             cell(k.category),
                             cell(k.rule),
                             cell(s.text),
                             s.id,
                             cell(f.message.left(2000)),
                             cell(f.file),
                             QString::number(f.line),
                             f.startedAt.toString(Qt::ISODateWithMs) }
                   .join(QLatin1Char(','))
            + QStringLiteral("\r\n");
    }
    return out;
}

bool renderPdf(const QList<Block> &blocks, const QString &path, const ReportWriter::Options &options, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = ReportWriter::tr("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    QTextDocument doc;
    QTextOption option = doc.defaultTextOption();
    option.setTextDirection(options.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment(options.rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    doc.setDefaultTextOption(option);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    QPdfWriter writer(&file);
    writer.setTitle(ReportWriter::tr("Root-cause report"));
    writer.setCreator(QStringLiteral("Fathom"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    // Laid out at 96 units per inch, painted scaled to the writer; a footer line is kept for the
    // page number.
    constexpr qreal kUnitsPerInch = 96, kFooter = 24;
    const QSizeF paintArea = writer.pageLayout().paintRect(QPageLayout::Inch).size() * kUnitsPerInch;
    const QSizeF page(paintArea.width(), paintArea.height() - kFooter);
    doc.setPageSize(page);
    doc.setHtml(renderHtml(
        blocks, options, [](const Chart &c) -> QString { return QStringLiteral("fathom:") + c.id; },
        int(page.width() * 0.92))); // inside the body's margins: a wider image is cut at the page edge
    for (const Block &block : blocks) // after setHtml(), which clears the resources
        if (auto *c = std::get_if<Chart>(&block))
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("fathom:") + c->id), c->image);
    // A paragraph split across pages has its lines drawn on both (clipped away on one), and text
    // extraction (search, copy, pdftotext) then finds a line twice: a paragraph that would be
    // split starts on the next page instead. One at a time, each on the layout as it then is.
    // (Every one here is far shorter than a page; tables break between their rows.)
    for (int moved = 0; moved < 500; ++moved) {
        doc.documentLayout()->documentSize(); // the whole document laid out
        QTextBlock split;
        for (QTextBlock b = doc.begin(); b.isValid() && !split.isValid(); b = b.next()) {
            const QRectF r = doc.documentLayout()->blockBoundingRect(b);
            const QTextLayout *lines = b.layout();
            if (!lines || lines->lineCount() < 2 || r.height() >= page.height() || QTextCursor(b).currentTable())
                continue;
            const QTextLine first = lines->lineAt(0), last = lines->lineAt(lines->lineCount() - 1);
            if (int((r.top() + first.y()) / page.height()) != int((r.top() + last.y() + last.height()) / page.height()))
                split = b;
        }
        if (!split.isValid())
            break;
        QTextBlockFormat format = split.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(split).setBlockFormat(format);
    }

    // Our own page loop rather than QTextDocument::print(): print() also draws, clipped away, the
    // lines that touch a page's edge, and text extraction (search, copy, pdftotext) then finds
    // them twice. Here each page draws only the lines inside it.
    QPainter painter(&writer);
    const qreal scale = writer.resolution() / kUnitsPerInch;
    painter.scale(scale, scale);
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        const QRectF view(0, i * page.height(), page.width(), page.height());
        painter.save();
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = view.adjusted(0, 0.5, 0, -0.5);
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        QFont footer = font;
        footer.setPixelSize(11); // in layout units, like everything this painter draws
        painter.setFont(footer);
        painter.drawText(QRectF(0, page.height(), page.width(), kFooter), Qt::AlignCenter,
                         ReportWriter::tr("%1 / %2").arg(i + 1).arg(pages));
    }
    painter.end();

    if (!file.commit()) {
        *error = ReportWriter::tr("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportWriter::pdf(const Diagnosis &d, const QString &path, const Options &given, QString *error)
{
    Options options = given;
    options.everyFailure = false; // the unique errors; every failure is the HTML's and the CSV's
    return renderPdf(build(d, options), path, options, error);
}

namespace {

QList<Block> comparisonBlocks(const QJsonObject &c)
{
    QList<Block> b;
    const QJsonObject before = c.value(QStringLiteral("before")).toObject();
    const QJsonObject after = c.value(QStringLiteral("after")).toObject();
    b << Heading { 1, ReportWriter::tr("Test runs compared") };
    b << Paragraph {
        ReportWriter::tr("Test run %1 (%2, %3) → test run %4 (%5, %6).")
            .arg(before.value(QStringLiteral("id")).toInteger())
            .arg(before.value(QStringLiteral("name")).toString(), before.value(QStringLiteral("summary")).toString())
            .arg(after.value(QStringLiteral("id")).toInteger())
            .arg(after.value(QStringLiteral("name")).toString(), after.value(QStringLiteral("summary")).toString()),
        {}
    };
    QStringList summary;
    for (const QJsonValue &line : c.value(QStringLiteral("summary")).toArray())
        summary << line.toString();
    b << Bullets { summary };

    b << Heading { 2, ReportWriter::tr("Root causes") };
    Table causes { { ReportWriter::tr("Category"), ReportWriter::tr("Before"), ReportWriter::tr("After") }, {} };
    for (const QJsonValue &v : c.value(QStringLiteral("root_causes")).toArray())
        causes.rows << QStringList { FailureRules::categoryTitle(v[QStringLiteral("category")].toString()),
                                     QString::number(v[QStringLiteral("before")].toInt()),
                                     QString::number(v[QStringLiteral("after")].toInt()) };
    b << causes;

    b << Heading { 2, ReportWriter::tr("Unique errors") };
    Table errors { { ReportWriter::tr("Error"), ReportWriter::tr("Category"), ReportWriter::tr("Before"),
                     ReportWriter::tr("After") },
                   {} };
    for (const QJsonValue &v : c.value(QStringLiteral("unique_errors")).toArray()) {
        const QString signature = v[QStringLiteral("signature")].toString().left(400);
        const QString known = v[QStringLiteral("issue_key")].toString();
        errors.rows << QStringList { known.isEmpty() ? signature
                                                     : ReportWriter::tr("%1 · known: %2").arg(signature, known),
                                     FailureRules::categoryTitle(v[QStringLiteral("category")].toString()),
                                     QString::number(v[QStringLiteral("before")].toInt()),
                                     QString::number(v[QStringLiteral("after")].toInt()) };
    }
    b << errors;

    b << Heading { 2, ReportWriter::tr("Tests that changed, flaky or load-induced") };
    Table tests { { ReportWriter::tr("Test"), ReportWriter::tr("Change"), ReportWriter::tr("Category"),
                    ReportWriter::tr("Stability") },
                  {} };
    int passing = 0;
    for (const QJsonValue &v : c.value(QStringLiteral("tests")).toArray()) {
        const QString change = v[QStringLiteral("status")].toString();
        const QString stability = v[QStringLiteral("stability")].toString();
        if (change == QLatin1String("passing") && stability.isEmpty()) {
            ++passing;
            continue;
        }
        tests.rows << QStringList { v[QStringLiteral("name")].toString(), change,
                                    FailureRules::categoryTitle(v[QStringLiteral("category")].toString()),
                                    stability.isEmpty() ? QString()
                                                        : stability + QStringLiteral(": ")
                                            + v[QStringLiteral("stability_evidence")].toString() };
    }
    b << tests;
    b << Paragraph { ReportWriter::tr("%n other test(s) passed in both runs.", nullptr, passing), {} };

    b << Heading { 2, ReportWriter::tr("Measurements of the server") };
    const QJsonObject measured = c.value(QStringLiteral("measurements")).toObject();
    for (const auto &[side, run] : { std::pair { "before", before }, std::pair { "after", after } }) {
        QStringList items;
        for (const QJsonValue &m : measured.value(QLatin1String(side)).toArray())
            items << QStringLiteral("#%1 %2: %3")
                         .arg(m[QStringLiteral("id")].toInteger())
                         .arg(m[QStringLiteral("title")].toString(), m[QStringLiteral("result")].toString());
        b << Paragraph { items.isEmpty() ? ReportWriter::tr("none") : QString(),
                         ReportWriter::tr("Before run %1:").arg(run.value(QStringLiteral("id")).toInteger()) };
        if (!items.isEmpty())
            b << Bullets { items };
    }
    return b;
}

} // namespace

bool ReportWriter::writeComparison(const QJsonObject &comparison, const QString &path, const Options &options,
                                   QString *error)
{
    const auto format = formatFor(path);
    if (!format || *format == Format::Csv) {
        *error = tr("%1: a comparison's report comes from its name; end it in .md, .html or .pdf").arg(path);
        return false;
    }
    const QList<Block> blocks = comparisonBlocks(comparison);
    if (*format == Format::Pdf)
        return renderPdf(blocks, path, options, error);
    const QString text = *format == Format::Markdown
        ? renderMarkdown(blocks, options)
        : renderHtml(blocks, options, [](const Chart &c) -> QString { return pngDataUrl(c.image); });
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = tr("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReportWriter::write(const Diagnosis &d, const QString &path, const Options &options, QString *error)
{
    const auto format = formatFor(path);
    if (!format) {
        *error = tr("%1: the report's format comes from its name; end it in .md, .html, .pdf or .csv").arg(path);
        return false;
    }
    if (*format == Format::Pdf)
        return pdf(d, path, options, error);
    const QString text = *format == Format::Markdown ? markdown(d, options)
        : *format == Format::Csv                     ? csv(d)
                                                     : html(d, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = tr("%1: cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fathom
