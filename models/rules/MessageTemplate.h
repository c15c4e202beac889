#pragma once
// An alert's message: text with {placeholders} filled in from the day that raised it.
// {feature} (a name or alias) is that feature's value, {value} the rule's subject (the left side
// of its first comparison), {institution} the institution's code and {day} the first day.

#include "FeatureCatalog.h"
#include "RuleError.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace eagle {

class MessageTemplate {
public:
    struct Part {
        enum Kind { Literal, Feature, Value, Institution, Day } kind = Literal;
        std::string text;  // Literal: the text
        int slot = -1;     // Feature: the catalog slot
    };

    MessageTemplate() = default;
    // Checks every placeholder against the catalog; line/column locate the opening quote.
    static MessageTemplate parse(const std::string& text, const FeatureCatalog& catalog, int line, int column,
                                 std::optional<RuleError>& error);

    // featureValue(slot) gives the day's value of a feature.
    std::string render(const std::function<double(int)>& featureValue, double subject, const std::string& institution,
                       const std::string& day) const;
    const std::vector<Part>& parts() const { return parts_; }

    // Four significant digits; amounts of a million or more as "1.23 bn" / "45.6 m"; NaN as "n/a".
    static std::string formatNumber(double v);

private:
    std::vector<Part> parts_;
};

}  // namespace eagle
