#pragma once
// Feeds the stored trades to listeners in time order, one at a time, as if they arrived live:
// at a chosen speed (market seconds per wall-clock second, or as fast as possible), with pause,
// resume and single steps, so that incremental consumers (the profile engine) can follow along.
// Use it on the thread that owns the Store; pause(), resume() and setSpeed() may be called from
// any thread while run() is going.

#include "Domain.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <vector>

namespace eagle {

class Statement;
class Store;

class TradeReplay {
public:
    using Listener = std::function<void(const Trade&)>;
    // Waits for a stretch of wall-clock time; replaceable so tests need not wait.
    using Sleeper = std::function<void(std::chrono::duration<double>)>;

    explicit TradeReplay(Store& store);
    ~TradeReplay();

    void addListener(Listener listener);
    void setSleeper(Sleeper sleeper);
    // Market seconds per wall second (3600: an hour of trading per second); 0 = no waiting.
    void setSpeed(double speed);
    double speed() const { return speed_; }
    void pause();
    void resume();
    bool paused() const { return paused_; }

    // Delivers the next trade to every listener; false when all have been delivered.
    bool step();
    // Delivers the remaining trades, waiting between them as the speed says and while paused;
    // returns the number delivered when done or when stop is requested.
    std::int64_t run(std::stop_token stop = {});

    std::int64_t delivered() const { return delivered_; }
    // The market time of the last trade delivered (seconds since 1970-01-01, Beijing).
    std::optional<std::int64_t> marketTime() const { return last_; }

private:
    std::optional<Trade> fetch();
    void deliver(const Trade& trade);

    std::unique_ptr<Statement> cursor_;
    std::vector<Listener> listeners_;
    Sleeper sleeper_;
    std::atomic<double> speed_{0};
    std::atomic<bool> paused_{false};
    std::mutex mutex_;
    std::condition_variable_any resumed_;
    std::int64_t delivered_ = 0;
    std::optional<std::int64_t> last_;
    bool done_ = false;
};

}  // namespace eagle
