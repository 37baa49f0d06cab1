#pragma once

#include <QStringList>

namespace fathom {

/// fathom diagnose FILE.xml... [--profile FILE] [--rules FILE] [--run ID] [--json FILE]
///                 [--report FILE.md|FILE.html|FILE.pdf] [--export-allure-categories FILE]
/// Needs a QGuiApplication (reports paint charts).
int runDiagnoseCommand(const QStringList &arguments);

} // namespace fathom
