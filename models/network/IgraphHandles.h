#pragma once
// RAII owners for the igraph C structures, so that an exception (a stop request, a failed call)
// never leaks them. Private to the network libraries: nothing outside includes igraph.

#include <igraph/igraph.h>

#include <cstddef>
#include <mutex>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace eagle::ig {

inline void check(igraph_error_t rc, const char* what) {
    if (rc != IGRAPH_SUCCESS) throw std::runtime_error(std::string("igraph: ") + what + " failed");
}

// Debian's igraph is built without thread safety (IGRAPH_THREAD_SAFE is 0): its error-cleanup
// stack and its default random generator are process globals. Every use of igraph holds this
// lock, so that background jobs measuring and laying out networks at the same time (the network
// view, the analysis, the CLI's sweeps) neither corrupt that state nor reseed each other's layouts.
[[nodiscard]] inline std::unique_lock<std::mutex> exclusiveUse() {
    static std::mutex mutex;
    return std::unique_lock(mutex);
}

// Quiet igraph: errors come back as return codes and become exceptions here.
inline void quietErrors() { igraph_set_error_handler(igraph_error_handler_ignore); }

struct Vector {
    igraph_vector_t v;
    explicit Vector(std::size_t n = 0) { check(igraph_vector_init(&v, static_cast<igraph_integer_t>(n)), "vector"); }
    explicit Vector(const std::vector<double>& values) : Vector(values.size()) {
        for (std::size_t i = 0; i < values.size(); ++i) VECTOR(v)[i] = values[i];
    }
    ~Vector() { igraph_vector_destroy(&v); }
    Vector(const Vector&) = delete;
    Vector& operator=(const Vector&) = delete;
    double operator[](std::size_t i) const { return VECTOR(v)[i]; }
    std::size_t size() const { return static_cast<std::size_t>(igraph_vector_size(&v)); }
};

struct IntVector {
    igraph_vector_int_t v;
    explicit IntVector(std::size_t n = 0) {
        check(igraph_vector_int_init(&v, static_cast<igraph_integer_t>(n)), "vector");
    }
    ~IntVector() { igraph_vector_int_destroy(&v); }
    IntVector(const IntVector&) = delete;
    IntVector& operator=(const IntVector&) = delete;
    igraph_integer_t operator[](std::size_t i) const { return VECTOR(v)[i]; }
    std::size_t size() const { return static_cast<std::size_t>(igraph_vector_int_size(&v)); }
};

struct Matrix {
    igraph_matrix_t m;
    Matrix(std::size_t rows, std::size_t cols) {
        check(igraph_matrix_init(&m, static_cast<igraph_integer_t>(rows), static_cast<igraph_integer_t>(cols)),
              "matrix");
    }
    ~Matrix() { igraph_matrix_destroy(&m); }
    Matrix(const Matrix&) = delete;
    Matrix& operator=(const Matrix&) = delete;
};

struct Graph {
    igraph_t g;
    // endpoints: pairs (from, to), one per edge.
    Graph(const std::vector<std::pair<std::size_t, std::size_t>>& endpoints, std::size_t nodes, bool directed) {
        IntVector list(2 * endpoints.size());
        for (std::size_t i = 0; i < endpoints.size(); ++i) {
            VECTOR(list.v)[2 * i] = static_cast<igraph_integer_t>(endpoints[i].first);
            VECTOR(list.v)[2 * i + 1] = static_cast<igraph_integer_t>(endpoints[i].second);
        }
        check(igraph_create(&g, &list.v, static_cast<igraph_integer_t>(nodes),
                            directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED),
              "create graph");
    }
    ~Graph() { igraph_destroy(&g); }
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;
};

}  // namespace eagle::ig
