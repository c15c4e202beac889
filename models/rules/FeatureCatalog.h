#pragma once
// The features a rule may read: the names in the workspace's feature_def table (not a fixed list,
// so features added later are usable at once) plus one table of Chinese aliases.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eagle {

class FeatureCatalog {
public:
    explicit FeatureCatalog(std::vector<std::string> names);
    // The catalog of the profile features defined in models/ProfileFeatures.h (tests, benchmarks).
    static FeatureCatalog profileFeatures();

    // The slot of a feature name or alias; nullopt when unknown.
    std::optional<int> resolve(std::string_view nameOrAlias) const;
    // The closest known name or alias by edit distance, when it is close enough to be a typo.
    std::optional<std::string> suggest(std::string_view unknown) const;
    const std::vector<std::string>& names() const { return names_; }
    const std::string& name(int slot) const { return names_[static_cast<std::size_t>(slot)]; }

    struct Alias {
        std::string_view alias;
        std::string_view feature;
    };
    // Chinese alias -> stored feature name; an alias of a feature the workspace lacks is unknown.
    static const std::vector<Alias>& aliases();

private:
    struct Spelling {
        std::string text;
        std::vector<char32_t> points;
    };
    std::vector<std::string> names_;
    std::vector<Spelling> spellings_;  // the names and the aliases of features present, as code points
};

// Levenshtein distance over Unicode code points (UTF-8 input).
int editDistance(std::string_view a, std::string_view b);
// The same over code points, but bound + 1 for any distance over bound (computed sooner).
int boundedEditDistance(const std::vector<char32_t>& a, const std::vector<char32_t>& b, int bound);

}  // namespace eagle
