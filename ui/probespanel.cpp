#include "ui/probespanel.h"

#include "diagnosis/bidi.h"
#include "history/proberecorder.h"
#include "history/runstore.h"
#include "model/proberunner.h"
#include "ui/naturaldirectiondelegate.h"
#include "ui/translatedtexts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTime>

namespace fathom {

ProbesPanel::ProbesPanel(RunStore *store, ProbeRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_runner(runner)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QHBoxLayout;
    struct Button
    {
        ProbeKind kind;
        const char *label;
        const char *tip;
    };
    static const Button kinds[] = {
        { ProbeKind::Health, QT_TR_NOOP("H&ealth"),
          QT_TR_NOOP("Is the target up? Status, latency and body of the health path (F5).") },
        { ProbeKind::Readiness, QT_TR_NOOP("Readi&ness"),
          QT_TR_NOOP("Is the server ready, or still waiting for fibre?") },
        { ProbeKind::Auth, QT_TR_NOOP("&Auth"),
          QT_TR_NOOP("Obtain a token and report its lifetime; the token itself is never shown.") },
        { ProbeKind::Job, QT_TR_NOOP("One &job"),
          QT_TR_NOOP("One job end to end, with queue, connect, server and total time, then cleanup.") },
        { ProbeKind::Pool, QT_TR_NOOP("Pool &saturation"),
          QT_TR_NOOP("200 concurrent jobs through a pool of 10, then of 200: the queue wait is pool exhaustion.") },
        { ProbeKind::Timeout, QT_TR_NOOP("&Timeout"),
          QT_TR_NOOP("What one request does under the configured timeouts, and which phase ran out.") },
    };
    auto *texts = new TranslatedTexts(this);
    for (const Button &b : kinds) {
        auto *button = new QPushButton;
        button->setObjectName(QStringLiteral("probe-") + probeKindId(b.kind));
        texts->add([button, b] {
            button->setText(tr(b.label));
            button->setToolTip(tr(b.tip));
        });
        connect(button, &QPushButton::clicked, this, [this, kind = b.kind] { runProbe(kind); });
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_cleanupWarning = new QLabel;
    m_cleanupWarning->setObjectName(QStringLiteral("cleanup-warning"));
    m_cleanupWarning->setWordWrap(true);
    m_cleanupWarning->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 4px; }"));
    m_cleanupWarning->setVisible(false);
    texts->add([this] { showCleanupWarning(); });
    layout->addWidget(m_cleanupWarning);
    auto *split = new QSplitter(Qt::Vertical);
    m_list = new QTableWidget(0, 4);
    m_list->setItemDelegate(new NaturalDirectionDelegate(m_list)); // English text reads left to right
    m_list->verticalHeader()->hide();
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->horizontalHeader()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(VerdictColumn, QHeaderView::Stretch);
    texts->add([this] {
        m_list->setToolTip(
            tr("Probe results, newest last, each with the server it asked. Select one to see its details."));
        m_list->setHorizontalHeaderLabels({ tr("Time"), tr("Probe"), tr("Target"), tr("Verdict") });
        for (int row = 0; row < m_list->rowCount(); ++row) {
            QTableWidgetItem *kind = m_list->item(row, KindColumn);
            kind->setText(probeKindWords(ProbeKind(kind->data(Qt::UserRole).toInt())));
        }
    });
    m_details = new QPlainTextEdit;
    m_details->setReadOnly(true);
    split->addWidget(m_list);
    split->addWidget(m_details);
    layout->addWidget(split, 1);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0)
            m_details->setPlainText(m_list->item(row, VerdictColumn)->data(Qt::UserRole).toString());
    });
    connect(m_runner, &ProbeRunner::finished, this, [this](quint64 id, const ProbeResult &result) {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return; // another part of the window asked for it
        const Pending pending = it->second;
        m_pending.erase(it);
        showResult(pending, result);
    });
}

ProbesPanel::~ProbesPanel() = default;

void ProbesPanel::setProfile(const TargetProfile &profile)
{
    m_profile = profile;
    showCleanupWarning();
}

void ProbesPanel::showCleanupWarning()
{
    // The job, pool and timeout probes create jobs; left on the server, each holds a slot and
    // skews every later measurement.
    const bool leftBehind = m_profile.baseUrl.isValid() && !m_profile.cleanup.enabled;
    m_cleanupWarning->setVisible(leftBehind);
    m_cleanupWarning->setText(
        tr("No cleanup is configured for this target: the one-job, pool and timeout probes leave the jobs they create "
           "on the server (up to 400 for the pool probe), where each holds a slot. Edit the profile (Ctrl+E) and "
           "give its cleanup request."));
}

void ProbesPanel::runProbe(ProbeKind kind)
{
    const int row = m_list->rowCount();
    m_list->insertRow(row);
    m_list->setItem(row, TimeColumn, new QTableWidgetItem(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    auto *kindItem = new QTableWidgetItem(probeKindWords(kind));
    kindItem->setData(Qt::UserRole, int(kind));
    m_list->setItem(row, KindColumn, kindItem);
    // A URL reads left to right inside a Hebrew table too.
    m_list->setItem(row, TargetColumn, new QTableWidgetItem(isolate(m_profile.baseUrl.toString())));
    auto *item = new QTableWidgetItem;
    m_list->setItem(row, VerdictColumn, item);
    m_list->scrollToBottom();
    if (!m_profile.baseUrl.isValid()) {
        item->setText(tr("Choose a target first: a profile, or a base URL."));
        return;
    }
    item->setText(tr("running…"));
    // The probe runs in the runner's thread; its result comes back with its id.
    m_pending.emplace(m_runner->run(m_profile, kind), Pending { item, m_profile });
}

void ProbesPanel::showResult(const Pending &pending, const ProbeResult &r)
{
    QTableWidgetItem *item = pending.verdict;
    const int row = item->row();
    const QJsonObject json = r.toJson();
    item->setText(r.verdict);
    item->setToolTip(r.verdict);
    item->setForeground(r.ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    item->setData(Qt::UserRole, probeResultText(json));
    m_list->resizeRowToContents(row);
    if (m_list->currentRow() == row)
        m_details->setPlainText(item->data(Qt::UserRole).toString());
    if (row == m_list->rowCount() - 1)
        m_list->scrollToBottom(); // the newest stays in view as its verdict grows
    if (m_store) {
        QString error;
        recordProbe(m_store, pending.profile, r, &error);
    }
    Q_EMIT probeFinished(r);
}

} // namespace fathom
