#include "ui/historypanel.h"

#include "history/runstore.h"
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
    add(QT_TR_NOOP("Open"), QT_TR_NOOP("Show the selected discovery's steps and chart in the Discovery tab."),
        &HistoryPanel::reopenSelected);
    add(QT_TR_NOOP("Compare"),
        QT_TR_NOOP("Select two discoveries: capacity, latency per level and error classes side by side."),
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
        m_details->setPlainText(tr("Select exactly two discoveries to compare (Ctrl+click)."));
        return;
    }
    QString error;
    const auto a = m_store->loadRun(ids[0], &error);
    const auto b = a ? m_store->loadRun(ids[1], &error) : std::nullopt;
    if (!a || !b) {
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
