#pragma once
// How the columns of someone else's file become the fields of an EagleEye entity: which column
// (by header, English or Chinese), a constant, or a template over columns; unit scaling; which
// rows to keep; and for wide files (one column per series) how to turn columns into rows.
// Saved as JSON (resources/mappings/*.json) so a mapping made once is reused.

#include "Date.h"
#include "Encoding.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eagle {

struct FieldSource {
    std::string column;                 // header of the source column
    std::optional<std::string> value;   // a constant instead of a column
    std::string templ;                  // e.g. "CGB_{tenor_label}": column values in braces
    double scale = 1;                   // numbers are multiplied by it (units: EUR mn -> CNY)
    std::optional<Date> baseDate;       // the column holds a day number counted from this date
};

struct RowFilter {
    std::string column;
    std::vector<std::string> equals;  // the row is kept when the column holds one of these
};

// A wide table: every column not in keep is one series; each non-missing cell becomes a row.
struct Unpivot {
    std::vector<std::string> keep;
    std::string series = "{column}";  // template; {column} is the source column's header
    std::string value = "close";      // the entity field that receives the cell
};

struct Mapping {
    std::string name;
    std::string kind;  // entity kind name (trades, institutions, ...); empty: any
    std::optional<Encoding> encoding;
    std::optional<char> delimiter;
    char thousands = ',';
    std::vector<std::string> missing{"", "N/A", "NA", "n/a", "#N/A", "null", "NULL", "--"};
    std::map<std::string, FieldSource> fields;
    std::vector<RowFilter> filters;
    std::optional<Unpivot> unpivot;
    double priceTolerance = 0.05;  // off-market price: relative distance from the reference close

    bool isMissing(std::string_view text) const;

    // Throw std::runtime_error with a one-line reason on malformed JSON or unknown keys.
    static Mapping fromJson(std::string_view json);
    static Mapping load(const std::string& path);
    std::string toJson() const;
    void save(const std::string& path) const;
};

}  // namespace eagle
