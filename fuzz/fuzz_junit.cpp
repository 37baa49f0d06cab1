// libFuzzer target: JUnit XML import, then classification and root-cause analysis of what it
// kept — the path every outside test report takes.
#include "diagnosis/diagnosis.h"
#include "diagnosis/junitimporter.h"

#include <QBuffer>

using namespace fathom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    JUnitImporter importer;
    ImportedRun run;
    QString error;
    if (!importer.importDevice(&buffer, QStringLiteral("fuzz.xml"), &run, &error)) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal always says why
        return 0;
    }
    const Diagnosis d = RootCauseAnalysis::analyse(std::move(run), FailureRules::builtIn(), {});
    if (d.classifications.size() != d.run.failures.size())
        __builtin_trap();
    (void)d.toJson();
    return 0;
}
