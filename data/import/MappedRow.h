#pragma once
// One source record seen through a mapping: an entity's fields by index, as text or parsed, with
// every problem recorded against the source column it came from.

#include "CsvReader.h"
#include "EntityKind.h"
#include "ImportProblem.h"
#include "Mapping.h"

#include <optional>
#include <string>
#include <vector>

namespace eagle {

struct FieldBinding {
    struct Part {
        std::string literal;
        int column = -1;       // a source column's value
        bool header = false;   // the unpivoted column's header
    };
    int column = -1;  // source column, or -1
    std::optional<std::string> constant;
    std::vector<Part> parts;  // a template
    bool unpivotValue = false;
    double scale = 1;
    std::optional<Date> baseDate;
    std::string label;  // what problems name: the source header, or the field for constants
    bool bound() const { return column >= 0 || constant || !parts.empty() || unpivotValue; }
};

// Resolves every field of the entity against the header: the mapping first, then the field's own
// name and aliases. Throws ImportError naming the field when a required one has no column.
std::vector<FieldBinding> bindFields(std::span<const FieldSpec> fields, const Mapping& mapping,
                                     const std::vector<std::string>& header);
// The header column with this name (trimmed, ASCII case ignored), or -1.
int findColumn(const std::vector<std::string>& header, std::string_view name);

class MappedRow {
public:
    MappedRow(std::span<const FieldSpec> fields, const Mapping& mapping, std::vector<FieldBinding> bindings,
              std::vector<std::string> header);

    void reset(const CsvRecord& record, int unpivotColumn = -1);
    std::int64_t line() const { return record_->line; }
    const CsvRecord& record() const { return *record_; }

    bool has(int field) const;
    // The field's text, trimmed; nothing when it is absent or a missing-value marker. A required
    // field that is absent is a problem.
    std::optional<std::string_view> text(int field, bool required = false);
    std::optional<double> number(int field, bool required = false);
    std::optional<std::int64_t> integer(int field, bool required = false);
    std::optional<Date> date(int field, bool required = false);
    std::optional<int> timeOfDay(int field);

    // The cell exactly as read (no trimming, no missing markers) and whether it was quoted; for
    // imports that must give back exactly what was exported. Nothing when the field has no column.
    std::optional<std::pair<std::string_view, bool>> raw(int field) const;

    void problem(int field, std::string reason);
    std::vector<ImportProblem>& problems() { return problems_; }
    bool ok() const { return problems_.empty(); }
    const std::string& label(int field) const { return bindings_[static_cast<std::size_t>(field)].label; }

private:
    std::span<const FieldSpec> fields_;
    const Mapping& mapping_;
    std::vector<FieldBinding> bindings_;
    std::vector<std::string> header_;
    const CsvRecord* record_ = nullptr;
    int unpivotColumn_ = -1;
    std::vector<std::string> built_;  // template results of the current row
    std::vector<ImportProblem> problems_;
};

}  // namespace eagle
