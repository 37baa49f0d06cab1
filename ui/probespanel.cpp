#include "ui/probespanel.h"

#include "model/runstore.h"
#include "ui/translatedtexts.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTime>

namespace fathom {

ProbesPanel::ProbesPanel(RunStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
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
        { ProbeKind::Health, QT_TR_NOOP("&Health"),
          QT_TR_NOOP("Is the target up? Status, latency and body of the health path (F5).") },
        { ProbeKind::Readiness, QT_TR_NOOP("&Readiness"),
          QT_TR_NOOP("Is the server ready, or still waiting for fibre?") },
        { ProbeKind::Auth, QT_TR_NOOP("&Auth"),
          QT_TR_NOOP("Obtain a token and report its lifetime; the token itself is never shown.") },
        { ProbeKind::Job, QT_TR_NOOP("One &job"),
          QT_TR_NOOP("One job end to end, with queue, connect, server and total time, then cleanup.") },
        { ProbeKind::Pool, QT_TR_NOOP("&Pool saturation"),
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
            if (b.kind == ProbeKind::Health)
                button->setShortcut(QKeySequence(Qt::Key_F5)); // after the text, which sets the mnemonic
        });
        connect(button, &QPushButton::clicked, this, [this, kind = b.kind] { runProbe(kind); });
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical);
    m_list = new QListWidget;
    m_list->setWordWrap(true);
    texts->add([this] { m_list->setToolTip(tr("Probe results, newest last. Select one to see its details.")); });
    m_details = new QPlainTextEdit;
    m_details->setReadOnly(true);
    split->addWidget(m_list);
    split->addWidget(m_details);
    layout->addWidget(split, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_details->setPlainText(m_list->item(row)->data(Qt::UserRole).toString());
    });
}

ProbesPanel::~ProbesPanel() = default;

void ProbesPanel::setProfile(const TargetProfile &profile, TokenProvider *tokens)
{
    m_profile = profile;
    m_tokens = tokens;
}

void ProbesPanel::runProbe(ProbeKind kind)
{
    if (!m_profile.baseUrl.isValid()) {
        m_list->addItem(tr("Choose a target first: a profile, or a base URL."));
        return;
    }
    const QString prefix
        = QStringLiteral("%1 %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), probeKindId(kind));
    auto *item = new QListWidgetItem(tr("%1: running…").arg(prefix));
    m_list->addItem(item);
    m_list->scrollToBottom();
    auto probe = std::make_unique<Probe>(m_profile, m_tokens);
    Probe *raw = probe.get();
    m_running.push_back(std::move(probe));
    const TargetProfile profile = m_profile;
    connect(raw, &Probe::finished, this, [this, raw, item, profile, prefix](const ProbeResult &r) {
        const QJsonObject json = r.toJson();
        item->setText(QStringLiteral("%1 — %2").arg(prefix, r.verdict));
        item->setForeground(r.ok ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        item->setData(Qt::UserRole, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        if (m_list->currentItem() == item)
            m_details->setPlainText(item->data(Qt::UserRole).toString());
        if (m_store) {
            QString error;
            recordProbe(m_store, profile, r, &error);
        }
        Q_EMIT probeFinished(r);
        // Deleted later: we are inside its signal.
        for (auto it = m_running.begin(); it != m_running.end(); ++it) {
            if (it->get() == raw) {
                it->release()->deleteLater();
                m_running.erase(it);
                break;
            }
        }
    });
    raw->run(kind);
}

} // namespace fathom
