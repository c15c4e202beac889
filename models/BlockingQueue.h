#pragma once
// A queue between the threads of a pipeline. push() waits while the queue is full (a capacity of
// 0 never waits); pop() waits for an item and returns nothing once the queue is closed and empty.
// close() wakes everyone: a failing or cancelled stage closes its queues so the others stop.

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace eagle {

template <class T>
class BlockingQueue {
public:
    explicit BlockingQueue(std::size_t capacity = 0) : capacity_(capacity) {}

    // False when the queue was closed: the item was not taken.
    bool push(T item) {
        std::unique_lock lock(mutex_);
        notFull_.wait(lock, [&] { return closed_ || capacity_ == 0 || items_.size() < capacity_; });
        if (closed_) return false;
        items_.push_back(std::move(item));
        notEmpty_.notify_one();
        return true;
    }

    std::optional<T> pop() {
        std::unique_lock lock(mutex_);
        notEmpty_.wait(lock, [&] { return closed_ || !items_.empty(); });
        return take();
    }

    std::optional<T> tryPop() {
        std::lock_guard lock(mutex_);
        return take();
    }

    void close() {
        std::lock_guard lock(mutex_);
        closed_ = true;
        notEmpty_.notify_all();
        notFull_.notify_all();
    }

private:
    std::optional<T> take() {
        if (items_.empty()) return std::nullopt;
        std::optional<T> item(std::move(items_.front()));
        items_.pop_front();
        notFull_.notify_one();
        return item;
    }

    std::mutex mutex_;
    std::condition_variable notEmpty_, notFull_;
    std::deque<T> items_;
    std::size_t capacity_;
    bool closed_ = false;
};

}  // namespace eagle
