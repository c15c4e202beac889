#pragma once
// What the fuzz targets share: an invariant that fails loudly (libFuzzer and the corpus replay
// both report an abort as a crash, with the input that caused it).

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                          \
    do {                                                                                     \
        if (!(condition)) {                                                                  \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, what); \
            std::abort();                                                                    \
        }                                                                                    \
    } while (false)
