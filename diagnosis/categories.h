#pragma once

#include <QStringView>

#include <span>

namespace fathom {

/// A built-in failure category, as data: its stable id (--json, rules files), its title,
/// whether it lies outside the test (server, network, client settings) rather than in the
/// product or the test, and what a diagnosis says of it and advises where neither the run nor
/// the measurements tell more (RootCauseAnalysis then says more, with the numbers). Adding a
/// category is a row here, and rules in rules/builtin-rules.json.
struct Category
{
    const char *id;
    const char *title; ///< translated in the context "fathom::FailureRules"
    bool infrastructure;
    /// Its failures come with load: when they cluster at the run's start, the statement says why.
    bool comesWithLoad;
    const char *statement; ///< translated in the context "fathom::RootCauseAnalysis"
    const char *fix; ///< translated in the context "fathom::RootCauseAnalysis"
};

std::span<const Category> builtInCategories();
const Category *builtInCategory(QStringView id); ///< nullptr for a team's own category
QString categoryTitle(const Category &c);
QString categoryStatement(const Category &c);
QString categoryFix(const Category &c);

} // namespace fathom
