#pragma once

#include <QStringList>

namespace fathom {

/// `fathom export-locust (--profile FILE | --url URL) [--levels LIST] [--step-seconds N] [-o FILE]`
int runExportLocustCommand(const QStringList &arguments);
/// `fathom import-locust PREFIX [--target URL] [--name NAME] [--json FILE]`
int runImportLocustCommand(const QStringList &arguments);

} // namespace fathom
