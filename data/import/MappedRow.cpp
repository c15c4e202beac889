#include "MappedRow.h"

#include "FieldParse.h"

#include <algorithm>
#include <cctype>

namespace eagle {
namespace {

std::string normalised(std::string_view s) {
    std::string out(parse::trim(s));
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::vector<FieldBinding::Part> parseTemplate(const std::string& templ, const std::vector<std::string>& header,
                                              const std::string& field) {
    std::vector<FieldBinding::Part> parts;
    std::size_t i = 0;
    while (i < templ.size()) {
        const std::size_t open = templ.find('{', i);
        if (open == std::string::npos) {
            parts.push_back({templ.substr(i)});
            break;
        }
        if (open > i) parts.push_back({templ.substr(i, open - i)});
        const std::size_t close = templ.find('}', open);
        if (close == std::string::npos) throw ImportError({0, "", "mapping: unclosed '{' in the template of " + field});
        const std::string name = templ.substr(open + 1, close - open - 1);
        FieldBinding::Part part;
        if (name == "column") {
            part.header = true;
        } else {
            part.column = findColumn(header, name);
            if (part.column < 0)
                throw ImportError({1, name, "the template of field '" + field + "' names a column the file lacks"});
        }
        parts.push_back(part);
        i = close + 1;
    }
    return parts;
}

}  // namespace

int findColumn(const std::vector<std::string>& header, std::string_view name) {
    const std::string wanted = normalised(name);
    for (std::size_t c = 0; c < header.size(); ++c)
        if (normalised(header[c]) == wanted) return static_cast<int>(c);
    return -1;
}

std::vector<FieldBinding> bindFields(std::span<const FieldSpec> fields, const Mapping& mapping,
                                     const std::vector<std::string>& header) {
    std::vector<FieldBinding> out(fields.size());
    for (std::size_t f = 0; f < fields.size(); ++f) {
        const FieldSpec& spec = fields[f];
        FieldBinding& b = out[f];
        b.label = std::string(spec.name);
        const std::string name(spec.name);
        if (mapping.unpivot && mapping.unpivot->value == name) {
            b.unpivotValue = true;
            b.label = "{column}";
            continue;
        }
        if (mapping.unpivot && name == "series" && !mapping.fields.count(name)) {
            b.parts = parseTemplate(mapping.unpivot->series, header, name);
            continue;
        }
        if (const auto m = mapping.fields.find(name); m != mapping.fields.end()) {
            const FieldSource& src = m->second;
            b.scale = src.scale;
            b.baseDate = src.baseDate;
            if (src.value) {
                b.constant = src.value;
            } else if (!src.templ.empty()) {
                b.parts = parseTemplate(src.templ, header, name);
            } else {
                b.column = findColumn(header, src.column);
                if (b.column < 0)
                    throw ImportError({1, src.column, "missing column '" + src.column + "' (mapped to field '" +
                                                          name + "')"});
                b.label = header[static_cast<std::size_t>(b.column)];
            }
            continue;
        }
        b.column = findColumn(header, spec.name);
        for (std::size_t start = 0; b.column < 0 && start < spec.aliases.size();) {
            const std::size_t bar = std::min(spec.aliases.find('|', start), spec.aliases.size());
            b.column = findColumn(header, spec.aliases.substr(start, bar - start));
            start = bar + 1;
        }
        if (b.column >= 0) {
            b.label = header[static_cast<std::size_t>(b.column)];
        } else if (spec.required) {
            std::string looked = name;
            if (!spec.aliases.empty()) looked += "|" + std::string(spec.aliases);
            std::replace(looked.begin(), looked.end(), '|', ',');
            throw ImportError({1, "", "missing column for required field '" + name + "' (looked for " + looked + ")"});
        }
    }
    return out;
}

MappedRow::MappedRow(std::span<const FieldSpec> fields, const Mapping& mapping, std::vector<FieldBinding> bindings,
                     std::vector<std::string> header)
    : fields_(fields), mapping_(mapping), bindings_(std::move(bindings)), header_(std::move(header)),
      built_(fields.size()) {}

void MappedRow::reset(const CsvRecord& record, int unpivotColumn) {
    record_ = &record;
    unpivotColumn_ = unpivotColumn;
    problems_.clear();
}

bool MappedRow::has(int field) const { return bindings_[static_cast<std::size_t>(field)].bound(); }

std::optional<std::string_view> MappedRow::text(int field, bool required) {
    const FieldBinding& b = bindings_[static_cast<std::size_t>(field)];
    std::optional<std::string_view> value;
    const auto cell = [this](int column) -> std::string_view {
        return column >= 0 && static_cast<std::size_t>(column) < record_->fields.size()
                   ? record_->fields[static_cast<std::size_t>(column)]
                   : std::string_view();
    };
    if (b.constant) {
        value = *b.constant;
    } else if (b.unpivotValue) {
        value = cell(unpivotColumn_);
    } else if (b.column >= 0) {
        value = cell(b.column);
    } else if (!b.parts.empty()) {
        std::string& s = built_[static_cast<std::size_t>(field)];
        s.clear();
        for (const auto& p : b.parts) {
            if (p.header) s += header_[static_cast<std::size_t>(unpivotColumn_)];
            else if (p.column >= 0) {
                const std::string_view v = parse::trim(cell(p.column));
                if (mapping_.isMissing(v)) {
                    s.clear();
                    break;
                }
                s += v;
            } else {
                s += p.literal;
            }
        }
        value = s;
    }
    if (value) {
        value = parse::trim(*value);
        if (mapping_.isMissing(*value)) value.reset();
    }
    if (!value && required) problem(field, "missing value for " + std::string(fields_[static_cast<std::size_t>(field)].name));
    return value;
}

std::optional<double> MappedRow::number(int field, bool required) {
    const auto t = text(field, required);
    if (!t) return std::nullopt;
    const auto v = parse::number(*t, mapping_.thousands);
    if (!v) {
        problem(field, "'" + std::string(*t) + "' is not a number");
        return std::nullopt;
    }
    return *v * bindings_[static_cast<std::size_t>(field)].scale;
}

std::optional<std::int64_t> MappedRow::integer(int field, bool required) {
    const auto t = text(field, required);
    if (!t) return std::nullopt;
    const auto v = parse::integer(*t, mapping_.thousands);
    if (!v) problem(field, "'" + std::string(*t) + "' is not a whole number");
    return v;
}

std::optional<Date> MappedRow::date(int field, bool required) {
    const auto t = text(field, required);
    if (!t) return std::nullopt;
    const FieldBinding& b = bindings_[static_cast<std::size_t>(field)];
    if (b.baseDate) {
        const auto offset = parse::integer(*t);
        if (!offset || *offset < -100000 || *offset > 100000) {
            problem(field, "'" + std::string(*t) + "' is not a day number");
            return std::nullopt;
        }
        return b.baseDate->addDays(static_cast<std::int32_t>(*offset));
    }
    const auto d = parse::date(*t);
    if (!d) problem(field, "'" + std::string(*t) + "' is not a date (YYYY-MM-DD, YYYYMMDD or YYYY/MM/DD)");
    return d;
}

std::optional<int> MappedRow::timeOfDay(int field) {
    const auto t = text(field);
    if (!t) return std::nullopt;
    auto v = parse::timeOfDay(*t);
    // "2025-01-02 09:30:00": a timestamp in the time column
    if (!v && t->size() > 11) v = parse::timeOfDay(t->substr(t->find_first_of(" T-", 8) + 1));
    if (!v) problem(field, "'" + std::string(*t) + "' is not a time of day (HH:MM:SS)");
    return v;
}

std::optional<std::pair<std::string_view, bool>> MappedRow::raw(int field) const {
    const auto column = static_cast<std::size_t>(bindings_[static_cast<std::size_t>(field)].column);
    if (bindings_[static_cast<std::size_t>(field)].column < 0 || column >= record_->fields.size()) return std::nullopt;
    return std::make_pair(record_->fields[column], record_->quoted[column] != 0);
}

void MappedRow::problem(int field, std::string reason) {
    problems_.push_back({record_ ? record_->line : 0, field >= 0 ? label(field) : std::string(), std::move(reason)});
}

}  // namespace eagle
