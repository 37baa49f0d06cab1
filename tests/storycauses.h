#pragma once
// The story's suite (tests/story: pool of 10, 40 worker threads, a server that takes 12 jobs at
// once) fails these tests for these causes: tst_story checks a live run against it, and
// tst_diagnosis the corpus generate-story-corpus wrote from such a run.
#include <QList>
#include <utility>

inline const QList<std::pair<const char *, const char *>> kStoryCauses = {
    { "test_bulk_40_jobs", "overloaded_503" },      { "test_bulk_36_jobs", "overloaded_503" },
    { "test_bulk_30_jobs", "overloaded_503" },      { "test_bulk_24_jobs", "overloaded_503" },
    { "test_bulk_20_jobs", "overloaded_503" },      { "test_bulk_16_jobs", "overloaded_503" },
    { "test_resilient_batch_40", "test_deadline" }, { "test_resilient_batch_36", "test_deadline" },
    { "test_resilient_batch_30", "test_deadline" }, { "test_job_report_schema", "assertion" },
    { "test_urgent_job", "read_timeout" },
};
