// libFuzzer target: rules JSON — Fathom's own format, or (FATHOM_FUZZ_ALLURE, with its own seed
// corpus) an Allure categories.json — then classification with the rules accepted, and the
// round trips: saved and loaded again, exported for Allure and imported again, still accepted.
#include "diagnosis/failurerules.h"

using namespace fathom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto rules
        = FailureRules::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (!rules) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    TestFailure f;
    f.name = QStringLiteral("test_jobs");
    f.message = QStringLiteral("requests.exceptions.ReadTimeout: HTTPConnectionPool(host='127.0.0.1', port=8080): "
                               "Read timed out. (read timeout=1)");
    f.trace = QStringLiteral("E   urllib3.exceptions.ReadTimeoutError\n") + f.message;
    f.output = QStringLiteral("WARNING urllib3.connectionpool: Connection pool is full, discarding connection");
    (void)rules->classify(f);
    if (!FailureRules::fromJson(rules->toJson(), &error))
        __builtin_trap();
    if (!FailureRules::fromJson(rules->toAllureCategories(), &error))
        __builtin_trap();
    return 0;
}
