#pragma once

namespace fathom {

/// The process's limit on open file descriptors (RLIMIT_NOFILE). Every connection in the pool
/// is one; running out of them is the client's limit, never the server's.
struct DescriptorLimit
{
    long long soft = 0; ///< the limit in force, after raising it
    long long hard = 0; ///< the most an unprivileged process may raise it to
    int open = 0; ///< descriptors open now
    /// Kept back for what a run needs besides connections: the database, the keychain's D-Bus,
    /// output files, the event loops' wake-up pipes of each thread.
    static constexpr int kReserved = 128;

    /// Connections the client can still open at once.
    int connectionsAvailable() const;
};

/// Raises the soft limit to the hard limit, where the system allows it. Called once, at start-up,
/// by the programs (app/): a library reading the limit does not change it.
void raiseDescriptorLimit();

/// Reads the limit in force and the descriptors open now. Thread-safe; changes nothing.
DescriptorLimit descriptorLimit();

} // namespace fathom
