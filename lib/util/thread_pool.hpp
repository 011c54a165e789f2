#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace imr::util {

// How many threads `jobs` asks for: itself when positive, else every core the machine
// reports (at least one).
unsigned resolve_jobs(unsigned jobs);

// A fixed set of worker threads that run submitted tasks. Knows nothing of what the
// tasks do: callers keep results in slots of their own, indexed by task, so the outcome
// never depends on which thread ran what or when. With one thread, tasks run on the
// caller's thread inside wait(), in the order submitted.
class ThreadPool {
  public:
    explicit ThreadPool(unsigned threads);
    ~ThreadPool();
    ThreadPool(const ThreadPool&) = delete;
    ThreadPool& operator=(const ThreadPool&) = delete;

    // Queues a task; tasks start in the order submitted.
    void submit(std::function<void()> task);

    // Runs or waits for every submitted task. If a task threw, rethrows the first
    // exception (in order of submission) once all have finished.
    void wait();

  private:
    void work();
    bool run_one(std::unique_lock<std::mutex>& lock);

    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_done;
    std::vector<std::function<void()>> m_tasks;
    std::vector<std::exception_ptr> m_errors;  // per task, by submission order
    std::size_t m_next = 0;                    // the next task to start
    std::size_t m_finished = 0;
    bool m_stopping = false;
};

// Calls body(i) for every i in [0, n) on up to `jobs` threads (resolve_jobs), and
// returns when all are done; the first exception thrown (by index) is rethrown.
void parallel_for(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& body);

}  // namespace imr::util
