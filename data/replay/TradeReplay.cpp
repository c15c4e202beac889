#include "TradeReplay.h"

#include "Database.h"
#include "Store.h"

#include <thread>

namespace eagle {
namespace {
Trade tradeAt(Statement& s) {
    Trade t;
    t.id = TradeId(s.int64(0));
    t.ts = s.int64(1);
    t.day = Date(static_cast<std::int32_t>(s.int64(2)));
    t.product = parseProduct(s.text(3)).value_or(Product::Repo);
    if (!s.isNull(4)) t.instrument = InstrumentId(s.int64(4));
    t.buyer = InstitutionId(s.int64(5));
    t.seller = InstitutionId(s.int64(6));
    t.price = s.real(7);
    t.rate = s.real(8);
    t.quantity = s.real(9);
    t.notionalCny = s.real(10);
    t.tenorDays = static_cast<int>(s.int64(11));
    t.settleDay = Date(static_cast<std::int32_t>(s.int64(12)));
    t.status = s.text(13);
    if (!s.isNull(14)) t.scenario = s.int64(14);
    return t;
}
}  // namespace

TradeReplay::TradeReplay(Store& store)
    // ts decides the order; day first lets SQLite walk the day index instead of sorting it all.
    : cursor_(std::make_unique<Statement>(store.database().prepare(
          "SELECT id, ts, day, product, instrument_id, buyer_id, seller_id, price, rate, quantity, notional_cny, "
          "tenor_days, settle_day, status, scenario_id FROM trade ORDER BY day, ts, id"))),
      sleeper_([](std::chrono::duration<double> d) { std::this_thread::sleep_for(d); }) {}

TradeReplay::~TradeReplay() = default;

void TradeReplay::addListener(Listener listener) { listeners_.push_back(std::move(listener)); }
void TradeReplay::setSleeper(Sleeper sleeper) { sleeper_ = std::move(sleeper); }
void TradeReplay::setSpeed(double speed) { speed_ = speed > 0 ? speed : 0; }

void TradeReplay::pause() { paused_ = true; }

void TradeReplay::resume() {
    {
        std::lock_guard lock(mutex_);
        paused_ = false;
    }
    resumed_.notify_all();
}

std::optional<Trade> TradeReplay::fetch() {
    if (done_ || !cursor_->step()) {
        done_ = true;
        return std::nullopt;
    }
    return tradeAt(*cursor_);
}

void TradeReplay::deliver(const Trade& t) {
    for (const auto& listener : listeners_) listener(t);
    ++delivered_;
    last_ = t.ts;
}

bool TradeReplay::step() {
    const auto t = fetch();
    if (t) deliver(*t);
    return t.has_value();
}

std::int64_t TradeReplay::run(std::stop_token stop) {
    const std::int64_t before = delivered_;
    while (!stop.stop_requested()) {
        if (paused_) {
            std::unique_lock lock(mutex_);
            resumed_.wait(lock, stop, [this] { return !paused_.load(); });
            continue;
        }
        const auto t = fetch();
        if (!t) break;
        // Wait the market time between the last trade and this one, scaled by the speed.
        const double speed = speed_;
        if (speed > 0 && last_ && t->ts > *last_)
            sleeper_(std::chrono::duration<double>(static_cast<double>(t->ts - *last_) / speed));
        deliver(*t);
    }
    return delivered_ - before;
}

}  // namespace eagle
