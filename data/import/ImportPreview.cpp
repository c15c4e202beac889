#include "ImportPreview.h"

#include "FixSource.h"
#include "MappedRow.h"
#include "RecordSource.h"

#include <memory>

namespace eagle {

ImportPreview ImportPreview::of(const std::string& path, const ImportOptions& options, int maxRows) {
    ImportPreview p;
    try {
        Mapping mapping = options.mapping;
        std::unique_ptr<RecordSource> source;
        if (options.format == ImportFormat::Fix) {
            source = std::make_unique<FixSource>(path);
            Mapping fix = FixSource::tradeMapping();
            for (const auto& [field, s] : mapping.fields) fix.fields[field] = s;
            mapping = std::move(fix);
        } else {
            source = std::make_unique<CsvSource>(path, CsvOptions{mapping.encoding, mapping.delimiter});
        }
        p.header = source->header();
        p.format = source->format();
        const auto fields = fieldsOf(options.format == ImportFormat::Fix ? EntityKind::Trades : options.kind);
        auto bindings = bindFields(fields, mapping, p.header);
        for (std::size_t f = 0; f < fields.size(); ++f) {
            p.fields.emplace_back(fields[f].name);
            const auto& b = bindings[f];
            p.sources.push_back(b.constant ? "= " + *b.constant : b.bound() ? b.label : std::string());
        }
        MappedRow row(fields, mapping, std::move(bindings), p.header);
        CsvRecord r;
        while (static_cast<int>(p.rows.size()) < maxRows && source->next(r)) {
            row.reset(r);
            std::vector<std::string> values;
            for (std::size_t f = 0; f < fields.size(); ++f) {
                const auto v = row.has(static_cast<int>(f)) ? row.text(static_cast<int>(f)) : std::nullopt;
                values.push_back(v ? std::string(*v) : std::string());
            }
            p.rows.push_back(std::move(values));
        }
    } catch (const ImportError& e) {
        p.error = describe(path, e.problem());
    } catch (const std::exception& e) {
        p.error = path + ": " + e.what();
    }
    return p;
}

}  // namespace eagle
