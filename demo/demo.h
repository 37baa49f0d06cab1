#pragma once

#include "discovery/discoveryresult.h"
#include "model/targetprofile.h"

#include <memory>

namespace fathom {

namespace sim {
class InProcessSimulator;
}

/// The demo: Fathom's job-server simulator started inside the program with a known capacity,
/// and the target and discovery settings that measure it. One set-up for `fathom --demo` on the
/// terminal and in the window (app/), so that fathom_ui need not link the simulator.
class Demo
{
public:
    static constexpr int kDefaultCapacity = 37;
    static constexpr int kMaxCapacity = 5000;
    static constexpr int kJobMs = 300; ///< how long each job holds its slot

    Demo();
    ~Demo();

    /// Starts the simulator with `capacity` concurrent jobs (1..kMaxCapacity); false with why.
    bool start(int capacity, QString *error);
    int capacity() const { return m_capacity; }
    /// The simulator as a target: its URL, jobs that hold a slot kJobMs, no retries (measure the
    /// server, not the client's patience).
    TargetProfile profile() const;
    /// A discovery that finds the capacity quickly: short cool-downs, levels up to 4 × capacity.
    DiscoveryConfig config() const;

private:
    std::unique_ptr<sim::InProcessSimulator> m_simulator;
    int m_capacity = kDefaultCapacity;
};

} // namespace fathom
