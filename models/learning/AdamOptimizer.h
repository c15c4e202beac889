#pragma once
// Adam (Kingma & Ba 2015) over one flat parameter vector, with the gradient clipped to a maximum
// global norm first: recurrent networks occasionally produce exploding gradients.

#include <Eigen/Dense>

#include <cmath>

namespace eagle {

template <typename Scalar>
class AdamOptimizer {
public:
    using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;

    AdamOptimizer(Eigen::Index size, double learningRate, double clipNorm = 1.0, double beta1 = 0.9,
                  double beta2 = 0.999, double epsilon = 1e-8)
        : m_(Vector::Zero(size)),
          v_(Vector::Zero(size)),
          rate_(learningRate),
          clip_(clipNorm),
          beta1_(beta1),
          beta2_(beta2),
          epsilon_(epsilon) {}

    // Scales the gradient down to the clip norm when it is longer; returns its norm before.
    static double clip(Vector& gradient, double maxNorm) {
        const double norm = static_cast<double>(gradient.norm());
        if (maxNorm > 0 && norm > maxNorm) gradient *= static_cast<Scalar>(maxNorm / norm);
        return norm;
    }

    // One update of theta with the (clipped) gradient; returns the gradient's norm before clipping.
    double step(Vector& theta, Vector gradient) {
        const double norm = clip(gradient, clip_);
        ++t_;
        m_ = static_cast<Scalar>(beta1_) * m_ + static_cast<Scalar>(1 - beta1_) * gradient;
        v_ = static_cast<Scalar>(beta2_) * v_ + static_cast<Scalar>(1 - beta2_) * gradient.cwiseAbs2();
        const double c1 = 1 - std::pow(beta1_, static_cast<double>(t_));
        const double c2 = 1 - std::pow(beta2_, static_cast<double>(t_));
        const Scalar stepSize = static_cast<Scalar>(rate_ * std::sqrt(c2) / c1);
        theta.array() -= stepSize * m_.array() / (v_.array().sqrt() + static_cast<Scalar>(epsilon_ * std::sqrt(c2)));
        return norm;
    }

private:
    Vector m_, v_;
    double rate_, clip_, beta1_, beta2_, epsilon_;
    long t_ = 0;
};

}  // namespace eagle
