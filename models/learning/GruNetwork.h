#pragma once
// A stacked GRU over daily feature sequences with a logistic head on the last step: the early-warning
// network. Forward pass, backpropagation through time and the gradient with respect to the inputs
// (for explanations), written with Eigen. Templated on the scalar: float to train, double to check
// the gradients against finite differences.

#include "Random.h"

#include <Eigen/Dense>

#include <cstdint>
#include <vector>

namespace eagle {

struct GruShape {
    int inputs = 0;  // features per day
    int hidden = 32;
    int layers = 2;
};

template <typename Scalar>
class GruNetwork {
public:
    using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
    using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;

    explicit GruNetwork(GruShape shape);

    // Glorot-uniform input and recurrent weights, zero biases; the same seed, the same network.
    void initialise(std::uint64_t seed);

    const GruShape& shape() const { return shape_; }
    // Every weight in one vector (layer by layer: W, U, b; then the head), so that the optimiser,
    // gradient clipping and storage treat the network as one array.
    Vector& parameters() { return theta_; }
    const Vector& parameters() const { return theta_; }
    Eigen::Index parameterCount() const { return theta_.size(); }

    // A batch of `batch` sequences of T = input.cols() / batch steps: column t * batch + b holds
    // day t of sequence b. Returns the logit of each sequence (no dropout).
    Vector logits(const Matrix& input, int batch) const;

    // Mean weighted binary cross-entropy of the batch and its gradient (same layout as parameters()).
    // With a random source, variational dropout (one mask per sequence, the same on every step) is
    // applied to every layer's output.
    Scalar lossAndGradient(const Matrix& input, int batch, const Vector& labels, const Vector& weights,
                           Vector& gradient, Random* dropoutRandom = nullptr, Scalar dropout = 0) const;

    // d logit / d input for one sequence (features x days): the basis of gradient x input.
    Matrix inputGradient(const Matrix& sequence) const;

private:
    struct LayerView;
    struct Cache;
    LayerView layer(const Vector& flat, int l) const;
    void forward(const Matrix& input, int batch, Cache& cache, Random* dropoutRandom, Scalar dropout) const;
    // Backpropagates d loss / d logit; adds to `gradient` and, when asked, writes d loss / d input.
    void backward(const Cache& cache, const Vector& dLogits, Vector& gradient, Matrix* dInput) const;

    GruShape shape_;
    std::vector<Eigen::Index> offsets_;  // start of each layer's block in theta_, then the head's
    Vector theta_;
};

extern template class GruNetwork<float>;
extern template class GruNetwork<double>;

}  // namespace eagle
