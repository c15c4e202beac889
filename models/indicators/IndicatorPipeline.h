#pragma once
// Runs the market-risk indicators over a whole workspace: each institution's daily P&L from its
// positions, then, once a window of P&L is available, its 99% one-day VaR and ES by historical
// simulation, its EWMA VaR and the rolling count of backtest exceptions. The values are written as
// features of the latest profile run, in one transaction: a cancelled run leaves nothing.

#include "Progress.h"
#include "ResultStore.h"

namespace eagle {

struct IndicatorOptions {
    int window = 250;          // days of P&L behind each historical VaR (also the warm-up)
    int backtestDays = 250;    // days over which exceptions are counted
    double confidence = 0.99;  // VaR and ES confidence
};

struct IndicatorRunResult {
    RunId run;  // the profile run the indicators were added to
    int institutions = 0;
    int days = 0;
    std::int64_t trades = 0;
    std::int64_t values = 0;
};

// The names of the features written (units CNY, CNY, CNY, count).
inline constexpr const char* kVarHistFeature = "var99_1d_hist";
inline constexpr const char* kEsHistFeature = "es99_1d_hist";
inline constexpr const char* kVarEwmaFeature = "var99_1d_ewma";
inline constexpr const char* kVarExceptionsFeature = "var_exceptions_250d";

// Throws std::runtime_error when the workspace has no profile run or when that run already has
// the indicators; Cancelled when stop is requested.
IndicatorRunResult computeIndicators(Store& store, const IndicatorOptions& options = {},
                                     const ProgressCallback& progress = {}, const std::stop_token& stop = {});

}  // namespace eagle
