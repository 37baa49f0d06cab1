#pragma once

#include "diagnosis/diagnosis.h"

#include <QImage>

namespace fathom {

/// The report's charts, painted with QPainter (no Widgets, no Charts), in the application's
/// layout direction for the labels; time runs left to right in either.
namespace ReportCharts {

/// Failures per category, one horizontal bar each, in the root causes' order.
QImage categoryBars(const Diagnosis &d, int width = 900);
/// Tests started and failures per category over the run's time, stacked columns.
QImage timeline(const Diagnosis &d, int width = 900);
/// A category's colour, the same in every chart and report.
QColor categoryColor(const QString &category);

} // namespace ReportCharts

} // namespace fathom
