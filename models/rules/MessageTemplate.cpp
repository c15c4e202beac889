#include "MessageTemplate.h"

#include <cmath>
#include <cstdio>

namespace eagle {
namespace {

int characters(const std::string& s, std::size_t from, std::size_t to) {
    int n = 0;
    for (std::size_t i = from; i < to && i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace

MessageTemplate MessageTemplate::parse(const std::string& text, const FeatureCatalog& catalog, int line, int column,
                                       std::optional<RuleError>& error) {
    MessageTemplate t;
    std::string literal;
    auto at = [&](std::size_t offset) { return column + 1 + characters(text, 0, offset); };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '}') {
            error =
                RuleError{line, at(i), "'}' without '{' in the message", "placeholders look like {overnight_share}"};
            return t;
        }
        if (text[i] != '{') {
            literal += text[i];
            continue;
        }
        const std::size_t close = text.find('}', i);
        if (close == std::string::npos) {
            error = RuleError{line, at(i), "'{' is never closed in the message",
                              "placeholders look like {overnight_share}"};
            return t;
        }
        const std::string name = text.substr(i + 1, close - i - 1);
        Part p;
        if (name == "value")
            p.kind = Part::Value;
        else if (name == "institution")
            p.kind = Part::Institution;
        else if (name == "day")
            p.kind = Part::Day;
        else if (const auto slot = catalog.resolve(name))
            p.kind = Part::Feature, p.slot = *slot;
        else {
            const auto s = catalog.suggest(name);
            error = RuleError{line, at(i), "unknown placeholder {" + name + "} in the message",
                              s ? "did you mean {" + *s + "}?" : "use a feature, {value}, {institution} or {day}"};
            return t;
        }
        if (!literal.empty()) t.parts_.push_back({Part::Literal, std::move(literal), -1}), literal.clear();
        t.parts_.push_back(p);
        i = close;
    }
    if (!literal.empty()) t.parts_.push_back({Part::Literal, std::move(literal), -1});
    return t;
}

std::string MessageTemplate::render(const std::function<double(int)>& featureValue, double subject,
                                    const std::string& institution, const std::string& day) const {
    std::string out;
    for (const Part& p : parts_) {
        switch (p.kind) {
            case Part::Literal:
                out += p.text;
                break;
            case Part::Feature:
                out += formatNumber(featureValue(p.slot));
                break;
            case Part::Value:
                out += formatNumber(subject);
                break;
            case Part::Institution:
                out += institution;
                break;
            case Part::Day:
                out += day;
                break;
        }
    }
    return out;
}

std::string MessageTemplate::formatNumber(double v) {
    if (!std::isfinite(v)) return "n/a";
    char buf[48];
    const double a = std::abs(v);
    if (a >= 1e9)
        std::snprintf(buf, sizeof buf, "%.2f bn", v / 1e9);
    else if (a >= 1e6)
        std::snprintf(buf, sizeof buf, "%.1f m", v / 1e6);
    else
        std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

}  // namespace eagle
