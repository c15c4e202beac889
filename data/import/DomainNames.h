#pragma once
// Reads the domain's enumerations as files write them: the stored names (large_bank, repo) and
// the Chinese terms used in Chinese exports (城市商业银行, 质押式回购).

#include "Domain.h"

#include <optional>
#include <string_view>

namespace eagle::names {

std::optional<InstitutionType> institutionType(std::string_view s);
std::optional<Product> product(std::string_view s);
std::optional<Market> market(std::string_view s);
std::optional<RelationKind> relationKind(std::string_view s);

}  // namespace eagle::names
