// Runs a fuzz target over files without libFuzzer, so that an ordinary (gcc) build replays the
// seed corpus and every input that once crashed as a regression test. Arguments: files or
// folders (each file in a folder is one input).

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {
void runOne(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}
}  // namespace

int main(int argc, char** argv) {
    int inputs = 0;
    for (int a = 1; a < argc; ++a) {
        const std::filesystem::path arg(argv[a]);
        if (std::filesystem::is_directory(arg)) {
            for (const auto& entry : std::filesystem::directory_iterator(arg))
                if (entry.is_regular_file()) runOne(entry.path()), ++inputs;
        } else {
            runOne(arg), ++inputs;
        }
    }
    std::printf("%d inputs ran without a crash\n", inputs);
    return inputs > 0 ? 0 : 1;
}
