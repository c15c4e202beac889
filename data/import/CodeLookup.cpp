#include "CodeLookup.h"

#include "MappedRow.h"
#include "Store.h"

namespace eagle {

void CodeLookup::loadInstitutions(Store& store) {
    for (const auto& i : store.institutions()) institutions_[i.code] = i.id.value;
}

void CodeLookup::loadInstruments(Store& store) {
    for (const auto& i : store.instruments()) instruments_[i.code] = i.id.value;
}

std::optional<InstitutionId> CodeLookup::institution(MappedRow& row, int field, bool required) {
    const auto code = row.text(field, required);
    if (!code) return std::nullopt;
    key_.assign(code->data(), code->size());
    const auto it = institutions_.find(key_);
    if (it == institutions_.end()) {
        row.problem(field, "unknown institution code '" + key_ + "'");
        return std::nullopt;
    }
    return InstitutionId(it->second);
}

std::optional<InstrumentId> CodeLookup::instrument(MappedRow& row, int field, bool required) {
    const auto code = row.text(field, required);
    if (!code) return std::nullopt;
    key_.assign(code->data(), code->size());
    const auto it = instruments_.find(key_);
    if (it == instruments_.end()) {
        row.problem(field, "unknown instrument code '" + key_ + "'");
        return std::nullopt;
    }
    return InstrumentId(it->second);
}

}  // namespace eagle
