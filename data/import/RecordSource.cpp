#include "RecordSource.h"

namespace eagle {

std::vector<std::string> CsvSource::header() {
    CsvRecord record;
    if (!reader_.next(record)) throw ImportError({0, "", "the file has no header line"});
    return {record.fields.begin(), record.fields.end()};
}

std::string CsvSource::format() const {
    const char d = reader_.delimiter();
    const std::string delimiter = d == '\t' ? "tab" : std::string("'") + d + "'";
    return std::string(nameOf(reader_.encoding())) + (reader_.hadBom() ? " with BOM" : "") + ", delimiter " +
           delimiter;
}

}  // namespace eagle
