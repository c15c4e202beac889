#include "Options.h"

#include <charconv>

namespace eagle::cli {

Options::Options(const std::vector<std::string>& args, std::set<std::string> valued, std::set<std::string> flags) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0) {
            positional_.push_back(a);
            continue;
        }
        const std::string name = a.substr(2);
        if (flags.count(name)) {
            flags_.insert(name);
        } else if (valued.count(name)) {
            if (i + 1 >= args.size()) throw UsageError("option --" + name + " needs a value");
            values_[name] = args[++i];
        } else {
            throw UsageError("unknown option " + a);
        }
    }
}

std::optional<std::string> Options::value(const std::string& name) const {
    const auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::string Options::required(const std::string& name) const {
    auto v = value(name);
    if (!v) throw UsageError("missing required option --" + name);
    return *v;
}

std::int64_t Options::integer(const std::string& name, std::int64_t fallback, std::int64_t min, std::int64_t max) const {
    const auto v = value(name);
    if (!v) return fallback;
    std::int64_t parsed = 0;
    const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), parsed);
    if (ec != std::errc() || end != v->data() + v->size())
        throw UsageError("--" + name + " expects an integer, got '" + *v + "'");
    if (parsed < min || parsed > max)
        throw UsageError("--" + name + " must be between " + std::to_string(min) + " and " + std::to_string(max));
    return parsed;
}

}  // namespace eagle::cli
