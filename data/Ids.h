#pragma once
// Strong id types, so that an institution id can never be passed where a trade id is meant.

#include <compare>
#include <cstdint>
#include <functional>

namespace eagle {

template <class Tag>
struct Id {
    std::int64_t value = 0;
    constexpr Id() = default;
    constexpr explicit Id(std::int64_t v) : value(v) {}
    constexpr bool valid() const { return value > 0; }
    constexpr auto operator<=>(const Id&) const = default;
};

using InstitutionId = Id<struct InstitutionTag>;
using InstrumentId = Id<struct InstrumentTag>;
using TradeId = Id<struct TradeTag>;
using RunId = Id<struct RunTag>;

}  // namespace eagle

template <class Tag>
struct std::hash<eagle::Id<Tag>> {
    std::size_t operator()(const eagle::Id<Tag>& id) const noexcept { return std::hash<std::int64_t>{}(id.value); }
};
