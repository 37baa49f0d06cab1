#pragma once

#include "model/targetprofile.h"

#include <QList>
#include <QString>

namespace fathom {

/// A Locust file (Python) that runs a target's job against a level ramp, for when one desktop
/// cannot make enough load: the same job request (method, path, body and their {index},
/// {level}, {attempt} placeholders), the cleanup of each created job, the auth, the client
/// timeouts, and the levels as a LoadTestShape — each level is that many users, each creating
/// jobs one after another, held for a fixed time. Runs on Locust 2.x, alone or on a
/// master/worker cluster; its --csv results come back with LocustImport.
///
/// Secrets are never written: a bearer token is read from FATHOM_TOKEN, an OAuth2 client
/// secret from FATHOM_CLIENT_SECRET, at run time. Every value from the profile is written as a
/// Python literal escaped character by character, so no profile can inject code.
class LocustExport
{
    Q_DECLARE_TR_FUNCTIONS(fathom::LocustExport)
public:
    struct Plan
    {
        QList<int> levels; ///< users per step, in order
        int stepSeconds = 30; ///< how long each level is held
    };

    /// Levels 1, 2, 4, … up to and including `maxLevel` — the doubling phase of discovery.
    static QList<int> doublingLevels(int maxLevel);
    /// "1,2,4,8" or "10-50/10" (from 10 to 50 in steps of 10), or a mix: "1,2,5-25/5".
    static std::optional<QList<int>> parseLevels(const QString &text, QString *error);

    static QString locustfile(const TargetProfile &profile, const Plan &plan);

    /// `value` as a Python literal (str, int, float, bool, None, list, dict): printable ASCII
    /// as is, everything else escaped.
    static QString pythonLiteral(const QJsonValue &value, int indent = 0);
};

} // namespace fathom
