#pragma once

#include "diagnosis/testrun.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace fathom {

/// Reads JUnit XML reports as pytest (legacy, xunit1, xunit2), Maven Surefire, Gradle and
/// ctest write them, streaming (QXmlStreamReader): memory grows with the failures kept, not
/// with the file. Failed and erroneous cases are kept with their texts (redacted, each capped
/// at kMaxTextChars); every case adds a light timing record.
///
/// Bad input never crashes or hangs: a file that is not XML, truncated, has another root,
/// declares a DTD (entity expansion is refused outright), is not validly encoded or is empty
/// gives one message naming the file and the line, and nothing of that file is added.
/// Not thread-affine: one importer per thread.
class JUnitImporter
{
    Q_DECLARE_TR_FUNCTIONS(fathom::JUnitImporter)
public:
    static constexpr qsizetype kMaxTextChars = 64 * 1024; ///< per trace / output
    static constexpr qsizetype kMaxMessageChars = 8 * 1024;

    /// Called now and then with bytes read so far and the file's size; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /// Adds one file's cases to `run`. On failure `run` is unchanged and `error` says what and
    /// where ("FILE:LINE: ...").
    bool importFile(const QString &path, ImportedRun *run, QString *error);
    /// The same from any device; `name` stands for the file in messages and records.
    bool importDevice(QIODevice *device, const QString &name, ImportedRun *run, QString *error);
    /// Files as given; a folder stands for the *.xml files in it (a run split over workers).
    static QStringList expandPaths(const QStringList &paths);
    /// All files, in order; stops at the first bad one (whose message comes back).
    bool importFiles(const QStringList &paths, ImportedRun *run, QString *error);

    bool wasCancelled() const { return m_cancelled; }

private:
    Progress m_progress;
    bool m_cancelled = false;
};

} // namespace fathom
