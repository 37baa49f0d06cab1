#include "report/roundscale.h"

#include <cmath>
#include <utility>

namespace fathom {

RoundScale roundScale(double v, bool wholeNumbers)
{
    RoundScale nice { 10, 5 };
    if (v <= 1) {
        nice = { 1, 5 };
    } else {
        const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
        static const std::pair<double, int> steps[] = { { 1.0, 5 }, { 1.5, 3 }, { 2.0, 4 }, { 2.5, 5 }, { 3.0, 3 },
                                                        { 4.0, 4 }, { 5.0, 5 }, { 6.0, 3 }, { 8.0, 4 }, { 10.0, 5 } };
        nice = { 10 * magnitude, 5 };
        for (auto [step, intervals] : steps) {
            if (step * magnitude >= v) {
                nice = { step * magnitude, intervals };
                break;
            }
        }
    }
    if (wholeNumbers && nice.top < 3) {
        // 1, 1.5, 2 and 2.5 split into 5, 3, 4 and 5 intervals fall between whole numbers.
        nice.top = std::ceil(nice.top);
        nice.intervals = int(nice.top);
    }
    return nice;
}

double niceCeiling(double v)
{
    return roundScale(v, false).top;
}

} // namespace fathom
