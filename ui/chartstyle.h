#pragma once

#include <QtGlobal>

class QChart;
class QValueAxis;

namespace fathom {

/// Sets the axis to roundScale(top, wholeNumbers) with ticks at round values, touching it only when
/// that changes. An axis of whole numbers (counts, levels, whole milliseconds) gets ticks at
/// whole numbers only: "0, 0, 1, 1, 2" read as a bug.
void setRoundTop(QValueAxis *axis, double top, bool wholeNumbers = false);
/// Caps the ticks of a vertical axis to what `height` (its plot's) has room for, each step
/// still round: 0, 20, 40 rather than labels cut to "…". setRoundTop keeps to the cap.
void fitTicksToHeight(QValueAxis *axis, qreal height);
/// Ticks for an axis `length` long starting at a round value: each step round (and whole when
/// asked), as setRoundTop makes them. `length` is niceCeiling()'s or a multiple of 4.
int roundTickCount(double length, bool wholeNumbers);

/// Gives every axis of `chart` cosmetic grid and axis pens: they take the raster engine's fast
/// line path, where Qt Charts' default 1.0-wide pens go through the path stroker — the largest
/// cost of a live-chart repaint before (callgrind). Call after the axes are added.
void useCosmeticPens(QChart *chart);

} // namespace fathom
