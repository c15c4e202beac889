// eagleeye-cli network and stress in-process: tables and CSV on a simulated workspace, stress
// tests from CSV files (a list and a matrix), and errors that say where the input is wrong.

#include "Cli.h"
#include "TestSupport.h"

#include <QTest>

#include <fstream>
#include <sstream>

using namespace eagle;

class TestNetworkCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void networkSummaryAndMetrics();
    void networkDetection();
    void stressOnTheWorkspace();
    void stressFromFiles();
    void fileErrorsSayWhere();
    void reconstructFromTotals();
    void rejectsBadUsage();

private:
    int run(std::vector<std::string> args) {
        out_.str({});
        err_.str({});
        return cli::run(args, out_, err_);
    }
    bool printed(const std::string& text) const { return out_.str().find(text) != std::string::npos; }
    std::vector<std::string> lines() const {
        std::vector<std::string> out;
        std::istringstream in(out_.str());
        for (std::string line; std::getline(in, line);) out.push_back(line);
        return out;
    }
    std::string write(const char* name, const std::string& text) {
        const std::string path = dir_.path(name);
        std::ofstream(path) << text;
        return path;
    }
    test::TestWorkspace dir_;
    std::string path_;
    std::ostringstream out_, err_;
};

void TestNetworkCli::initTestCase() {
    path_ = dir_.path("net.eagle");
    QCOMPARE(run({"generate", "--institutions", "40", "--days", "60", "--seed", "4", "--out", path_, "--scenario",
                  "circular_trading,default_cascade"}),
             0);
}

void TestNetworkCli::networkSummaryAndMetrics() {
    QCOMPARE(run({"network", path_, "--date", "2025-03-14"}), 0);
    for (const char* text : {"network on 2025-03-14: 40 institutions", "repo", "interbank", "bond", "fx_swap",
                             "ownership", "strongly connected components", "communities (modularity"})
        QVERIFY2(printed(text), text);

    QCOMPARE(run({"network", path_, "--date", "2025-03-14", "--metrics", "--csv"}), 0);
    const auto rows = lines();
    QCOMPARE(rows.size(), std::size_t(41));
    QVERIFY(rows[0].rfind("institution,type,owes_cny,owed_cny,creditors,debtors,pagerank,betweenness", 0) == 0);
    QVERIFY(rows[0].find("failure_debtrank") != std::string::npos);
    double pageRank = 0, previous = 1;
    for (std::size_t k = 1; k < rows.size(); ++k) {
        std::istringstream fields(rows[k]);
        std::string f;
        for (int c = 0; c <= 6; ++c) std::getline(fields, f, ',');
        const double pr = std::stod(f);
        QVERIFY(pr <= previous + 1e-12);  // largest PageRank first
        previous = pr;
        pageRank += pr;
    }
    QVERIFY(std::abs(pageRank - 1) < 1e-6);

    QCOMPARE(run({"network", path_, "--metrics", "--layer", "repo", "--top", "5"}), 0);
    QVERIFY(printed("repo; CNY bn, largest PageRank first"));
    QCOMPARE(lines().size(), std::size_t(7));
}

void TestNetworkCli::networkDetection() {
    QCOMPARE(run({"network", path_, "--detect"}), 0);
    QVERIFY2(printed("circular trading among related parties, 2025-01-02 to"), out_.str().c_str());
    QVERIFY2(printed(": 1 ring\n"), out_.str().c_str());
    QVERIFY(printed("8 turns"));
    QVERIFY(printed("flows between related parties"));
    QVERIFY(printed("withdrawals of lending hubs"));
}

void TestNetworkCli::stressOnTheWorkspace() {
    QCOMPARE(run({"stress", path_, "--shock", "JSB001", "--method", "debtrank", "--rounds"}), 0);
    for (const char* text : {"debtrank: 40 institutions", "shock loss", "contagion loss", "DebtRank", "JSB001",
                             "round 0", "rounds:\n  0 (shock)"})
        QVERIFY2(printed(text), text);
    QCOMPARE(run({"stress", path_, "--shock", "JSB001:0.5,rate:100", "--method", "clearing", "--csv"}), 0);
    const auto rows = lines();
    QCOMPARE(rows.size(), std::size_t(41));
    QCOMPARE(rows[0], std::string("institution,initial_distress,final_distress,shock_loss,contagion_loss,loss_repo,"
                                  "loss_interbank,loss_bond,loss_fx_swap,default_round,obligations,payments"));
    QCOMPARE(run({"stress", path_, "--shock", "all:0.1", "--method", "debtrank_single", "--date", "2025-02-03"}), 0);
    QVERIFY(printed("debtrank_single: 40 institutions"));
}

void TestNetworkCli::stressFromFiles() {
    // The NEVA toy system (Barucca et al. 2020; see tst_contagion): A's failure leaves C, its
    // creditor, with half its equity, in one round.
    const std::string buffers =
        write("banks.csv", "bank_name,external_asset,external_liabilities\nA,10,9\nB,5,4\nC,3,2\n");
    const std::string list =
        write("list.csv", "lender,borrower,amount,layer\nA,B,0.5,interbank\nB,C,0.5,repo\nC,A,0.5,interbank\n");
    QCOMPARE(
        run({"stress", "--exposures", list, "--buffers", buffers, "--shock", "A", "--method", "clearing", "--csv"}), 0);
    auto rows = lines();
    QCOMPARE(rows.size(), std::size_t(4));
    QVERIFY2(rows[1].rfind("A,1.00000000,1.00000000,10.0000,0.0000", 0) == 0, rows[1].c_str());
    QVERIFY2(rows[3].rfind("C,0.00000000,0.50000000,0.0000,0.5000,0.0000,0.5000", 0) == 0, rows[3].c_str());
    QVERIFY2(rows[1].find(",1,0.5000,0.0000") != std::string::npos, rows[1].c_str());  // defaulted in round 1, paid 0

    // The same system as a labelled matrix and as bare numbers, with capital instead of balance
    // sheets: linear DebtRank from A losing 20% reverberates round the ring (8/7, see tst_contagion).
    const std::string capital = write("capital.csv", "name,capital\nA,1\nB,1\nC,1\n");
    const std::string labelled = write("labelled.csv", ",A,B,C\nA,0,0.5,0\nB,0,0,0.5\nC,0.5,0,0\n");
    const std::string bare = write("bare.csv", "0,0.5,0\n0,0,0.5\n0.5,0,0\n");
    for (const auto& matrix : {labelled, bare}) {
        QCOMPARE(run({"stress", "--exposures", matrix, "--buffers", capital, "--shock", "A:0.2", "--csv"}), 0);
        rows = lines();
        QVERIFY2(rows[1].rfind("A,0.20000000,0.22857143", 0) == 0, rows[1].c_str());
        QVERIFY2(rows[2].rfind("B,0.00000000,0.05714286", 0) == 0, rows[2].c_str());
    }
}

void TestNetworkCli::fileErrorsSayWhere() {
    const std::string capital = write("capital2.csv", "name,capital\nA,1\nB,1\n");
    const std::string badAmount = write("bad_amount.csv", "lender,borrower,amount\nA,B,1\nB,A,lots\n");
    QCOMPARE(run({"stress", "--exposures", badAmount, "--buffers", capital, "--shock", "A"}), 1);
    QVERIFY2(err_.str().find("bad_amount.csv: line 3, column 3 (amount): 'lots' is not a number") != std::string::npos,
             err_.str().c_str());
    const std::string unknown = write("unknown.csv", "lender,borrower,amount\nA,Z,1\n");
    QCOMPARE(run({"stress", "--exposures", unknown, "--buffers", capital, "--shock", "A"}), 1);
    QVERIFY2(err_.str().find("unknown.csv: line 2, column 2 (borrower): no institution 'Z' in the buffers file") !=
                 std::string::npos,
             err_.str().c_str());
    const std::string negative = write("negative.csv", "name,capital\nA,1\nB,-2\n");
    QCOMPARE(run({"stress", "--exposures", badAmount, "--buffers", negative, "--shock", "A"}), 1);
    QVERIFY2(err_.str().find("negative.csv: line 3, column 2 (capital): negative amount -2") != std::string::npos,
             err_.str().c_str());
    const std::string ragged = write("ragged.csv", "0,1\n1\n");
    QCOMPARE(run({"stress", "--exposures", ragged, "--buffers", capital, "--shock", "A"}), 1);
    QVERIFY2(err_.str().find("ragged.csv: line 2: expected 2 fields, found 1") != std::string::npos,
             err_.str().c_str());
    const std::string noName = write("noname.csv", "capital\n1\n");
    QCOMPARE(run({"stress", "--exposures", ragged, "--buffers", noName, "--shock", "A"}), 1);
    QVERIFY2(err_.str().find("noname.csv: line 1: no institution column") != std::string::npos, err_.str().c_str());
}

void TestNetworkCli::reconstructFromTotals() {
    // Anand, Craig & von Peter (2015), p. 628 (see tst_reconstruction): the maximum-entropy
    // network has 26 links; a minimum-density one, written to a file, feeds 'stress' directly.
    const std::string totals = write("totals.csv",
                                     "bank,assets,liabilities,capital\na,7,4,2\nb,5,5,1.5\nc,3,5,1\n"
                                     "d,1,0,0.5\ne,3,0,1\nf,0,2,1\ng,1,4,0.5\n");
    QCOMPARE(run({"reconstruct", "--totals", totals}), 0);
    QCOMPARE(lines().size(), std::size_t(27));
    QCOMPARE(lines()[0], std::string("lender,borrower,amount"));
    QVERIFY2(printed("\na,b,2.53"), out_.str().c_str());
    const std::string exposures = dir_.path("md.csv");
    QCOMPARE(run({"reconstruct", "--totals", totals, "--method", "min_density", "--seed", "3", "--out", exposures}), 0);
    QVERIFY(printed("exposures to " + exposures));
    QCOMPARE(run({"stress", "--exposures", exposures, "--buffers", totals, "--shock", "b", "--csv"}), 0);
    QCOMPARE(lines().size(), std::size_t(8));
    QCOMPARE(run({"reconstruct", "--totals", totals, "--samples", "20"}), 0);
    QCOMPARE(lines().size(), std::size_t(8));
    QVERIFY(lines()[0].rfind("institution,pagerank_p5,pagerank_p50,pagerank_p95,failure_debtrank_p5", 0) == 0);
    QVERIFY(lines()[4].find(",,,") != std::string::npos);  // d owes nothing: its failure is not simulated
    QCOMPARE(run({"reconstruct", "--totals", totals, "--samples", "5", "--method", "max_entropy"}), 2);
    QCOMPARE(run({"reconstruct", "--totals", totals, "--method", "fitness", "--density", "2"}), 2);
    const std::string bad = write("bad_totals.csv", "name,assets\na,1\n");
    QCOMPARE(run({"reconstruct", "--totals", bad}), 1);
    QVERIFY2(err_.str().find("bad_totals.csv: line 1: needs columns assets and liabilities") != std::string::npos,
             err_.str().c_str());
}

void TestNetworkCli::rejectsBadUsage() {
    QCOMPARE(run({"network", path_, "--metrics", "--layer", "gold"}), 2);
    QCOMPARE(run({"network", path_, "--date", "14/03/2025"}), 2);
    QCOMPARE(run({"stress", path_, "--shock", "NOPE"}), 2);
    QVERIFY(err_.str().find("no institution NOPE") != std::string::npos);
    QCOMPARE(run({"stress", path_, "--shock", "JSB001", "--method", "fire_sales"}), 2);
    QCOMPARE(run({"stress", path_}), 2);
    QVERIFY(err_.str().find("--shock") != std::string::npos);
    QCOMPARE(run({"stress", "--exposures", "x.csv", "--shock", "A"}), 2);  // --buffers missing
    QCOMPARE(run({"stress", "--help"}), 0);
    QVERIFY(printed("usage: eagleeye-cli stress"));
    QCOMPARE(run({"network", "--help"}), 0);
    QVERIFY(printed("usage: eagleeye-cli network"));
}

QTEST_GUILESS_MAIN(TestNetworkCli)
#include "tst_network_cli.moc"
