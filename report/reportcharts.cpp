#include "report/reportcharts.h"

#include "report/roundscale.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>

namespace fathom::ReportCharts {

namespace {

constexpr qreal kScale = 2; // painted at twice the size: sharp in PDF and on high-DPI screens

QImage canvas(int width, int height)
{
    QImage image(QSize(width, height) * kScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kScale);
    image.fill(Qt::white);
    return image;
}

bool rtl()
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("fathom::ReportCharts", text);
}

} // namespace

QColor categoryColor(const QString &category)
{
    static const QHash<QString, QColor> colors {
        { QStringLiteral("connect_timeout"), QColor(0xd6, 0x27, 0x28) },
        { QStringLiteral("read_timeout"), QColor(0xff, 0x7f, 0x0e) },
        { QStringLiteral("test_deadline"), QColor(0xc5, 0xb0, 0xd5) },
        { QStringLiteral("pool_exhausted"), QColor(0x94, 0x67, 0xbd) },
        { QStringLiteral("overloaded_503"), QColor(0x8c, 0x56, 0x4b) },
        { QStringLiteral("waiting_for_fiber_503"), QColor(0x17, 0xbe, 0xcf) },
        { QStringLiteral("server_error_5xx"), QColor(0xe3, 0x77, 0xc2) },
        { QStringLiteral("connection_refused"), QColor(0x7f, 0x7f, 0x7f) },
        { QStringLiteral("connection_reset"), QColor(0xbc, 0xbd, 0x22) },
        { QStringLiteral("dns_failure"), QColor(0x1f, 0x77, 0xb4) },
        { QStringLiteral("tls_failure"), QColor(0x2c, 0xa0, 0x2c) },
        { QStringLiteral("auth"), QColor(0xff, 0xbb, 0x78) },
        { QStringLiteral("assertion"), QColor(0x98, 0xdf, 0x8a) },
        { QStringLiteral("unknown"), QColor(0xc7, 0xc7, 0xc7) },
    };
    if (const auto it = colors.constFind(category); it != colors.cend())
        return *it;
    return QColor::fromHsv(int(qHash(category) % 360), 120, 200); // a team's own category: stable per name
}

QImage categoryBars(const Diagnosis &d, int width)
{
    const int rowHeight = 26, top = 10, bottom = 10;
    const int rows = std::max<int>(1, int(d.rootCauses.size()));
    QImage image = canvas(width, top + bottom + rows * rowHeight);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(13);
    p.setFont(font);
    const QFontMetrics fm(font);
    int labelWidth = 0;
    for (const RootCause &c : d.rootCauses)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(c.title));
    labelWidth = std::min(labelWidth + 12, width / 2);
    const int countWidth = fm.horizontalAdvance(QStringLiteral("0000 (100%)")) + 8;
    const int barSpace = width - labelWidth - countWidth - 20;
    int most = 1;
    for (const RootCause &c : d.rootCauses)
        most = std::max(most, c.count);
    const bool mirrored = rtl();
    int y = top;
    for (const RootCause &c : d.rootCauses) {
        const int bar = std::max(2, int(double(c.count) / most * barSpace));
        QRect label(10, y, labelWidth - 8, rowHeight);
        QRect barRect(10 + labelWidth, y + 4, bar, rowHeight - 8);
        QRect count(barRect.right() + 6, y, countWidth, rowHeight);
        if (mirrored) { // labels on the right, bars grow to the left
            label.moveRight(width - 10);
            barRect.moveRight(width - 10 - labelWidth);
            count.moveRight(barRect.left() - 6);
        }
        p.setPen(Qt::black);
        p.drawText(label, Qt::AlignVCenter | (mirrored ? Qt::AlignLeft : Qt::AlignRight),
                   fm.elidedText(c.title, Qt::ElideRight, label.width()));
        p.fillRect(barRect, categoryColor(c.category));
        p.drawText(count, Qt::AlignVCenter | (mirrored ? Qt::AlignRight : Qt::AlignLeft),
                   QStringLiteral("%1 (%2%)").arg(c.count).arg(qRound(c.share * 100)));
        y += rowHeight;
    }
    if (d.rootCauses.isEmpty())
        p.drawText(QRect(0, 0, width, top + bottom + rowHeight), Qt::AlignCenter, tr("No failures"));
    return image;
}

QImage timeline(const Diagnosis &d, int width)
{
    const FailureTimeline &t = d.timeline;
    QFont font;
    font.setPixelSize(12);
    const QFontMetrics fm(font);
    const QLocale locale;
    const qint64 spanMs = t.bucketMs * std::max<qsizetype>(1, t.started.size());
    // Minutes alone once the quarters between labels are long enough not to repeat one.
    const QString timeFormat = spanMs <= 600'000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    // Room on the right for half of the last time label, which is centred on the plot's end.
    const int timeLabelWidth = fm.horizontalAdvance(locale.toString(QTime(23, 59, 59), timeFormat)) + 8;
    const int height = 260, left = 50, right = std::max(20, timeLabelWidth / 2 + 4), top = 16, bottom = 44;
    QImage image = canvas(width, height);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    if (t.isEmpty()) {
        p.drawText(image.rect(), Qt::AlignCenter, tr("The test files give no times"));
        return image;
    }
    const int buckets = int(t.started.size());
    int most = 1;
    for (int b = 0; b < buckets; ++b) {
        int failures = 0;
        for (const auto &row : t.failures)
            failures += row.value(b);
        most = std::max({ most, t.started[b], failures });
    }
    const QRectF plot(left, top, width - left - right, height - top - bottom);
    const double column = plot.width() / buckets;
    // Counts: whole, round ticks, and the bars drawn to the same scale as the gridlines.
    const RoundScale scale = roundScale(most, true);
    const double full = scale.top;
    p.setPen(QColor(0xdd, 0xdd, 0xdd));
    for (int i = 0; i <= scale.intervals; ++i) {
        const double y = plot.bottom() - plot.height() * scale.tick(i) / full;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y - 8, left - 6, 16), Qt::AlignRight | Qt::AlignVCenter,
                   locale.toString(qRound(scale.tick(i))));
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
    }
    // Tests started: an outline behind the failures, stacked by category in the causes' order.
    for (int b = 0; b < buckets; ++b) {
        const double x = plot.left() + b * column;
        const double h = plot.height() * t.started[b] / full;
        p.setPen(QColor(0x99, 0x99, 0x99));
        p.setBrush(QColor(0xf0, 0xf0, 0xf0));
        p.drawRect(QRectF(x + 1, plot.bottom() - h, column - 2, h));
        double y = plot.bottom();
        for (const RootCause &c : d.rootCauses) {
            const int n = t.failures.value(c.category).value(b);
            if (n == 0)
                continue;
            const double ch = plot.height() * n / full;
            p.fillRect(QRectF(x + 2, y - ch, column - 4, ch), categoryColor(c.category));
            y -= ch;
        }
    }
    p.setPen(Qt::black);
    for (int i = 0; i <= 4; ++i) {
        const double x = plot.left() + plot.width() * i / 4;
        const QDateTime at = t.start.addMSecs(spanMs * i / 4);
        p.drawText(QRectF(x - timeLabelWidth / 2.0, plot.bottom() + 4, timeLabelWidth, 16), Qt::AlignCenter,
                   locale.toString(at.time(), timeFormat));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 22, plot.width(), 18), Qt::AlignCenter,
               t.estimated ? tr("Test start time (estimated from durations); grey: tests started, colours: failures")
                           : tr("Test start time; grey: tests started, colours: failures"));
    return image;
}

} // namespace fathom::ReportCharts
