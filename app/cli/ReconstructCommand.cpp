#include "ReconstructCommand.h"

#include "CsvTable.h"
#include "Options.h"
#include "Reconstruction.h"
#include "ReconstructionEnsemble.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>

namespace eagle::cli {

const char* const kReconstructHelp =
    "usage: eagleeye-cli reconstruct --totals FILE [--method M] [--density D] [--seed S] [--out FILE]\n"
    "       eagleeye-cli reconstruct --totals FILE --samples N [--method M] [--density D] [--seed S]\n"
    "\n"
    "Rebuilds who lends to whom from each institution's interbank assets and liabilities (the\n"
    "liabilities scaled to the assets' total). The totals file has a name column and 'assets' and\n"
    "'liabilities' (or interbank_assets, interbank_liabilities), and for --samples a capital column\n"
    "(capital, equity or buffer).\n"
    "\n"
    "  --method M    max_entropy (RAS, Upper & Worms 2004; the default without --samples),\n"
    "                min_density (Anand, Craig & von Peter 2015; the default with --samples) or\n"
    "                fitness (Cimini et al. 2015)\n"
    "  --density D   fitness: expected share of possible links (default 0.1)\n"
    "  --seed S      random seed for min_density and fitness (default 1)\n"
    "  --out FILE    write the exposures as lender,borrower,amount (default: standard output)\n"
    "  --samples N   instead: N reconstructions and, per institution, the 5th, 50th and 95th\n"
    "                percentiles of its PageRank and of the DebtRank of its failure\n";

namespace {

struct Totals {
    std::vector<std::string> names;
    std::vector<double> assets, liabilities, capital;
};

Totals readTotals(const std::string& path) {
    CsvTable t(path);
    if (!t.next()) throw std::runtime_error(path + ": empty file, expected a header such as name,assets,liabilities");
    const auto header = t.header();
    const auto name = CsvTable::column(header, {"name", "institution", "code", "bank", "bank_name"});
    const auto assets = CsvTable::column(header, {"assets", "interbank_assets"});
    const auto liabilities = CsvTable::column(header, {"liabilities", "interbank_liabilities"});
    const auto capital = CsvTable::column(header, {"capital", "equity", "buffer"});
    if (!name) t.failLine("no institution column (name, institution, code or bank)");
    if (!assets || !liabilities)
        t.failLine("needs columns assets and liabilities (or interbank_assets, interbank_liabilities)");
    Totals out;
    while (t.next()) {
        if (t.blank()) continue;
        t.requireFields(header.size());
        out.names.emplace_back(t.field(*name));
        out.assets.push_back(t.amount(*assets, header[*assets]));
        out.liabilities.push_back(t.amount(*liabilities, header[*liabilities]));
        if (capital) out.capital.push_back(t.amount(*capital, header[*capital]));
    }
    if (out.names.empty()) throw std::runtime_error(path + ": no institutions");
    return out;
}

std::string number(double v) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

}  // namespace

int reconstructCommand(const Options& o, std::ostream& out, std::ostream&) {
    const Totals totals = readTotals(o.required("totals"));
    const bool ensemble = o.has("samples");
    const std::string method = o.value("method").value_or(ensemble ? "min_density" : "max_entropy");
    if (method != "max_entropy" && method != "min_density" && method != "fitness")
        throw UsageError("--method must be max_entropy, min_density or fitness");
    const auto seed = static_cast<std::uint64_t>(o.integer("seed", 1, 0, INT64_MAX));
    double density = 0.1;
    if (const auto d = o.value("density")) {
        const auto v = CsvTable::number(*d);
        if (!v || *v <= 0 || *v > 1) throw UsageError("--density must be a number in (0, 1]");
        density = *v;
    }
    std::vector<double> liabilities;
    try {
        liabilities = balancedLiabilities(totals.assets, totals.liabilities);
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error(e.what());
    }

    if (ensemble) {
        if (method == "max_entropy")
            throw UsageError("the maximum-entropy network is unique: use min_density or fitness for --samples");
        if (totals.capital.empty()) throw UsageError("--samples needs a capital column in the totals file");
        EnsembleOptions e;
        e.method = method == "fitness" ? EnsembleMethod::Fitness : EnsembleMethod::MinimumDensity;
        e.samples = static_cast<int>(o.integer("samples", 100, 1, 100000));
        e.linkDensity = density;
        e.seed = seed;
        const EnsembleBands b = reconstructionEnsemble(totals.assets, liabilities, totals.capital, e);
        out << "institution,pagerank_p5,pagerank_p50,pagerank_p95,failure_debtrank_p5,failure_debtrank_p50,failure_"
               "debtrank_p95\n";
        for (std::size_t i = 0; i < totals.names.size(); ++i) {
            out << totals.names[i] << "," << number(b.pageRank[i].p5) << "," << number(b.pageRank[i].p50) << ","
                << number(b.pageRank[i].p95);
            if (b.debtRankSimulated[i])
                out << "," << number(b.failureDebtRank[i].p5) << "," << number(b.failureDebtRank[i].p50) << ","
                    << number(b.failureDebtRank[i].p95) << "\n";
            else
                out << ",,,\n";
        }
        return 0;
    }

    ExposureGraph g;
    if (method == "max_entropy")
        g = maxEntropy(totals.assets, liabilities);
    else if (method == "min_density")
        g = minimumDensity(totals.assets, liabilities, seed);
    else
        g = fitnessSample(totals.assets, liabilities, fitnessParameter(totals.assets, liabilities, density), seed);
    std::ofstream file;
    if (const auto path = o.value("out")) {
        file.open(*path);
        if (!file) throw std::runtime_error("cannot write " + *path);
    }
    std::ostream& sink = file.is_open() ? file : out;
    sink << "lender,borrower,amount\n";
    for (const auto& e : g.edges)
        sink << totals.names[e.creditor] << "," << totals.names[e.debtor] << "," << number(e.amount) << "\n";
    if (file.is_open()) out << "wrote " << g.edges.size() << " exposures to " << *o.value("out") << "\n";
    return 0;
}

}  // namespace eagle::cli
