#include "ui/historypanel.h"

#include "diagnosis/failurerules.h"
#include "history/runstore.h"
#include "history/testruncomparison.h"
#include "model/probe.h"
#include "ui/naturaldirectiondelegate.h"
#include "ui/runlistmodel.h"
#include "ui/translatedtexts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>

namespace fathom {

namespace {
QString cell(const QJsonValue &side, const char *key)
{
    if (!side.isObject())
        return QStringLiteral("–");
    const QJsonObject o = side.toObject();
    const QString value = QLocale().toString(o.value(QLatin1String(key)).toDouble(), 'f', 1);
    return o.value(QStringLiteral("passed")).toBool()
        ? value
        : QStringLiteral("<span style='color:#c62828'>%1 ✗</span>").arg(value);
}
} // namespace

HistoryPanel::HistoryPanel(RunStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new RunListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    auto *texts = new TranslatedTexts(this);
    auto add = [&](const char *text, const char *tip, void (HistoryPanel::*slot)()) {
        auto *b = new QPushButton;
        texts->add([b, text, tip] {
            b->setText(tr(text));
            b->setToolTip(tr(tip));
        });
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    add(QT_TR_NOOP("Refresh"), QT_TR_NOOP("Read the run history again."), &HistoryPanel::refresh);
    add(QT_TR_NOOP("Open"),
        QT_TR_NOOP("Show the selected discovery's steps and chart in the Discovery tab, or the selected test run's "
                   "diagnosis in the Diagnosis tab."),
        &HistoryPanel::reopenSelected);
    add(QT_TR_NOOP("Compare"),
        QT_TR_NOOP("Select two discoveries (capacity, latency per level and error classes side by side) or two test "
                   "runs (new, fixed and still failing tests; each root cause and unique error before → after)."),
        &HistoryPanel::compareSelected);
    add(QT_TR_NOOP("Delete"), QT_TR_NOOP("Delete the selected runs from the history."), &HistoryPanel::deleteSelected);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical);
    m_view = new QTableView;
    m_view->setItemDelegate(new NaturalDirectionDelegate(m_view)); // English text reads left to right
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_details = new QTextBrowser;
    split->addWidget(m_view);
    split->addWidget(m_details);
    layout->addWidget(split, 1);
    texts->add([this] { TranslatedTexts::announceChanged(m_model); });
    connect(m_view, &QTableView::doubleClicked, this, &HistoryPanel::reopenSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() != 1 || !m_store)
            return;
        QString error;
        const auto run = m_store->loadRun(ids.first(), &error);
        if (!run)
            m_details->setPlainText(error);
        else if (run->summary.kind == QLatin1String("probe"))
            m_details->setPlainText(probeResultText(run->result));
        else if (run->summary.isTestRun())
            m_details->setHtml(testRunHtml(*run));
        else if (run->result.value(QStringLiteral("verdict")).toString().isEmpty())
            m_details->setPlainText(QString::fromUtf8(QJsonDocument(run->result).toJson()));
        else
            m_details->setPlainText(run->result.value(QStringLiteral("verdict")).toString());
    });
    refresh();
}

QList<qint64> HistoryPanel::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids.append(m_model->run(row.row()).id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool HistoryPanel::selectRun(qint64 id)
{
    refresh();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->run(row).id == id) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

void HistoryPanel::refresh()
{
    if (!m_store) {
        m_details->setPlainText(tr("The run history could not be opened; see the status bar."));
        return;
    }
    QString error;
    const QList<RunSummary> runs = m_store->listRuns(&error);
    if (!error.isEmpty())
        m_details->setPlainText(error);
    m_model->setRuns(runs);
    m_view->resizeColumnsToContents();
}

void HistoryPanel::reopenSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || !m_store)
        return;
    QString error;
    const auto run = m_store->loadRun(ids.first(), &error);
    if (!run) {
        m_details->setPlainText(error);
        return;
    }
    if (run->summary.isTestRun()) {
        Q_EMIT reopenTestRun(run->summary.id); // the Diagnosis tab analyses it again
        return;
    }
    // A Locust ramp is stored as a discovery's steps and result: it opens the same way.
    if (run->summary.kind != QLatin1String("discovery") && run->summary.kind != QLatin1String("locust")) {
        m_details->setPlainText(run->summary.kind == QLatin1String("probe")
                                    ? probeResultText(run->result)
                                    : QString::fromUtf8(QJsonDocument(run->result).toJson()));
        return;
    }
    Q_EMIT reopen(DiscoveryResult::fromJson(run->result, run->steps),
                  RunOrigin { run->summary.name, run->summary.target, run->summary.startedAt });
}

void HistoryPanel::compareSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 2 || !m_store) {
        m_details->setPlainText(tr("Select exactly two discoveries, or two test runs, to compare (Ctrl+click)."));
        return;
    }
    QString error;
    const auto a = m_store->loadRun(ids[0], &error);
    const auto b = a ? m_store->loadRun(ids[1], &error) : std::nullopt;
    if (!a || !b) {
        m_details->setPlainText(error);
        return;
    }
    if (a->summary.isTestRun() || b->summary.isTestRun()) {
        const auto cmp = compareTestRuns(*m_store, ids[0], ids[1], &error);
        if (cmp)
            m_details->setHtml(comparisonHtml(*cmp));
        else
            m_details->setPlainText(error);
        return;
    }
    const QJsonObject c = compareRuns(*a, *b);
    QString html = QStringLiteral("<p><b>%1</b></p><table border=1 cellspacing=0 cellpadding=3><tr><th>%2</th><th>%3 "
                                  "p50</th><th>%3 p99</th><th>%4 p50</th><th>%4 p99</th></tr>")
                       .arg(c.value(QStringLiteral("verdict")).toString().toHtmlEscaped(), tr("level"),
                            tr("run %1").arg(ids[0]), tr("run %1").arg(ids[1]));
    for (const QJsonValue &row : c.value(QStringLiteral("levels")).toArray()) {
        const QJsonObject r = row.toObject();
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(r.value(QStringLiteral("level")).toInt())
                    .arg(cell(r.value(QStringLiteral("a")), "p50_ms"), cell(r.value(QStringLiteral("a")), "p99_ms"),
                         cell(r.value(QStringLiteral("b")), "p50_ms"), cell(r.value(QStringLiteral("b")), "p99_ms"));
    }
    html += QStringLiteral("</table><p>%1</p>").arg(tr("Latency in ms; ✗ marks a level that failed."));
    m_details->setHtml(html);
}

QString HistoryPanel::testRunHtml(const StoredRun &run) const
{
    QString html = QStringLiteral("<p><b>%1</b></p><p>%2</p><table cellspacing=\"4\">")
                       .arg(run.summary.name.toHtmlEscaped(), run.summary.resultText().toHtmlEscaped());
    for (const QJsonValue &v : run.result.value(QStringLiteral("root_causes")).toArray()) {
        const QJsonObject c = v.toObject();
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>")
                    .arg(FailureRules::categoryTitle(c.value(QStringLiteral("category")).toString()).toHtmlEscaped())
                    .arg(c.value(QStringLiteral("count")).toInt())
                    .arg(tr("%n unique error(s)", nullptr, c.value(QStringLiteral("unique_errors")).toInt()));
    }
    const QString revision = run.config.value(QStringLiteral("revision")).toString();
    html += QStringLiteral("</table><p>%1</p>")
                .arg((revision.isEmpty() ? tr("Suite %1.").arg(run.config.value(QStringLiteral("suite")).toString())
                                         : tr("Suite %1, revision %2.")
                                               .arg(run.config.value(QStringLiteral("suite")).toString(), revision))
                         .toHtmlEscaped());
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(tr("Open shows it in the Diagnosis tab; select two test runs and Compare to see what changed.")
                         .toHtmlEscaped());
    return html;
}

QString HistoryPanel::comparisonHtml(const TestRunComparison &cmp) const
{
    QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                       .arg(tr("Test run %1 (%2) → test run %3 (%4)")
                                .arg(cmp.before.id)
                                .arg(cmp.before.name)
                                .arg(cmp.after.id)
                                .arg(cmp.after.name)
                                .toHtmlEscaped());
    for (const QString &line : cmp.summaryLines())
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    constexpr int kListed = 30;
    for (TestChange change : { TestChange::NewFailure, TestChange::ChangedFailure, TestChange::Fixed }) {
        QStringList names;
        for (const TestRunComparison::Test &t : cmp.tests)
            if (t.change == change)
                names << t.name;
        if (names.isEmpty())
            continue;
        const QString title = change == TestChange::NewFailure ? tr("New failures (%1)")
            : change == TestChange::Fixed                      ? tr("Fixed (%1)")
                                                               : tr("Failing otherwise than before (%1)");
        html += QStringLiteral("<p><b>%1</b><br>%2%3</p>")
                    .arg(title.arg(names.size()).toHtmlEscaped(),
                         names.mid(0, kListed).join(QStringLiteral(", ")).toHtmlEscaped(),
                         names.size() > kListed ? tr(" … and %1 more").arg(names.size() - kListed).toHtmlEscaped()
                                                : QString());
    }
    for (TestStability::Kind kind : { TestStability::Kind::LoadInduced, TestStability::Kind::Flaky }) {
        QString rows;
        for (const TestRunComparison::Test &t : cmp.tests)
            if (t.stability.kind == kind)
                rows += QStringLiteral("<li>%1 — %2</li>")
                            .arg(t.name.toHtmlEscaped(), t.stability.evidence.toHtmlEscaped());
        if (!rows.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                        .arg((kind == TestStability::Kind::LoadInduced ? tr("Load-induced: they fail only above the "
                                                                            "server's capacity")
                                                                       : tr("Flaky"))
                                 .toHtmlEscaped(),
                             rows);
    }
    if (!cmp.uniqueErrors.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"4\">").arg(tr("Unique errors").toHtmlEscaped());
        for (const TestRunComparison::Count &e : cmp.uniqueErrors.mid(0, kListed))
            html += QStringLiteral("<tr><td align=\"right\">%1&nbsp;→&nbsp;%2</td><td><code>%3</code>%4</td></tr>")
                        .arg(e.before)
                        .arg(e.after)
                        .arg(e.signature.section(QLatin1Char('\n'), 0, 0).left(160).toHtmlEscaped(),
                             e.issueKey.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" <b>%1</b>").arg(tr("known: %1").arg(e.issueKey).toHtmlEscaped()));
        html += QStringLiteral("</table>");
    }
    for (const auto &[side, runs] :
         { std::pair { cmp.before.id, &cmp.measurementsBefore }, std::pair { cmp.after.id, &cmp.measurementsAfter } }) {
        if (runs->isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Measured before run %1:").arg(side).toHtmlEscaped());
        for (const RunSummary &r : *runs)
            html += QStringLiteral("#%1 %2: %3<br>")
                        .arg(r.id)
                        .arg(r.title().toHtmlEscaped(), r.resultText().toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    return html;
}

void HistoryPanel::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || !m_store)
        return;
    if (QMessageBox::question(this, tr("Delete runs"),
                              tr("Delete %n run(s) from the history? This cannot be undone.", nullptr, int(ids.size())))
        != QMessageBox::Yes)
        return;
    QString error;
    for (qint64 id : ids) {
        if (!m_store->deleteRun(id, &error))
            m_details->setPlainText(error);
    }
    refresh();
}

} // namespace fathom
