#include "Mapping.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace eagle {
namespace {
using nlohmann::json;

void onlyKeys(const json& j, std::initializer_list<std::string_view> keys, const std::string& where) {
    for (const auto& [key, _] : j.items()) {
        bool known = false;
        for (auto k : keys) known = known || key == k;
        if (!known) throw std::runtime_error("mapping: unknown key '" + key + "' in " + where);
    }
}

char oneChar(const json& j, const char* what) {
    const std::string s = j.get<std::string>();
    if (s == "\\t" || s == "tab") return '\t';
    if (s.size() != 1) throw std::runtime_error(std::string("mapping: ") + what + " must be one character");
    return s[0];
}

FieldSource fieldFromJson(const json& j, const std::string& name) {
    FieldSource f;
    if (j.is_string()) {
        f.column = j.get<std::string>();
        return f;
    }
    onlyKeys(j, {"column", "value", "template", "scale", "base_date"}, "field '" + name + "'");
    f.column = j.value("column", "");
    if (j.contains("value")) f.value = j["value"].is_string() ? j["value"].get<std::string>() : j["value"].dump();
    f.templ = j.value("template", "");
    f.scale = j.value("scale", 1.0);
    if (j.contains("base_date")) {
        f.baseDate = Date::parse(j["base_date"].get<std::string>());
        if (!f.baseDate) throw std::runtime_error("mapping: base_date of '" + name + "' is not YYYY-MM-DD");
    }
    if (f.column.empty() && !f.value && f.templ.empty())
        throw std::runtime_error("mapping: field '" + name + "' needs a column, a value or a template");
    return f;
}
}  // namespace

bool Mapping::isMissing(std::string_view text) const {
    for (const auto& m : missing)
        if (text == m) return true;
    return false;
}

Mapping Mapping::fromJson(std::string_view text) {
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception& e) {
        throw std::runtime_error(std::string("mapping: not valid JSON (") + e.what() + ")");
    }
    if (!j.is_object()) throw std::runtime_error("mapping: expected a JSON object");
    try {
        onlyKeys(j, {"name", "kind", "encoding", "delimiter", "thousands", "missing", "fields", "filters", "unpivot",
                     "price_tolerance", "description"},
                 "the mapping");
        Mapping m;
        m.name = j.value("name", "");
        m.kind = j.value("kind", "");
        if (j.contains("encoding")) {
            m.encoding = parseEncoding(j["encoding"].get<std::string>());
            if (!m.encoding) throw std::runtime_error("mapping: unknown encoding " + j["encoding"].dump());
        }
        if (j.contains("delimiter")) m.delimiter = oneChar(j["delimiter"], "delimiter");
        if (j.contains("thousands")) m.thousands = oneChar(j["thousands"], "thousands");
        if (j.contains("missing")) m.missing = j["missing"].get<std::vector<std::string>>();
        const json fields = j.value("fields", json::object());
        for (const auto& [name, f] : fields.items()) m.fields[name] = fieldFromJson(f, name);
        const json filters = j.value("filters", json::array());
        for (const auto& f : filters) {
            onlyKeys(f, {"column", "equals"}, "a filter");
            RowFilter filter{f.at("column").get<std::string>(), {}};
            filter.equals = f.at("equals").is_array() ? f["equals"].get<std::vector<std::string>>()
                                                      : std::vector<std::string>{f["equals"].get<std::string>()};
            m.filters.push_back(std::move(filter));
        }
        if (j.contains("unpivot")) {
            const json& u = j["unpivot"];
            onlyKeys(u, {"keep", "series", "value"}, "unpivot");
            m.unpivot = Unpivot{u.value("keep", std::vector<std::string>{}), u.value("series", "{column}"),
                                u.value("value", "close")};
        }
        m.priceTolerance = j.value("price_tolerance", m.priceTolerance);
        return m;
    } catch (const json::exception& e) {
        throw std::runtime_error(std::string("mapping: ") + e.what());
    }
}

Mapping Mapping::load(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(path + ": cannot read the mapping");
    std::stringstream text;
    text << in.rdbuf();
    try {
        Mapping m = fromJson(text.str());
        if (m.name.empty()) m.name = path;
        return m;
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(path + ": " + e.what());
    }
}

std::string Mapping::toJson() const {
    json j;
    j["name"] = name;
    if (!kind.empty()) j["kind"] = kind;
    if (encoding) j["encoding"] = std::string(nameOf(*encoding));
    if (delimiter) j["delimiter"] = *delimiter == '\t' ? std::string("\\t") : std::string(1, *delimiter);
    j["thousands"] = std::string(1, thousands);
    j["missing"] = missing;
    json fs = json::object();
    for (const auto& [name, f] : fields) {
        json o = json::object();
        if (!f.column.empty()) o["column"] = f.column;
        if (f.value) o["value"] = *f.value;
        if (!f.templ.empty()) o["template"] = f.templ;
        if (f.scale != 1) o["scale"] = f.scale;
        if (f.baseDate) o["base_date"] = f.baseDate->toString();
        fs[name] = o;
    }
    j["fields"] = fs;
    if (!filters.empty()) {
        json a = json::array();
        for (const auto& f : filters) a.push_back({{"column", f.column}, {"equals", f.equals}});
        j["filters"] = a;
    }
    if (unpivot) j["unpivot"] = {{"keep", unpivot->keep}, {"series", unpivot->series}, {"value", unpivot->value}};
    j["price_tolerance"] = priceTolerance;
    return j.dump(2);
}

void Mapping::save(const std::string& path) const {
    std::ofstream out(path);
    out << toJson() << "\n";
    if (!out) throw std::runtime_error(path + ": cannot write the mapping");
}

}  // namespace eagle
