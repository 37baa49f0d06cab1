#pragma once

namespace fathom {

/// An axis from 0 to a round top, split into intervals whose steps are round too.
struct RoundScale
{
    double top = 1;
    int intervals = 5; ///< between ticks: top / intervals is itself round
    double tick(int i) const { return top * i / intervals; }
};

/// The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k) at or above `v`, 1 at
/// least: an axis top that reads well, leaves at most a third of empty headroom, and changes
/// rarely as data grows. A scale of whole numbers (counts, levels, whole milliseconds) has
/// ticks at whole numbers only: "0, 0, 1, 1, 2" or "0, 1, 3, 4, 5" read as a bug.
RoundScale roundScale(double v, bool wholeNumbers);

/// roundScale(v, false).top.
double niceCeiling(double v);

} // namespace fathom
