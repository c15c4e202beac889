// Replay delivers every stored trade exactly once, in time order, at the chosen speed, and can be
// paused, resumed and stepped.

#include "Store.h"
#include "TestSupport.h"
#include "TradeReplay.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <thread>

using namespace eagle;

class TestReplay : public QObject {
    Q_OBJECT
private slots:
    void deliversEveryTradeOnceInTimeOrder();
    void stepsAndWaitsAsTheSpeedSays();
    void pausesAndResumesFromAnotherThread();

private:
    // Trades written in a shuffled order over five days.
    Store market(const char* name, int trades) {
        Store s = Store::create(dir_.path(name));
        Institution a, b;
        a.code = "A", a.name = "A";
        b.code = "B", b.name = "B";
        const InstitutionId ia = s.add(a), ib = s.add(b);
        std::mt19937 random(3);
        Transaction tx = s.transaction();
        for (int i = 0; i < trades; ++i) {
            Trade t;
            t.day = t.settleDay = Date::fromYmd(2025, 1, 6).addDays(static_cast<int>(random() % 5));
            t.ts = t.day.daysSinceEpoch() * 86400LL + 9 * 3600 + static_cast<int>(random() % 3600) * 8;
            t.buyer = ia;
            t.seller = ib;
            t.notionalCny = 1e6;
            s.add(t);
        }
        tx.commit();
        return s;
    }
    test::TestWorkspace dir_;
};

void TestReplay::deliversEveryTradeOnceInTimeOrder() {
    Store s = market("order.eagle", 5000);
    TradeReplay replay(s);
    std::vector<std::pair<std::int64_t, std::int64_t>> seen;  // (ts, id)
    replay.addListener([&](const Trade& t) { seen.emplace_back(t.ts, t.id.value); });
    int second = 0;
    replay.addListener([&](const Trade&) { ++second; });
    QCOMPARE(replay.run(), std::int64_t(5000));
    QCOMPARE(seen.size(), std::size_t(5000));
    QCOMPARE(second, 5000);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    std::vector<std::int64_t> ids;
    for (const auto& [ts, id] : seen) ids.push_back(id);
    std::sort(ids.begin(), ids.end());
    QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());  // each once
    QCOMPARE(ids.front(), std::int64_t(1));
    QCOMPARE(ids.back(), std::int64_t(5000));
    QVERIFY(!replay.step());
    QCOMPARE(replay.marketTime().value(), seen.back().first);
}

void TestReplay::stepsAndWaitsAsTheSpeedSays() {
    Store s = market("speed.eagle", 200);
    TradeReplay replay(s);
    std::vector<std::int64_t> ts;
    replay.addListener([&](const Trade& t) { ts.push_back(t.ts); });
    QVERIFY(replay.step());
    QVERIFY(replay.step());
    QCOMPARE(replay.delivered(), std::int64_t(2));
    double waited = 0;
    replay.setSleeper([&](std::chrono::duration<double> d) { waited += d.count(); });
    replay.setSpeed(3600);
    QCOMPARE(replay.run(), std::int64_t(198));
    QCOMPARE(waited, double(ts.back() - ts[1]) / 3600);
}

void TestReplay::pausesAndResumesFromAnotherThread() {
    Store s = market("pause.eagle", 300);
    TradeReplay replay(s);
    std::int64_t atPause = -1;
    std::thread resumer;
    replay.addListener([&](const Trade&) {
        if (replay.delivered() == 99) {
            replay.pause();
            resumer = std::thread([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                atPause = replay.delivered();  // nothing delivered while paused
                replay.resume();
            });
        }
    });
    QCOMPARE(replay.run(), std::int64_t(300));
    resumer.join();
    QCOMPARE(atPause, std::int64_t(100));
    // A stop request ends a paused replay.
    Store s2 = market("stop.eagle", 10);
    TradeReplay paused(s2);
    paused.pause();
    std::stop_source stop;
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        stop.request_stop();
    });
    QCOMPARE(paused.run(stop.get_token()), std::int64_t(0));
    stopper.join();
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
