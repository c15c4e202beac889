#include "WorkspaceSnapshot.h"

#include <algorithm>

namespace eagle {

const Institution* WorkspaceSnapshot::institution(InstitutionId id) const {
    const auto it = std::lower_bound(institutions.begin(), institutions.end(), id,
                                     [](const Institution& i, InstitutionId v) { return i.id < v; });
    return it != institutions.end() && it->id == id ? &*it : nullptr;
}

const Institution* WorkspaceSnapshot::institutionByCode(const std::string& code) const {
    const auto it = std::find_if(institutions.begin(), institutions.end(), [&](auto& i) { return i.code == code; });
    return it == institutions.end() ? nullptr : &*it;
}

const FeatureDef* WorkspaceSnapshot::feature(const std::string& name) const {
    const auto it = std::find_if(features.begin(), features.end(), [&](auto& f) { return f.name == name; });
    return it == features.end() ? nullptr : &*it;
}

}  // namespace eagle
