#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace fathom {

/// Which run a shown result or chart belongs to: its profile, its target, when it started.
/// Shown beside results, so that after the target changes nobody reads the last server's
/// figures as the new one's.
struct RunOrigin
{
    Q_DECLARE_TR_FUNCTIONS(fathom::RunOrigin)
public:
    QString profileName; ///< empty for a target typed as a URL
    QString target; ///< the base URL
    QDateTime startedAt;

    bool isEmpty() const { return target.isEmpty(); }
    /// "“staging” (http://…), started 6 Dec 14:02" in the current language, the URL isolated.
    QString describe() const;
};

} // namespace fathom

Q_DECLARE_METATYPE(fathom::RunOrigin)
