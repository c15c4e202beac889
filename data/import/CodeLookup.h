#pragma once
// Institution and instrument codes known to the workspace, for resolving the codes a file uses
// into store ids; codes added by the running import are learnt as they are written.

#include "Ids.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace eagle {

class MappedRow;
class Store;

class CodeLookup {
public:
    void loadInstitutions(Store& store);
    void loadInstruments(Store& store);
    void learnInstitution(const std::string& code, InstitutionId id) { institutions_[code] = id.value; }
    void learnInstrument(const std::string& code, InstrumentId id) { instruments_[code] = id.value; }
    bool hasInstitution(const std::string& code) const { return institutions_.count(code) > 0; }
    bool hasInstrument(const std::string& code) const { return instruments_.count(code) > 0; }

    // The institution named by the row's field; a problem when the code is unknown (or absent
    // and required).
    std::optional<InstitutionId> institution(MappedRow& row, int field, bool required);
    std::optional<InstrumentId> instrument(MappedRow& row, int field, bool required);

private:
    std::unordered_map<std::string, std::int64_t> institutions_;
    std::unordered_map<std::string, std::int64_t> instruments_;
    std::string key_;
};

}  // namespace eagle
