#pragma once
// The diagnosis of the story's run as its suite wrote it (tests/data/junit/story-pytest-logs.xml),
// with the built-in rules and no measurement: what tests of the text and the tracker start from.
#include "diagnosis/diagnosis.h"
#include "diagnosis/junitimporter.h"

inline fathom::Diagnosis storyDiagnosis()
{
    fathom::ImportedRun run;
    QString error;
    fathom::JUnitImporter importer;
    if (!importer.importFiles({ QStringLiteral(FATHOM_TEST_DATA "/junit/story-pytest-logs.xml") }, &run, &error))
        qFatal("%s", qPrintable(error));
    return fathom::RootCauseAnalysis::analyse(std::move(run), fathom::FailureRules::builtIn(), {});
}
