#include "util/thread_pool.hpp"

#include <algorithm>
#include <utility>

namespace imr::util {

unsigned resolve_jobs(unsigned jobs) {
    if (jobs > 0) return jobs;
    return std::max(1U, std::thread::hardware_concurrency());
}

ThreadPool::ThreadPool(unsigned threads) {
    // With one thread the caller's own thread does the work in wait(): no thread to start.
    if (threads <= 1) return;
    m_threads.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) m_threads.emplace_back([this] { work(); });
}

ThreadPool::~ThreadPool() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_ready.notify_all();
    for (auto& thread : m_threads) thread.join();
}

void ThreadPool::submit(std::function<void()> task) {
    {
        std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
        m_errors.emplace_back();
    }
    m_ready.notify_one();
}

// Runs the next task, unlocking while it runs. Returns false when none is waiting.
bool ThreadPool::run_one(std::unique_lock<std::mutex>& lock) {
    if (m_next == m_tasks.size()) return false;
    const std::size_t index = m_next++;
    std::function<void()> task = std::move(m_tasks[index]);
    lock.unlock();
    std::exception_ptr error;
    try {
        task();
    } catch (...) {
        error = std::current_exception();
    }
    lock.lock();
    m_errors[index] = error;
    ++m_finished;
    if (m_finished == m_tasks.size()) m_done.notify_all();
    return true;
}

void ThreadPool::work() {
    std::unique_lock lock(m_mutex);
    while (true) {
        m_ready.wait(lock, [this] { return m_stopping || m_next < m_tasks.size(); });
        if (m_next < m_tasks.size()) {
            run_one(lock);
        } else if (m_stopping) {
            return;
        }
    }
}

void ThreadPool::wait() {
    std::unique_lock lock(m_mutex);
    if (m_threads.empty()) {
        while (run_one(lock)) {
        }
    }
    m_done.wait(lock, [this] { return m_finished == m_tasks.size(); });
    for (auto& error : m_errors) {
        if (error) std::rethrow_exception(std::exchange(error, nullptr));
    }
}

void parallel_for(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& body) {
    const unsigned threads = static_cast<unsigned>(
        std::min<std::size_t>(resolve_jobs(jobs), std::max<std::size_t>(n, 1)));
    ThreadPool pool(threads);
    for (std::size_t i = 0; i < n; ++i) pool.submit([&body, i] { body(i); });
    pool.wait();
}

}  // namespace imr::util
