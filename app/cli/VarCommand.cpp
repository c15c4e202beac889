#include "VarCommand.h"

#include "Backtest.h"
#include "DailyPnl.h"
#include "EwmaVolatility.h"
#include "IndicatorPipeline.h"
#include "Options.h"
#include "RiskMeasures.h"

#include <cmath>
#include <cstdio>
#include <iostream>
#include <span>

namespace eagle::cli {

const char* const kVarHelp =
    "usage: eagleeye-cli var WORKSPACE --institution CODE [--date D] [--window N]\n"
    "       eagleeye-cli var WORKSPACE --all [--window N]\n"
    "\n"
    "Builds the institution's bond, USD and gold positions from its trades, marks them to market\n"
    "every day and prints, as of day D (default: the last trading day): the positions, the 95% and\n"
    "99% value at risk and expected shortfall over 1 and 10 days by historical simulation, the\n"
    "normal distribution and EWMA (lambda 0.94), and the backtest of the 99% one-day historical VaR\n"
    "over the last 250 days: exceptions, Kupiec, Christoffersen and the Basel traffic light.\n"
    "\n"
    "  --institution CODE   the institution's code\n"
    "  --date D             YYYY-MM-DD (default: the last trading day)\n"
    "  --window N           days of P&L behind each VaR, 20-1000 (default 250)\n"
    "  --all                compute the indicators of every institution and every day and add\n"
    "                       them to the latest profile run (var99_1d_hist, es99_1d_hist,\n"
    "                       var99_1d_ewma, var_exceptions_250d); run 'analyze' first\n";

namespace {

constexpr int kBacktestDays = 250;

std::string money(double cny) {
    if (!std::isfinite(cny)) return "n/a";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", cny);
    std::string s = buf;
    const std::size_t start = s[0] == '-' ? 1 : 0;
    for (int i = static_cast<int>(s.size()) - 3; i > static_cast<int>(start); i -= 3)
        s.insert(static_cast<std::size_t>(i), ",");
    return s;
}

struct Snapshot {
    std::size_t bonds = 0;
    double bondFace = 0, bondValue = 0, usd = 0, usdValue = 0, gold = 0, goldValue = 0;
};

Snapshot snapshot(const Positions& p, const MarketPrices& prices) {
    Snapshot s;
    for (const auto& [bond, face] : p.bondFace) {
        ++s.bonds;
        s.bondFace += face;
        const double price = prices.bondPrice(InstrumentId(bond));
        if (std::isfinite(price)) s.bondValue += face * price / 100;
    }
    s.usd = p.usd;
    s.usdValue = std::isfinite(prices.usdCny()) ? p.usd * prices.usdCny() : 0;
    s.gold = p.goldGrams;
    s.goldValue = std::isfinite(prices.goldPerGram()) ? p.goldGrams * prices.goldPerGram() : 0;
    return s;
}

void printRow(std::ostream& out, const char* label, const RiskEstimate (&r)[4], bool es) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "  %-16s", label);
    out << buf;
    for (const auto& e : r) {
        std::snprintf(buf, sizeof buf, "%18s", money(es ? e.es : e.var).c_str());
        out << buf;
    }
    out << "\n";
}

int allInstitutions(const Options& o, int window, std::ostream& out, std::ostream& err) {
    Store store = Store::open(o.positional().front());
    IndicatorOptions options;
    options.window = window;
    const IndicatorRunResult r = computeIndicators(store, options, [&err, last = -1](double f, const std::string& step) mutable {
        if (static_cast<int>(f * 100) == last) return;
        last = static_cast<int>(f * 100);
        err << "\r" << step << " " << last << "%" << std::flush;
    });
    err << "\n";
    out << "risk indicators added to profile run " << r.run.value << ": " << r.institutions << " institutions, "
        << r.days << " days, " << r.trades << " trades, " << r.values << " values\n";
    return 0;
}

}  // namespace

int valueAtRisk(const Options& o, std::ostream& out, std::ostream& err) {
    if (o.positional().size() != 1) throw UsageError("expected exactly one WORKSPACE");
    const int window = static_cast<int>(o.integer("window", 250, 20, 1000));
    if (o.has("all")) return allInstitutions(o, window, out, err);
    const std::string code = o.required("institution");
    std::optional<Date> asOf;
    if (const auto d = o.value("date")) {
        asOf = Date::parse(*d);
        if (!asOf) throw UsageError("--date must be YYYY-MM-DD");
    }
    Store store = Store::openReadOnly(o.positional().front());
    std::optional<Institution> institution;
    for (auto& i : store.institutions())
        if (i.code == code) institution = std::move(i);
    if (!institution) throw std::runtime_error("no institution with code " + code);

    // One pass over the trades up to the day asked for; the stream stops right after it.
    PositionBook book({institution->id});
    std::vector<double> pnl;
    std::vector<Date> days;
    Snapshot held;
    std::stop_source stop;
    try {
        streamDailyPnl(
            store, book,
            [&](Date day, std::span<const double> p, const MarketPrices& prices) {
                if (asOf && day > *asOf) {
                    stop.request_stop();
                    return;
                }
                pnl.push_back(p[0]);
                days.push_back(day);
                held = snapshot(book.positions(0), prices);
                if (asOf && day == *asOf) stop.request_stop();
            },
            stop.get_token());
    } catch (const Cancelled&) {
    }
    if (pnl.size() < 3) throw std::runtime_error("fewer than three trading days up to the date asked for");

    const std::span<const double> all(pnl);
    const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(window), all.size());
    const std::span<const double> recent = all.last(n);
    out << institution->code << " " << institution->name << ", as of " << days.back().toString() << "\n"
        << "positions (CNY):\n"
        << "  bonds  " << held.bonds << " issues, face " << money(held.bondFace) << ", value " << money(held.bondValue)
        << "\n  USD    " << money(held.usd) << ", value " << money(held.usdValue) << "\n  gold   " << money(held.gold)
        << " g, value " << money(held.goldValue) << "\n";
    out << "P&L window: " << n << " days, " << days[days.size() - n].toString() << " to " << days.back().toString()
        << (static_cast<int>(n) < window ? " (shorter than asked: not enough history)" : "") << "\n\n";

    EwmaVolatility ewma;
    for (double x : all) ewma.add(x);
    RiskEstimate hist[4], param[4], ew[4];
    const double levels[2] = {0.95, 0.99};
    for (int l = 0; l < 2; ++l)
        for (int h = 0; h < 2; ++h) {
            const int horizon = h == 0 ? 1 : 10;
            // Historical 10-day figures scale the one-day ones by sqrt(10) (docs/indicators.md).
            hist[l * 2 + h] = scaleToHorizon(historicalRisk(recent, levels[l]), horizon);
            param[l * 2 + h] = parametricRisk(recent, levels[l], horizon);
            ew[l * 2 + h] = ewma.risk(levels[l], horizon);
        }
    // Columns in the order 95% 1d, 95% 10d, 99% 1d, 99% 10d.
    out << "                              95% 1d           95% 10d            99% 1d           99% 10d\n";
    printRow(out, "historical VaR", hist, false);
    printRow(out, "historical ES", hist, true);
    printRow(out, "parametric VaR", param, false);
    printRow(out, "parametric ES", param, true);
    printRow(out, "EWMA VaR", ew, false);
    printRow(out, "EWMA ES", ew, true);

    // Backtest: each of the last 250 days against the 99% one-day historical VaR of the window
    // that ended the day before.
    std::vector<bool> exceptions;
    for (std::size_t t = all.size() > kBacktestDays ? all.size() - kBacktestDays : 1; t < all.size(); ++t) {
        const std::size_t from = t > static_cast<std::size_t>(window) ? t - window : 0;
        exceptions.push_back(-all[t] > historicalRisk(all.subspan(from, t - from), 0.99).var);
    }
    int x = 0;
    for (bool e : exceptions) x += e;
    const int days250 = static_cast<int>(exceptions.size());
    const KupiecTest k = kupiec(days250, x, 0.99);
    const ChristoffersenTest c = christoffersen(exceptions, 0.99);
    const BaselZone zone = trafficLight(x);
    char buf[256];
    out << "\nbacktest of the 99% 1-day historical VaR over the last " << days250 << " days:\n";
    std::snprintf(buf, sizeof buf, "  exceptions        %d (expected %.1f)\n", x, days250 * 0.01);
    out << buf;
    std::snprintf(buf, sizeof buf, "  Kupiec POF        LR %.3f  p %.4f\n", k.lr, k.pValue);
    out << buf;
    std::snprintf(buf, sizeof buf, "  Christoffersen    independence LR %.3f  p %.4f; conditional coverage LR %.3f  p %.4f\n",
                  c.lrInd, c.pInd, c.lrCc, c.pCc);
    out << buf;
    std::snprintf(buf, sizeof buf, "  traffic light     %s (plus factor %.2f)%s\n", nameOf(zone.zone), zone.plusFactor,
                  days250 < kBacktestDays ? ", on fewer than 250 days" : "");
    out << buf;
    return 0;
}

}  // namespace eagle::cli
