#include "GruNetwork.h"

#include <cmath>
#include <stdexcept>

namespace eagle {
namespace {

template <typename Derived>
auto sigmoid(const Eigen::MatrixBase<Derived>& x) {
    using Scalar = typename Derived::Scalar;
    return (Scalar(1) + (-x.array()).exp()).inverse();
}

}  // namespace

// Views of one layer's weights inside a flat vector. Gate order in W, U and b: update z, reset r,
// candidate n (n = tanh(W_n x + b_n + r * (U_n h))).
template <typename Scalar>
struct GruNetwork<Scalar>::LayerView {
    Eigen::Map<const Matrix> w;  // 3H x inputs
    Eigen::Map<const Matrix> u;  // 3H x H
    Eigen::Map<const Vector> b;  // 3H
};

template <typename Scalar>
struct GruNetwork<Scalar>::Cache {
    int batch = 0;
    int steps = 0;
    struct Layer {
        Matrix input;               // inputs x T*B, after the previous layer's dropout
        Matrix hPrev, z, r, n, un;  // H x T*B
        Matrix mask;                // H x B dropout mask on this layer's output (empty: none)
    };
    std::vector<Layer> layers;
    Matrix top;  // H x B: last step of the top layer, after dropout
    Vector logits;
};

template <typename Scalar>
GruNetwork<Scalar>::GruNetwork(GruShape shape) : shape_(shape) {
    if (shape.inputs < 1 || shape.hidden < 1 || shape.layers < 1)
        throw std::invalid_argument("a GRU needs at least one input, one hidden unit and one layer");
    const Eigen::Index h = shape.hidden;
    Eigen::Index at = 0;
    for (int l = 0; l < shape.layers; ++l) {
        offsets_.push_back(at);
        const Eigen::Index in = l == 0 ? shape.inputs : shape.hidden;
        at += 3 * h * in + 3 * h * h + 3 * h;
    }
    offsets_.push_back(at);
    theta_ = Vector::Zero(at + h + 1);
}

template <typename Scalar>
typename GruNetwork<Scalar>::LayerView GruNetwork<Scalar>::layer(const Vector& flat, int l) const {
    const Eigen::Index h = shape_.hidden;
    const Eigen::Index in = l == 0 ? shape_.inputs : shape_.hidden;
    const Scalar* p = flat.data() + offsets_[static_cast<std::size_t>(l)];
    return {Eigen::Map<const Matrix>(p, 3 * h, in), Eigen::Map<const Matrix>(p + 3 * h * in, 3 * h, h),
            Eigen::Map<const Vector>(p + 3 * h * in + 3 * h * h, 3 * h)};
}

template <typename Scalar>
void GruNetwork<Scalar>::initialise(std::uint64_t seed) {
    Random random(seed);
    const Eigen::Index h = shape_.hidden;
    theta_.setZero();
    for (int l = 0; l < shape_.layers; ++l) {
        const Eigen::Index in = l == 0 ? shape_.inputs : shape_.hidden;
        Scalar* p = theta_.data() + offsets_[static_cast<std::size_t>(l)];
        const double wLimit = std::sqrt(6.0 / static_cast<double>(in + h));
        for (Eigen::Index k = 0; k < 3 * h * in; ++k) p[k] = static_cast<Scalar>(random.uniform(-wLimit, wLimit));
        const double uLimit = std::sqrt(6.0 / static_cast<double>(2 * h));
        for (Eigen::Index k = 0; k < 3 * h * h; ++k)
            p[3 * h * in + k] = static_cast<Scalar>(random.uniform(-uLimit, uLimit));
    }
    const double headLimit = std::sqrt(6.0 / static_cast<double>(h + 1));
    for (Eigen::Index k = 0; k < h; ++k)
        theta_[offsets_.back() + k] = static_cast<Scalar>(random.uniform(-headLimit, headLimit));
}

template <typename Scalar>
void GruNetwork<Scalar>::forward(const Matrix& input, int batch, Cache& cache, Random* dropoutRandom,
                                 Scalar dropout) const {
    if (batch < 1 || input.cols() % batch != 0 || input.rows() != shape_.inputs)
        throw std::invalid_argument("GRU input must be features x (days * batch)");
    const Eigen::Index h = shape_.hidden;
    const int steps = static_cast<int>(input.cols() / batch);
    cache.batch = batch;
    cache.steps = steps;
    cache.layers.resize(static_cast<std::size_t>(shape_.layers));
    const Matrix* layerInput = &input;
    Matrix output;
    for (int l = 0; l < shape_.layers; ++l) {
        auto& c = cache.layers[static_cast<std::size_t>(l)];
        const LayerView v = layer(theta_, l);
        c.input = *layerInput;
        const Matrix a = (v.w * c.input).colwise() + v.b;  // input part of every gate, every step at once
        c.hPrev.resize(h, input.cols());
        c.z.resize(h, input.cols());
        c.r.resize(h, input.cols());
        c.n.resize(h, input.cols());
        c.un.resize(h, input.cols());
        output.resize(h, input.cols());
        Matrix state = Matrix::Zero(h, batch);
        Matrix uh(3 * h, batch);
        for (int t = 0; t < steps; ++t) {
            const Eigen::Index col = static_cast<Eigen::Index>(t) * batch;
            c.hPrev.middleCols(col, batch) = state;
            uh.noalias() = v.u * state;
            auto z = c.z.middleCols(col, batch);
            auto r = c.r.middleCols(col, batch);
            auto n = c.n.middleCols(col, batch);
            z.array() = sigmoid(a.block(0, col, h, batch) + uh.topRows(h));
            r.array() = sigmoid(a.block(h, col, h, batch) + uh.middleRows(h, h));
            c.un.middleCols(col, batch) = uh.bottomRows(h);
            n.array() = (a.block(2 * h, col, h, batch).array() + r.array() * uh.bottomRows(h).array()).tanh();
            state.array() = (Scalar(1) - z.array()) * n.array() + z.array() * state.array();
            output.middleCols(col, batch) = state;
        }
        c.mask.resize(0, 0);
        if (dropoutRandom && dropout > 0) {
            c.mask.resize(h, batch);
            const Scalar keep = Scalar(1) - dropout;
            for (Eigen::Index k = 0; k < c.mask.size(); ++k)
                c.mask.data()[k] =
                    dropoutRandom->uniform() < static_cast<double>(dropout) ? Scalar(0) : Scalar(1) / keep;
            for (int t = 0; t < steps; ++t)
                output.middleCols(static_cast<Eigen::Index>(t) * batch, batch).array() *= c.mask.array();
        }
        if (l + 1 < shape_.layers) {
            cache.layers[static_cast<std::size_t>(l + 1)].input = std::move(output);
            layerInput = &cache.layers[static_cast<std::size_t>(l + 1)].input;
            output = Matrix();
        }
    }
    cache.top = output.rightCols(batch);
    const Eigen::Map<const Vector> head(theta_.data() + offsets_.back(), h);
    cache.logits = (cache.top.transpose() * head).array() + theta_[theta_.size() - 1];
}

template <typename Scalar>
void GruNetwork<Scalar>::backward(const Cache& cache, const Vector& dLogits, Vector& gradient, Matrix* dInput) const {
    const Eigen::Index h = shape_.hidden;
    const int batch = cache.batch;
    const Eigen::Index columns = static_cast<Eigen::Index>(cache.steps) * batch;
    const Eigen::Map<const Vector> head(theta_.data() + offsets_.back(), h);
    gradient.segment(offsets_.back(), h) += cache.top * dLogits;
    gradient[gradient.size() - 1] += dLogits.sum();

    // d loss / d output of the current layer (before its dropout), every step.
    Matrix dOutput = Matrix::Zero(h, columns);
    dOutput.rightCols(batch) = head * dLogits.transpose();
    for (int l = shape_.layers - 1; l >= 0; --l) {
        const auto& c = cache.layers[static_cast<std::size_t>(l)];
        const LayerView v = layer(theta_, l);
        if (c.mask.size())
            for (int t = 0; t < cache.steps; ++t)
                dOutput.middleCols(static_cast<Eigen::Index>(t) * batch, batch).array() *= c.mask.array();
        Matrix dA(3 * h, columns);  // d loss / d (W x + b), every gate and step
        Matrix dU(3 * h, columns);  // d loss / d (U h_prev)
        Matrix dh = Matrix::Zero(h, batch);
        for (int t = cache.steps - 1; t >= 0; --t) {
            const Eigen::Index col = static_cast<Eigen::Index>(t) * batch;
            dh += dOutput.middleCols(col, batch);
            const auto z = c.z.middleCols(col, batch).array();
            const auto r = c.r.middleCols(col, batch).array();
            const auto n = c.n.middleCols(col, batch).array();
            const auto hp = c.hPrev.middleCols(col, batch).array();
            const auto dn = (dh.array() * (Scalar(1) - z) * (Scalar(1) - n * n)).eval();
            const auto dz = (dh.array() * (hp - n) * z * (Scalar(1) - z)).eval();
            const auto dr = (dn * c.un.middleCols(col, batch).array() * r * (Scalar(1) - r)).eval();
            dA.block(0, col, h, batch) = dz.matrix();
            dA.block(h, col, h, batch) = dr.matrix();
            dA.block(2 * h, col, h, batch) = dn.matrix();
            dU.block(0, col, h, batch) = dz.matrix();
            dU.block(h, col, h, batch) = dr.matrix();
            dU.block(2 * h, col, h, batch) = (dn * r).matrix();
            dh = (dh.array() * z).matrix();
            dh.noalias() += v.u.transpose() * dU.middleCols(col, batch);
        }
        const Eigen::Index in = l == 0 ? shape_.inputs : shape_.hidden;
        const Eigen::Index at = offsets_[static_cast<std::size_t>(l)];
        Eigen::Map<Matrix>(gradient.data() + at, 3 * h, in).noalias() += dA * c.input.transpose();
        Eigen::Map<Matrix>(gradient.data() + at + 3 * h * in, 3 * h, h).noalias() += dU * c.hPrev.transpose();
        gradient.segment(at + 3 * h * in + 3 * h * h, 3 * h) += dA.rowwise().sum();
        if (l > 0)
            dOutput.noalias() = v.w.transpose() * dA;
        else if (dInput)
            dInput->noalias() = v.w.transpose() * dA;
    }
}

// Inference keeps no caches for backpropagation: only each layer's running state and, below the
// top, its outputs. Scoring a whole market day is this path.
template <typename Scalar>
typename GruNetwork<Scalar>::Vector GruNetwork<Scalar>::logits(const Matrix& input, int batch) const {
    if (batch < 1 || input.cols() % batch != 0 || input.rows() != shape_.inputs)
        throw std::invalid_argument("GRU input must be features x (days * batch)");
    const Eigen::Index h = shape_.hidden;
    const int steps = static_cast<int>(input.cols() / batch);
    Matrix below, output, a, state, uh(3 * h, batch);
    for (int l = 0; l < shape_.layers; ++l) {
        const LayerView v = layer(theta_, l);
        const bool top = l + 1 == shape_.layers;
        a.noalias() = v.w * (l == 0 ? input : below);
        a.colwise() += v.b;
        state = Matrix::Zero(h, batch);
        if (!top) output.resize(h, input.cols());
        for (int t = 0; t < steps; ++t) {
            const Eigen::Index col = static_cast<Eigen::Index>(t) * batch;
            uh.noalias() = v.u * state;
            const auto z = sigmoid(a.block(0, col, h, batch) + uh.topRows(h)).eval();
            const auto r = sigmoid(a.block(h, col, h, batch) + uh.middleRows(h, h)).eval();
            const auto n = (a.block(2 * h, col, h, batch).array() + r * uh.bottomRows(h).array()).tanh().eval();
            state.array() = (Scalar(1) - z) * n + z * state.array();
            if (!top) output.middleCols(col, batch) = state;
        }
        if (!top) std::swap(below, output);
    }
    const Eigen::Map<const Vector> head(theta_.data() + offsets_.back(), h);
    return (state.transpose() * head).array() + theta_[theta_.size() - 1];
}

template <typename Scalar>
Scalar GruNetwork<Scalar>::lossAndGradient(const Matrix& input, int batch, const Vector& labels, const Vector& weights,
                                           Vector& gradient, Random* dropoutRandom, Scalar dropout) const {
    Cache cache;
    forward(input, batch, cache, dropoutRandom, dropout);
    gradient = Vector::Zero(theta_.size());
    Vector dLogits(batch);
    Scalar loss = 0;
    for (int b = 0; b < batch; ++b) {
        const Scalar s = cache.logits[b];
        // softplus(s) - y s, computed without overflow
        loss += weights[b] * (std::max(s, Scalar(0)) + std::log1p(std::exp(-std::abs(s))) - labels[b] * s);
        dLogits[b] = weights[b] * (Scalar(1) / (Scalar(1) + std::exp(-s)) - labels[b]) / static_cast<Scalar>(batch);
    }
    backward(cache, dLogits, gradient, nullptr);
    return loss / static_cast<Scalar>(batch);
}

template <typename Scalar>
typename GruNetwork<Scalar>::Matrix GruNetwork<Scalar>::inputGradient(const Matrix& sequence) const {
    Cache cache;
    forward(sequence, 1, cache, nullptr, 0);
    Vector gradient = Vector::Zero(theta_.size());
    Matrix dInput;
    backward(cache, Vector::Ones(1), gradient, &dInput);
    return dInput;
}

template class GruNetwork<float>;
template class GruNetwork<double>;

}  // namespace eagle
