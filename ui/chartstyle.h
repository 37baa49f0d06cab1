#pragma once

class QChart;
class QValueAxis;

namespace fathom {

/// The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k) at or above `v`, 1 at
/// least: an axis top that reads well, leaves at most a third of empty headroom, and changes
/// rarely as data grows (each change lays out the axis labels again).
double niceCeiling(double v);

/// Sets the axis to 0 … niceCeiling(top) with ticks at round values, touching it only when
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
