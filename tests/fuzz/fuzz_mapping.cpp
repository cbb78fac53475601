// libFuzzer target for the mapping file (DESIGN §5). Whatever the bytes, fromJson() either
// throws a DocumentError or returns a mapping that toJson() writes back to a file that reads
// as the same mapping; its scales are usable (finite, min below max) and its values finite.

#include "import/importmapping.h"
#include "store/documenterror.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace cxmap;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "%s %s\n", what, qPrintable(detail));
    std::abort();
}

void checkNumbers(const ImportMapping &mapping)
{
    for (const MetricDefinition &metric : mapping.metrics) {
        if (!std::isfinite(metric.min) || !std::isfinite(metric.max) || !(metric.min < metric.max))
            fail("a scale that is not usable:", metric.name);
        if (metric.topBoxFrom && !std::isfinite(*metric.topBoxFrom))
            fail("a top box that is not finite:", metric.name);
    }
    for (auto it = mapping.values.cbegin(); it != mapping.values.cend(); ++it)
        if (!std::isfinite(it.value()))
            fail("a value that is not finite:", it.key());
    if (mapping.outcome)
        for (auto it = mapping.outcome->values.cbegin(); it != mapping.outcome->values.cend(); ++it)
            if (!std::isfinite(it.value()))
                fail("an outcome value that is not finite:", it.key());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    ImportMapping mapping;
    try {
        mapping = ImportMapping::fromJson(json, QStringLiteral("fuzz.json"));
    } catch (const DocumentError &error) {
        if (!error.message().startsWith(QStringLiteral("fuzz.json")))
            fail("a message that does not name the file:", error.message());
        return 0;
    }
    checkNumbers(mapping);
    for (const QString &key : {QStringLiteral("format"), QStringLiteral("columns"), QStringLiteral("metrics")})
        mapping.where(key);

    const QByteArray written = mapping.toJson();
    ImportMapping again;
    try {
        again = ImportMapping::fromJson(written, QStringLiteral("again.json"));
    } catch (const DocumentError &error) {
        fail("a mapping written back does not read:", error.message() + QStringLiteral("\n") + QString::fromUtf8(written));
    }
    if (again.toJson() != written)
        fail("a mapping read back writes differently:", QString::fromUtf8(written));
    return 0;
}
