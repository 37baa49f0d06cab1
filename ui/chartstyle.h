#pragma once

class QChart;
class QValueAxis;

namespace fathom {

/// Sets the axis to roundScale(top, wholeNumbers) with ticks at round values, touching it only when
/// that changes. An axis of whole numbers (counts, levels, whole milliseconds) gets ticks at
/// whole numbers only: "0, 0, 1, 1, 2" read as a bug.
void setRoundTop(QValueAxis *axis, double top, bool wholeNumbers = false);
/// Ticks for an axis `length` long starting at a round value: each step round (and whole when
/// asked), as setRoundTop makes them. `length` is niceCeiling()'s or a multiple of 4.
int roundTickCount(double length, bool wholeNumbers);

/// Gives every axis of `chart` cosmetic grid and axis pens: they take the raster engine's fast
/// line path, where Qt Charts' default 1.0-wide pens go through the path stroker — the largest
/// cost of a live-chart repaint before (callgrind). Call after the axes are added.
void useCosmeticPens(QChart *chart);

} // namespace fathom
