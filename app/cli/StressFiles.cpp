#include "StressFiles.h"

#include "CsvTable.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <stdexcept>

namespace eagle::cli {
namespace {

void readBuffers(const std::string& path, StressSystem& s) {
    CsvTable t(path);
    if (!t.next()) throw std::runtime_error(path + ": empty file, expected a header such as name,capital");
    const std::vector<std::string> header = t.header();
    const auto name = CsvTable::column(header, {"name", "institution", "code", "bank", "bank_name"});
    const auto capital = CsvTable::column(header, {"capital", "equity", "buffer", "cet1"});
    const auto assets = CsvTable::column(header, {"external_assets", "external_asset"});
    const auto liabilities = CsvTable::column(header, {"external_liabilities", "external_liability"});
    const auto weight = CsvTable::column(header, {"weight", "weights", "total_assets"});
    if (!name) t.failLine("no institution column (name, institution, code or bank)");
    if (!capital && !assets) t.failLine("no capital column (capital, equity or buffer) and no external_assets column");
    std::map<std::string, std::size_t, std::less<>> seen;
    while (t.next()) {
        if (t.blank()) continue;
        t.requireFields(header.size());
        const std::string who(t.field(*name));
        if (who.empty()) t.fail(*name, "empty institution name", header[*name]);
        if (!seen.emplace(who, s.names.size()).second)
            t.fail(*name, "institution " + who + " appears twice", header[*name]);
        s.names.push_back(who);
        if (capital) s.equity.push_back(t.amount(*capital, header[*capital]));
        if (assets) s.externalAssets.push_back(t.amount(*assets, header[*assets]));
        if (liabilities) s.externalLiabilities.push_back(t.amount(*liabilities, header[*liabilities]));
        if (weight) s.economicWeight.push_back(t.amount(*weight, header[*weight]));
    }
    if (s.names.empty()) throw std::runtime_error(path + ": no institutions");
}

void readExposures(const std::string& path, StressSystem& s) {
    CsvTable t(path);
    s.exposures.nodes = s.names.size();
    if (!t.next()) throw std::runtime_error(path + ": empty file");
    const std::vector<std::string> header = t.header();
    const auto lender = CsvTable::column(header, {"lender", "creditor", "from", "source"});
    const auto borrower = CsvTable::column(header, {"borrower", "debtor", "to", "target"});
    const auto amount = CsvTable::column(header, {"amount", "exposure", "weight", "value"});
    auto indexOf = [&](std::size_t col, const std::string& what) {
        const auto i = s.indexOf(t.field(col));
        if (!i) t.fail(col, "no institution '" + std::string(t.field(col)) + "' in the buffers file", what);
        return static_cast<std::uint32_t>(*i);
    };
    if (lender && borrower && amount) {  // a list
        const auto layer = CsvTable::column(header, {"layer", "market"});
        while (t.next()) {
            if (t.blank()) continue;
            t.requireFields(header.size());
            ExposureEdge e{indexOf(*lender, header[*lender]), indexOf(*borrower, header[*borrower]),
                           t.amount(*amount, header[*amount]), NetworkLayer::Interbank};
            if (layer) {
                const auto l = parseNetworkLayer(t.field(*layer));
                if (!l || !carriesExposure(*l))
                    t.fail(*layer,
                           "unknown layer '" + std::string(t.field(*layer)) + "' (repo, interbank, bond, fx_swap)",
                           header[*layer]);
                e.layer = *l;
            }
            if (e.creditor == e.debtor && e.amount > 0)
                t.fail(*borrower, "an institution cannot be exposed to itself", header[*borrower]);
            s.exposures.edges.push_back(e);
        }
        return;
    }
    // A matrix, row = lender, column = borrower: labelled (a header of names, each row starting
    // with its name) or bare numbers in the buffers file's order.
    bool bare = true;
    for (std::size_t k = 0; k < t.size(); ++k) bare = bare && CsvTable::number(t.field(k)).has_value();
    const std::size_t n = s.names.size();
    std::vector<std::uint32_t> columns;
    if (!bare)
        for (std::size_t k = 1; k < t.size(); ++k) columns.push_back(indexOf(k, {}));
    else
        for (std::uint32_t k = 0; k < n; ++k) columns.push_back(k);
    const std::size_t offset = bare ? 0 : 1;
    std::uint32_t row = 0;
    auto readRow = [&]() {
        if (t.size() != columns.size() + offset)
            t.failLine("expected " + std::to_string(columns.size() + offset) + " fields, found " +
                       std::to_string(t.size()));
        if (bare && row >= n)
            t.failLine("more rows than the " + std::to_string(n) + " institutions in the buffers file");
        const std::uint32_t from = bare ? row : indexOf(0, {});
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const double x = t.amount(k + offset);
            if (x == 0) continue;
            if (columns[k] == from) t.fail(k + offset, "an institution cannot be exposed to itself");
            s.exposures.edges.push_back({from, columns[k], x, NetworkLayer::Interbank});
        }
        ++row;
    };
    if (bare) readRow();
    while (t.next()) {
        if (t.blank()) continue;
        readRow();
    }
    if (bare && row != n)
        throw std::runtime_error(path + ": " + std::to_string(row) + " rows for the " + std::to_string(n) +
                                 " institutions in the buffers file");
}

}  // namespace

StressSystem readStressSystem(const std::string& exposuresPath, const std::string& buffersPath) {
    StressSystem s;
    readBuffers(buffersPath, s);
    readExposures(exposuresPath, s);
    if (s.equity.empty()) {
        // Equity implied by the balance sheet when everyone pays: external assets less external
        // liabilities plus interbank claims less interbank debts.
        const auto claims = s.exposures.assets(), debts = s.exposures.liabilities();
        for (std::size_t i = 0; i < s.names.size(); ++i)
            s.equity.push_back(s.externalAssets[i] - (s.externalLiabilities.empty() ? 0.0 : s.externalLiabilities[i]) +
                               claims[i] - debts[i]);
    }
    return s;
}

}  // namespace eagle::cli
