#pragma once
// One thing wrong with an input file, located precisely (file line, source column) for the user.

#include <cstdint>
#include <stdexcept>
#include <string>

namespace eagle {

struct ImportProblem {
    std::int64_t line = 0;  // 1-based physical line where the record starts; 0 = the file as a whole
    std::string column;     // the source column (header text or FIX tag); empty when not one column
    std::string reason;
};

std::string describe(const std::string& file, const ImportProblem& p);

// A problem that makes the rest of the file unreadable (bad encoding, unbalanced quote, binary
// data): the import stops and the store is left as it was, whatever the mode.
class ImportError : public std::runtime_error {
public:
    ImportError(ImportProblem problem);
    const ImportProblem& problem() const { return problem_; }

private:
    ImportProblem problem_;
};

}  // namespace eagle
