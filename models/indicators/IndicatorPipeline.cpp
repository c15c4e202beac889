#include "IndicatorPipeline.h"

#include "DailyPnl.h"
#include "EwmaVolatility.h"
#include "ProfilePipeline.h"
#include "RiskMeasures.h"

#include <cmath>
#include <deque>
#include <stdexcept>

namespace eagle {
namespace {

// One institution's rolling state: the P&L window, the EWMA variance and the recent exceptions.
struct RollingRisk {
    std::deque<double> window;
    std::deque<bool> exceptions;
    int exceptionCount = 0;
    int nonZero = 0;  // P&L days in the window with a price move on a position
    EwmaVolatility ewma;
    double forecast = std::numeric_limits<double>::quiet_NaN();  // yesterday's VaR for today

    void add(double pnl, const IndicatorOptions& o) {
        // Backtest first: today's loss against the VaR computed yesterday, before today's P&L
        // enters the window.
        if (std::isfinite(forecast)) {
            const bool exception = -pnl > forecast;
            exceptions.push_back(exception);
            exceptionCount += exception;
            if (static_cast<int>(exceptions.size()) > o.backtestDays) {
                exceptionCount -= exceptions.front();
                exceptions.pop_front();
            }
        }
        window.push_back(pnl);
        nonZero += pnl != 0;
        if (static_cast<int>(window.size()) > o.window) {
            nonZero -= window.front() != 0;
            window.pop_front();
        }
        ewma.add(pnl);
    }
    bool warm(const IndicatorOptions& o) const { return static_cast<int>(window.size()) == o.window; }
};

struct FeatureIds {
    std::int64_t varHist, esHist, varEwma, exceptions;
};

FeatureIds defineFeatures(ResultStore& results, const IndicatorOptions& o) {
    const std::string w = std::to_string(o.window), c = std::to_string(static_cast<int>(std::round(o.confidence * 100)));
    return {results.defineFeature(kVarHistFeature, "CNY",
                                  c + "% one-day VaR of the bond, USD and gold positions, historical simulation over " +
                                      w + " days of P&L"),
            results.defineFeature(kEsHistFeature, "CNY",
                                  c + "% one-day expected shortfall, historical simulation over " + w + " days"),
            results.defineFeature(kVarEwmaFeature, "CNY",
                                  c + "% one-day VaR, normal with RiskMetrics EWMA volatility (lambda 0.94)"),
            results.defineFeature(kVarExceptionsFeature, "count",
                                  "Days in the last " + std::to_string(o.backtestDays) +
                                      " whose loss exceeded the previous day's historical VaR")};
}

}  // namespace

IndicatorRunResult computeIndicators(Store& store, const IndicatorOptions& options, const ProgressCallback& progress,
                                     const std::stop_token& stop) {
    if (options.window < 2 || options.backtestDays < 1 || !(options.confidence > 0 && options.confidence < 1))
        throw std::invalid_argument("indicators need a window of at least 2 days and a confidence in (0,1)");
    ResultStore results(store);
    const auto profile = results.latestRun(kProfileRunKind);
    if (!profile) throw std::runtime_error("no profile run in this workspace: compute profiles first (analyze)");

    std::vector<InstitutionId> ids;
    for (const auto& i : store.institutions()) ids.push_back(i.id);
    PositionBook book(ids);
    std::vector<RollingRisk> risk(ids.size());
    const std::size_t totalDays = store.tradingDays().size();

    Transaction tx(store.database());
    const FeatureIds f = defineFeatures(results, options);
    IndicatorRunResult result;
    result.run = profile->id;
    result.institutions = static_cast<int>(ids.size());

    enum Slot : std::size_t { VarHist, EsHist, VarEwma, Exceptions };
    FeatureBlockWriter writer = results.featureWriter(result.run, ids, {f.varHist, f.esHist, f.varEwma, f.exceptions});
    bool writable = false;
    const auto write = [&](Slot slot, std::size_t institution, double value) {
        if (writable) writer.set(slot, institution, value);
    };
    const auto indicatorsAlreadyThere = [&](const StoreError& e) {
        // The feature blocks' key (run, days, feature, institution) refuses a second copy.
        return std::runtime_error("profile run " + std::to_string(result.run.value) +
                                  " already has the risk indicators: compute a new profile run first (" + e.what() +
                                  ")");
    };
    const DailyPnlSummary s = streamDailyPnl(
        store, book,
        [&](Date day, std::span<const double> pnl, const MarketPrices&) {
            // A trading day without trades has no profile: its P&L still moves the rolling risk,
            // but it has no column in the run to be written to.
            writable = writer.accepts(day);
            if (writable) {
                try {
                    writer.beginDay(day);
                } catch (const StoreError& e) {
                    throw indicatorsAlreadyThere(e);
                }
            }
            for (std::size_t i = 0; i < ids.size(); ++i) {
                RollingRisk& r = risk[i];
                r.add(pnl[i], options);
                if (!r.warm(options)) continue;
                // An institution without any price move on a position in the window has no
                // measured market risk: its VaR is left undefined rather than written as 0.
                if (r.nonZero == 0) {
                    r.forecast = std::numeric_limits<double>::quiet_NaN();
                    continue;
                }
                const std::vector<double> window(r.window.begin(), r.window.end());
                const RiskEstimate hist = historicalRisk(window, options.confidence);
                r.forecast = hist.var;
                write(VarHist, i, hist.var);
                write(EsHist, i, hist.es);
                write(VarEwma, i, r.ewma.risk(options.confidence).var);
                if (!r.exceptions.empty()) write(Exceptions, i, r.exceptionCount);
            }
            ++result.days;
            if (progress && totalDays > 0)
                progress(static_cast<double>(result.days) / static_cast<double>(totalDays), "computing risk indicators");
        },
        stop);
    try {
        writer.finish();
    } catch (const StoreError& e) {
        throw indicatorsAlreadyThere(e);
    }
    result.values = writer.values();
    result.trades = s.trades;
    tx.commit();
    return result;
}

}  // namespace eagle
