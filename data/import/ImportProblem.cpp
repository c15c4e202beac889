#include "ImportProblem.h"

namespace eagle {
namespace {
std::string where(const ImportProblem& p) {
    std::string s;
    if (p.line > 0) s += "line " + std::to_string(p.line);
    if (!p.column.empty()) s += (s.empty() ? "column " : ", column ") + p.column;
    return s;
}
}  // namespace

std::string describe(const std::string& file, const ImportProblem& p) {
    const std::string w = where(p);
    return file + ": " + (w.empty() ? "" : w + ": ") + p.reason;
}

ImportError::ImportError(ImportProblem problem)
    : std::runtime_error(describe("", problem).substr(2)), problem_(std::move(problem)) {}

}  // namespace eagle
