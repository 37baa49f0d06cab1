#include "ui/discoverypanel.h"

#include "diagnosis/bidi.h"
#include "discovery/discoveryrunner.h"
#include "history/discoveryrecorder.h"
#include "history/runstore.h"
#include "ui/chartstyle.h"
#include "ui/metricshistory.h"
#include "ui/naturaldirectiondelegate.h"
#include "ui/steptablemodel.h"
#include "ui/translatedtexts.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>

#include <cmath>

namespace fathom {

DiscoveryPanel::DiscoveryPanel(MetricsHistory *history, RunStore *store, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_store(store)
    , m_steps(new StepTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_strategy = new QComboBox;
    m_strategy->addItem(QString(), int(LevelPlanner::Strategy::Bisect));
    m_strategy->addItem(QString(), int(LevelPlanner::Strategy::Linear));
    m_maxLevel = new QSpinBox;
    m_maxLevel->setRange(1, DiscoveryConfig::kMaxLevel);
    m_maxLevel->setValue(1000);
    m_cooldown = new QSpinBox;
    m_cooldown->setRange(0, DiscoveryConfig::kMaxCooldownMs);
    m_cooldown->setSingleStep(100);
    m_cooldown->setValue(1000);
    m_startLevel = new QSpinBox;
    m_startLevel->setRange(1, DiscoveryConfig::kMaxLevel);
    m_attempts = new QSpinBox;
    m_attempts->setRange(1, DiscoveryConfig::kMaxAttempts);
    m_attempts->setValue(3);
    m_budget = new QSpinBox;
    m_budget->setRange(0, DiscoveryConfig::kMaxTimeBudgetS / 60); // minutes
    m_warmUp = new QSpinBox;
    m_warmUp->setRange(0, DiscoveryConfig::kMaxBaselineJobs);
    m_warmUp->setValue(10);
    m_sloP99 = new QSpinBox;
    m_sloP99->setRange(0, DiscoveryConfig::kMaxSloP99Ms);
    m_sloP99->setSingleStep(100);
    m_sloErrors = new QDoubleSpinBox;
    m_sloErrors->setRange(0, 100);
    m_sloErrors->setDecimals(1);
    connect(m_maxLevel, &QSpinBox::valueChanged, m_startLevel, &QSpinBox::setMaximum);
    for (auto [w, name] : { std::pair<QWidget *, const char *> { m_maxLevel, "max-level" },
                            { m_startLevel, "start-level" },
                            { m_attempts, "attempts" },
                            { m_cooldown, "cooldown" },
                            { m_budget, "time-budget" },
                            { m_warmUp, "warm-up-jobs" },
                            { m_sloP99, "slo-p99" },
                            { m_sloErrors, "slo-errors" } })
        w->setObjectName(QLatin1String(name));
    m_job = new QLabel;
    m_job->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start = new QPushButton;
    m_stop = new QPushButton;
    m_stop->setEnabled(false);
    auto *form = new QFormLayout;
    auto *strategyLabel = new QLabel;
    form->addRow(strategyLabel, m_strategy);
    // The command line's settings, in two rows (labels in tr() below, by their widget).
    QList<std::pair<QLabel *, QWidget *>> fields;
    for (const auto &widgets : { std::initializer_list<QWidget *> { m_maxLevel, m_startLevel, m_attempts, m_cooldown },
                                 std::initializer_list<QWidget *> { m_budget, m_warmUp, m_sloP99, m_sloErrors } }) {
        auto *row = new QHBoxLayout;
        for (QWidget *w : widgets) {
            auto *label = new QLabel;
            label->setBuddy(w);
            row->addWidget(label);
            row->addWidget(w);
            fields << std::pair { label, w };
        }
        row->addStretch();
        form->addRow(row);
    }
    form->addRow(m_job);
    controls->addLayout(form, 1);
    controls->addWidget(m_start);
    controls->addWidget(m_stop);
    layout->addLayout(controls);

    m_progress = new QProgressBar;
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 1);
    layout->addWidget(m_progress);
    m_shownRun = new QLabel;
    m_shownRun->setWordWrap(true);
    m_shownRun->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shownRun->hide();
    layout->addWidget(m_shownRun);
    m_verdict = new QLabel;
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_verdict);

    auto *split = new QSplitter(Qt::Horizontal);
    m_split = split;
    connect(split, &QSplitter::splitterMoved, this, [this] { m_userSizedSplit = true; });
    m_table = new QTableView;
    m_table->setItemDelegate(new NaturalDirectionDelegate(m_table)); // English text reads left to right
    m_table->setModel(m_steps);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    split->addWidget(m_table);

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    m_throughput = new QScatterSeries;
    m_throughput->setMarkerSize(8);
    m_latency = new QScatterSeries;
    m_latency->setMarkerSize(7);
    m_latency->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_capacityLine = new QLineSeries;
    m_capacityLine->setPen(QPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine));
    m_saturationLine = new QLineSeries;
    m_saturationLine->setPen(QPen(QColor(0xef, 0x6c, 0x00), 2, Qt::DashDotLine));
    m_sloLine = new QLineSeries;
    m_sloLine->setPen(QPen(QColor(0x2e, 0x7d, 0x32), 2, Qt::DotLine));
    m_usl = new QLineSeries;
    m_usl->setPen(QPen(QColor(0x61, 0x61, 0x61), 1.5, Qt::DotLine));
    // A rate limit caps throughput, not concurrency: a horizontal line on the throughput axis.
    m_rateLine = new QLineSeries;
    m_rateLine->setPen(QPen(QColor(0x6a, 0x1b, 0x9a), 2, Qt::DashLine));
    const std::initializer_list<QAbstractSeries *> levelLines { m_throughput,     m_usl,     m_capacityLine,
                                                                m_saturationLine, m_sloLine, m_rateLine };
    for (QAbstractSeries *s : std::initializer_list<QAbstractSeries *> {
             m_throughput, m_usl, m_capacityLine, m_saturationLine, m_sloLine, m_rateLine, m_latency })
        chart->addSeries(s);
    m_levelX = new QValueAxis;
    m_levelX->setLabelFormat(QStringLiteral("%d"));
    m_throughputY = new QValueAxis;
    m_latencyY = new QValueAxis;
    chart->addAxis(m_levelX, Qt::AlignBottom);
    chart->addAxis(m_throughputY, Qt::AlignLeft);
    chart->addAxis(m_latencyY, Qt::AlignRight);
    for (QAbstractSeries *s : levelLines) {
        s->attachAxis(m_levelX);
        s->attachAxis(m_throughputY);
    }
    m_latency->attachAxis(m_levelX);
    m_latency->attachAxis(m_latencyY);
    m_throughputY->setLabelFormat(QStringLiteral("%.0f"));
    m_latencyY->setLabelFormat(QStringLiteral("%.0f"));
    useCosmeticPens(chart);
    m_levelView = new QChartView(chart);
    m_levelView->setRenderHint(QPainter::Antialiasing);
    split->addWidget(m_levelView);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({ 640, 560 });
    m_levelView->setMinimumWidth(380);
    // The table as wide as its columns wherever the chart keeps its minimum: no "1,…" or
    // "overload…" with room beside it.
    connect(m_steps, &QAbstractItemModel::rowsInserted, this, &DiscoveryPanel::fitTable, Qt::QueuedConnection);
    connect(m_steps, &QAbstractItemModel::modelReset, this, &DiscoveryPanel::fitTable, Qt::QueuedConnection);
    layout->addWidget(split, 1);

    auto *texts = new TranslatedTexts(this);
    texts->add([=, this] {
        m_strategy->setItemText(0, tr("Bisect (1, 2, 4, … then halve the gap)"));
        m_strategy->setItemText(1, tr("Linear (1, 2, 3, …)"));
        m_strategy->setToolTip(tr("Bisect finds the same capacity as linear in far fewer levels: O(log capacity)."));
        m_maxLevel->setToolTip(tr("The highest number of concurrent jobs to try."));
        m_startLevel->setToolTip(tr("The first level tried (bisect doubles from it)."));
        m_attempts->setToolTip(tr("Attempts at a level: it fails after this many failed attempts in a row."));
        m_cooldown->setSuffix(tr(" ms"));
        m_cooldown->setToolTip(tr("Pause between attempts, after cleanup, so the server settles."));
        m_budget->setSuffix(tr(" min"));
        m_budget->setSpecialValueText(tr("none"));
        m_budget->setToolTip(tr("Stop the run after this long, with what it measured so far."));
        m_warmUp->setToolTip(tr("Jobs sent one at a time before the first level: the baseline saturation is "
                                "measured against (0 leaves saturation unknown)."));
        m_sloP99->setSuffix(tr(" ms"));
        m_sloP99->setSpecialValueText(tr("none"));
        m_sloP99->setToolTip(tr("SLO: the p99 latency a level may have. The result adds the highest level meeting "
                                "it; without one, the target profile's SLO applies."));
        m_sloErrors->setSuffix(tr(" %"));
        m_sloErrors->setToolTip(tr("SLO: the share of failed jobs a level may have (0 with a p99 SLO: none may "
                                   "fail)."));
        const char *const labels[]
            = { QT_TR_NOOP("Max level:"), QT_TR_NOOP("Start level:"), QT_TR_NOOP("Attempts:"),
                QT_TR_NOOP("Cool-down:"), QT_TR_NOOP("Time budget:"), QT_TR_NOOP("Warm-up jobs:"),
                QT_TR_NOOP("SLO p99:"),   QT_TR_NOOP("SLO errors:") };
        for (int i = 0; i < fields.size(); ++i)
            fields[i].first->setText(tr(labels[i]));
        showJob();
        // The Run menu's Ctrl+R and Ctrl+. start and stop from any tab (a shortcut here too
        // would make both ambiguous, and neither would work).
        m_start->setText(tr("&Start discovery"));
        m_start->setToolTip(tr("Start capacity discovery against the current target (Ctrl+R)."));
        m_stop->setText(tr("S&top"));
        m_stop->setToolTip(tr("Stop the run; jobs already created are still cleaned up (Ctrl+.)."));
        strategyLabel->setText(tr("Strategy:"));
        chart->setTitle(tr("Throughput and latency by level"));
        m_throughput->setName(tr("jobs/s (passed)"));
        m_latency->setName(tr("p99 ms"));
        m_capacityLine->setName(tr("capacity"));
        m_saturationLine->setName(tr("saturation"));
        m_sloLine->setName(tr("SLO capacity"));
        m_rateLine->setName(tr("rate limit (jobs/s)"));
        m_usl->setName(tr("USL prediction"));
        m_levelX->setTitleText(tr("level (concurrent jobs)"));
        m_throughputY->setTitleText(tr("jobs/s"));
        m_latencyY->setTitleText(tr("p99 ms"));
        m_levelView->setToolTip(
            tr("Each passing attempt's throughput and each attempt's p99 latency against its level. The red dashed "
               "line is the capacity (every job succeeded at the first attempt); the orange line is the saturation "
               "level (the highest level served in parallel: beyond it jobs wait and latency grows); the green "
               "line, with an SLO set, is the highest level meeting it. The grey dotted curve, when there is one, "
               "is the Universal Scalability Law fitted to the measurements — a prediction."));
        showProgress();
        showOrigin();
        m_verdict->setText(m_result ? m_result->verdict() : QString());
        TranslatedTexts::announceChanged(m_steps);
    });

    connect(m_start, &QPushButton::clicked, this, &DiscoveryPanel::start);
    connect(m_stop, &QPushButton::clicked, this, &DiscoveryPanel::stop);
}

DiscoveryPanel::~DiscoveryPanel() = default;

void DiscoveryPanel::setProfile(const TargetProfile &profile, SecretStore *secrets)
{
    m_profile = profile;
    m_secrets = secrets;
    showOrigin();
    showJob();
}

void DiscoveryPanel::fitTable()
{
    if (m_userSizedSplit)
        return; // the user's choice stands
    m_table->resizeColumnsToContents();
    const int total = m_split->width() - m_split->handleWidth();
    const int wanted = m_table->horizontalHeader()->length() + 2 * m_table->frameWidth()
        + m_table->verticalScrollBar()->sizeHint().width();
    const int table = std::min(wanted, total - m_levelView->minimumWidth());
    if (table > 0 && total > 0)
        m_split->setSizes({ table, total - table });
}

void DiscoveryPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTable();
}

void DiscoveryPanel::showJob()
{
    if (!m_profile.baseUrl.isValid()) {
        m_job->clear();
        return;
    }
    // The job and its cleanup are the profile's: edited there, for the command line too.
    m_job->setText(tr("Job: %1; cleanup: %2 — from the target profile (Edit…, Ctrl+E).")
                       .arg(isolate(QString::fromLatin1(m_profile.job.method) + QLatin1Char(' ') + m_profile.job.path),
                            m_profile.cleanup.enabled ? isolate(QString::fromLatin1(m_profile.cleanup.method)
                                                                + QLatin1Char(' ') + m_profile.cleanup.path)
                                                      : tr("none")));
}

void DiscoveryPanel::setDefaults(const DiscoveryConfig &config)
{
    m_strategy->setCurrentIndex(m_strategy->findData(int(config.strategy)));
    m_maxLevel->setValue(config.maxLevel);
    m_startLevel->setValue(config.startLevel);
    m_attempts->setValue(config.attemptsPerLevel);
    m_cooldown->setValue(config.cooldownMs);
    m_budget->setValue(int(config.timeBudgetMs / 60'000));
    m_warmUp->setValue(config.baselineJobs);
    m_sloP99->setValue(int(config.slo.p99Ms.value_or(0)));
    m_sloErrors->setValue(config.slo.errorRate.value_or(0) * 100);
}

DiscoveryConfig DiscoveryPanel::config() const
{
    DiscoveryConfig config;
    config.strategy = LevelPlanner::Strategy(m_strategy->currentData().toInt());
    config.maxLevel = m_maxLevel->value();
    config.startLevel = std::min(m_startLevel->value(), config.maxLevel);
    config.attemptsPerLevel = m_attempts->value();
    config.cooldownMs = m_cooldown->value();
    config.timeBudgetMs = qint64(m_budget->value()) * 60'000;
    config.baselineJobs = m_warmUp->value();
    // As on the command line: a p99 SLO alone allows no failed job; none set, the profile's applies.
    if (m_sloP99->value() > 0)
        config.slo.p99Ms = m_sloP99->value();
    if (m_sloErrors->value() > 0 || config.slo.p99Ms)
        config.slo.errorRate = m_sloErrors->value() / 100;
    return config;
}

bool DiscoveryPanel::isRunning() const
{
    return m_run && m_run->isRunning();
}

void DiscoveryPanel::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *> { m_strategy, m_maxLevel, m_startLevel, m_attempts, m_cooldown,
                                                         m_budget, m_warmUp, m_sloP99, m_sloErrors })
        w->setEnabled(!running);
}

void DiscoveryPanel::start()
{
    if (isRunning())
        return;
    if (!m_profile.baseUrl.isValid()) {
        Q_EMIT message(tr("Choose a target first: a profile, or a base URL."));
        return;
    }
    const DiscoveryConfig config = this->config();
    m_budgetMs = config.timeBudgetMs;
    m_maxLevelTried = config.maxLevel;
    m_attemptsPerLevel = config.attemptsPerLevel;
    m_runClock.start();
    m_run = std::make_unique<DiscoveryRunner>(m_profile, config, m_secrets);
    m_steps->clear();
    m_result.reset();
    m_verdict->clear();
    redrawLevelChart(nullptr);
    m_history->clear();
    m_shownOrigin = RunOrigin { m_profile.name, m_profile.baseUrl.toString(), QDateTime::currentDateTime() };
    m_history->setOrigin(m_shownOrigin);
    // Nothing of the last run's progress stays up: the runner says what it does from here.
    m_phase = Phase::Starting;
    showProgress();
    connect(m_run.get(), &DiscoveryRunner::segmentStarted, m_history, &MetricsHistory::restartSegment);
    connect(m_run.get(), &DiscoveryRunner::snapshot, m_history, &MetricsHistory::append);
    connect(m_run.get(), &DiscoveryRunner::snapshot, this, [this] {
        if (m_budgetMs > 0 && m_phase == Phase::Running) { // the time left counts down
            m_progress->setValue(int(std::min(m_budgetMs, m_runClock.elapsed()) / 1000));
            showProgress();
        }
    });
    connect(m_run.get(), &DiscoveryRunner::warmUpProgress, this, [this](int job, int jobs) {
        m_progress->setRange(0, jobs);
        m_progress->setValue(job - 1);
        m_phase = Phase::WarmUp;
        m_warmUpJob = job;
        m_warmUpJobs = jobs;
        showProgress();
    });
    connect(m_run.get(), &DiscoveryRunner::rateTrialStarted, this, [this](double rate, int jobs) {
        m_progress->setRange(0, 0);
        m_progress->setValue(0);
        m_phase = Phase::Pacing;
        m_pacedRate = rate;
        m_pacedJobs = jobs;
        showProgress();
        Q_EMIT message(tr("HTTP 429: measuring the rate limit, %1 jobs paced at %2 a second.")
                           .arg(m_pacedJobs)
                           .arg(QLocale().toString(m_pacedRate, 'f', 1)));
    });
    connect(m_run.get(), &DiscoveryRunner::attemptStarted, this, [this](int level, int attempt) {
        // How many levels a bisection takes is not known ahead: the bar shows the time budget
        // spent where there is one, else the level against the highest allowed. (A busy bar, with
        // no range, would show no text at all.)
        m_progress->setRange(0, m_budgetMs > 0 ? int(m_budgetMs / 1000) : m_maxLevelTried);
        m_progress->setValue(m_budgetMs > 0 ? int(m_runClock.elapsed() / 1000) : level);
        m_phase = Phase::Running;
        m_level = level;
        m_attempt = attempt;
        showProgress();
    });
    connect(m_run.get(), &DiscoveryRunner::stepFinished, this, &DiscoveryPanel::onStep);
    connect(m_run.get(), &DiscoveryRunner::paused, this,
            [this](const QString &why) { Q_EMIT message(tr("Paused: %1").arg(why)); });
    connect(m_run.get(), &DiscoveryRunner::resumed, this,
            [this] { Q_EMIT message(tr("The target is healthy again: resumed.")); });
    connect(m_run.get(), &DiscoveryRunner::finished, this, &DiscoveryPanel::onFinished);

    m_record = std::make_unique<DiscoveryRecorder>(m_store, m_profile, config);
    if (m_store && !m_record->runId())
        Q_EMIT message(tr("This run is not recorded: %1").arg(isolate(m_record->error())));
    setRunning(true);
    Q_EMIT started();
    m_run->start();
    showOrigin();
}

void DiscoveryPanel::stop()
{
    if (isRunning()) {
        m_phase = Phase::Stopping;
        showProgress();
        m_run->cancel();
    }
}

void DiscoveryPanel::onStep(const StepResult &step)
{
    m_steps->append(step);
    m_table->scrollToBottom();
    if (m_record && m_record->runId() && !m_record->addStep(step))
        Q_EMIT message(m_record->error());
    redrawLevelChart(nullptr);
}

void DiscoveryPanel::onFinished(const DiscoveryResult &result)
{
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_phase = Phase::Done;
    m_result = result;
    showProgress();
    showOrigin();
    m_verdict->setText(result.verdict());
    redrawLevelChart(&result);
    if (m_record && m_record->runId()) {
        bool stored = false;
        m_record->finish(result, &stored);
        if (!stored)
            Q_EMIT message(m_record->error());
    }
    m_record.reset();
    Q_EMIT finished(result);
}

void DiscoveryPanel::showResult(const DiscoveryResult &result, const RunOrigin &origin)
{
    m_steps->setSteps(result.steps);
    m_result = result;
    m_shownOrigin = origin;
    m_phase = Phase::Done;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    showProgress();
    showOrigin();
    m_verdict->setText(result.verdict());
    redrawLevelChart(&result);
}

void DiscoveryPanel::showOrigin()
{
    if (m_shownOrigin.isEmpty()) {
        m_shownRun->hide();
        return;
    }
    const bool current = m_profile.baseUrl.isValid() && m_shownOrigin.target == m_profile.baseUrl.toString();
    QString text = isRunning() ? tr("Measuring %1.").arg(m_shownOrigin.describe())
                               : tr("Results of %1.").arg(m_shownOrigin.describe());
    if (!current && !isRunning()) {
        text += QLatin1Char(' ');
        text += m_profile.baseUrl.isValid() ? tr("Not the current target, %1: start a discovery to measure it.")
                                                  .arg(isolate(m_profile.baseUrl.toString()))
                                            : tr("Not the current target.");
    }
    m_shownRun->setText(text);
    // Red when the figures are another server's than the one the window now targets.
    m_shownRun->setStyleSheet(current || isRunning() ? QString() : QStringLiteral("color: #b71c1c;"));
    m_shownRun->show();
}

void DiscoveryPanel::showProgress()
{
    switch (m_phase) {
    case Phase::Idle:
        m_progress->setFormat(tr("Idle"));
        break;
    case Phase::Starting:
        m_progress->setFormat(tr("Starting: checking that the target answers…"));
        break;
    case Phase::WarmUp:
        m_progress->setFormat(tr("Warm-up: job %1 of %2, one at a time (the baseline for saturation)")
                                  .arg(m_warmUpJob)
                                  .arg(m_warmUpJobs));
        break;
    case Phase::Running: {
        QString text = tr("Level %1 of at most %2, attempt %3 of %4")
                           .arg(m_level)
                           .arg(m_maxLevelTried)
                           .arg(m_attempt)
                           .arg(m_attemptsPerLevel);
        if (m_budgetMs > 0) {
            const qint64 leftS = std::max<qint64>(0, (m_budgetMs - m_runClock.elapsed()) / 1000);
            text += tr("; %1:%2 left of the time budget").arg(leftS / 60).arg(leftS % 60, 2, 10, QLatin1Char('0'));
        }
        m_progress->setFormat(text);
        break;
    }
    case Phase::Pacing:
        m_progress->setFormat(tr("Rate limit: %1 jobs paced at %2 a second")
                                  .arg(m_pacedJobs)
                                  .arg(QLocale().toString(m_pacedRate, 'f', 1)));
        break;
    case Phase::Stopping:
        m_progress->setFormat(tr("Stopping: cleaning up created jobs…"));
        break;
    case Phase::Done:
        m_progress->setFormat(tr("Done: %1").arg(m_result ? stopReasonWords(m_result->stopReason) : QString()));
        break;
    }
}

void DiscoveryPanel::redrawLevelChart(const DiscoveryResult *result)
{
    QList<QPointF> throughput, latency;
    double maxLevel = 1, maxThroughput = 1, maxLatency = 1;
    for (const StepResult &s : m_steps->steps()) {
        if (s.passed)
            throughput.append({ double(s.level), s.throughputRps });
        if (s.p99Us > 0)
            latency.append({ double(s.level), s.p99Us / 1000.0 });
        maxLevel = std::max(maxLevel, double(s.level));
        maxThroughput = std::max(maxThroughput, s.throughputRps);
        maxLatency = std::max(maxLatency, s.p99Us / 1000.0);
    }
    m_throughput->replace(throughput);
    m_latency->replace(latency);
    // The highest rate paced trials were served at: throughput cannot exceed it.
    QList<QPointF> rate;
    if (result && result->rateLimitPerS) {
        maxThroughput = std::max(maxThroughput, *result->rateLimitPerS);
        rate = { { 0, *result->rateLimitPerS }, { maxLevel * 1.05, *result->rateLimitPerS } };
    }
    m_rateLine->replace(rate);
    m_rateLine->setVisible(!rate.isEmpty());
    QList<QPointF> capacity, saturation, slo, usl;
    const auto vertical = [&](int level) {
        return QList<QPointF> { { double(level), 0 }, { double(level), maxThroughput * 1.15 } };
    };
    if (result && result->capacity > 0)
        capacity = vertical(result->capacity);
    if (result && result->saturation.level)
        saturation = vertical(*result->saturation.level);
    if (result && result->sloCapacity.level)
        slo = vertical(*result->sloCapacity.level);
    if (result && result->usl) {
        for (int i = 0; i <= 100; ++i) {
            const double n = 1 + (maxLevel - 1) * i / 100.0;
            usl.append({ n, result->usl->predict(n) });
        }
    }
    m_capacityLine->replace(capacity);
    m_saturationLine->replace(saturation);
    m_sloLine->replace(slo);
    // No legend entry for a line that is not there (no SLO set, saturation unknown).
    m_saturationLine->setVisible(!saturation.isEmpty());
    m_sloLine->setVisible(!slo.isEmpty());
    m_usl->replace(usl);
    setRoundTop(m_levelX, maxLevel * 1.05, true);
    setRoundTop(m_throughputY, maxThroughput * 1.15);
    setRoundTop(m_latencyY, maxLatency * 1.15);
}

} // namespace fathom
