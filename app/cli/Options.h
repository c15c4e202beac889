#pragma once
// Parses "--name value" options and positional arguments for one CLI command.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace eagle::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Options {
public:
    // valued: options that take a value; flags: options that do not.
    Options(const std::vector<std::string>& args, std::set<std::string> valued, std::set<std::string> flags);

    bool has(const std::string& name) const { return values_.count(name) || flags_.count(name); }
    std::optional<std::string> value(const std::string& name) const;
    std::string required(const std::string& name) const;
    // An integer in [min, max], or the fallback when the option is absent.
    std::int64_t integer(const std::string& name, std::int64_t fallback, std::int64_t min, std::int64_t max) const;
    const std::vector<std::string>& positional() const { return positional_; }

private:
    std::map<std::string, std::string> values_;
    std::set<std::string> flags_;
    std::vector<std::string> positional_;
};

}  // namespace eagle::cli
