#pragma once

#include "discovery/discoveryresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace fathom {

/// A Locust run (its --csv files) read back as a level ramp Fathom can store, chart and compare:
/// one step per user count held, with its successful jobs per second, latency percentiles and
/// failures, and the capacity (the highest level before the first that had failures).
struct LocustResults
{
    DiscoveryResult result;
    QJsonArray failures; ///< PREFIX_failures.csv: method, name, error, occurrences, category
    QString requestName; ///< the rows used: "job" (the exported file's) or "Aggregated"
    /// Without --csv-full-history Locust writes percentiles over the whole run so far, not per
    /// second: the latency per level is then only an upper envelope.
    bool cumulativePercentiles = false;
    QString source; ///< the prefix read
};

class LocustImport
{
    Q_DECLARE_TR_FUNCTIONS(fathom::LocustImport)
public:
    static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

    /// Reads PREFIX_stats_history.csv (required) and PREFIX_failures.csv (when present).
    /// `prefix` is what was given to --csv; a path to the _stats_history.csv itself works too.
    static std::optional<LocustResults> read(const QString &prefix, QString *error);
    /// The same from the files' contents; `name` stands for the history file in messages.
    static std::optional<LocustResults> fromCsv(const QByteArray &history, const QByteArray &failures,
                                                const QString &name, QString *error);
    /// RFC 4180 as Python's csv module writes it: quoted fields may hold commas, quotes ("")
    /// and line breaks. Refuses an unterminated quote with the line it started on.
    static std::optional<QList<QStringList>> parseCsv(const QByteArray &text, QString *error);
};

} // namespace fathom
