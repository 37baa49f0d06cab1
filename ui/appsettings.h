#pragma once

#include "jira/jiraconfig.h"
#include "model/targetprofile.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace fathom {

/// The QSettings keys the window keeps its state under, each written out once.
namespace SettingsKey {
inline constexpr QLatin1String kTargetProfile("target/profile"); ///< the file of the profile last chosen
inline constexpr QLatin1String kTargetUrl("target/url"); ///< the bare URL last entered
inline constexpr QLatin1String kWindowGeometry("window/geometry");
inline constexpr QLatin1String kSaveTestRuns("diagnosis/saveToHistory"); ///< imported test runs are saved (default on)
} // namespace SettingsKey

/// The window's preferences, kept with QSettings: language, chart refresh rate, and the client
/// settings given to targets entered as a bare URL and to new profiles.
struct AppSettings
{
    static constexpr int kDefaultRefreshHz = 10;

    QString language; ///< "" follows the system, else "en" or "he"
    int chartRefreshHz = kDefaultRefreshHz;
    QJsonObject clientDefaults; ///< a profile's "client" object; empty keeps the built-in defaults
    JiraConfig jira; ///< where "Report to Jira" creates issues; unset: only "Copy for Jira"

    static AppSettings load();
    void save() const;
    /// A profile for `baseUrl` with the client defaults applied; nullopt with `error` when the
    /// URL (or a stored default) is not valid.
    std::optional<TargetProfile> profileForUrl(const QString &baseUrl, QString *error) const;
    /// Where a new profile starts in the editor: a local server, the client defaults, and each
    /// created job deleted afterwards (DELETE /jobs/{job_id}) — a job left behind holds a slot.
    std::optional<TargetProfile> newProfile(QString *error) const;
};

} // namespace fathom
