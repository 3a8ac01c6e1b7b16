#pragma once

#include <atomic>
#include <memory>
#include <thread>

namespace bench {

/**
 * A TCP relay on 127.0.0.1 that forwards every byte to the server unchanged
 * and counts them in each direction, so the bytes a real sync engine puts on
 * the wire (headers included) can be measured without touching the engine.
 */
class WireRelay
{
public:
    explicit WireRelay(int serverPort);
    ~WireRelay();
    WireRelay(const WireRelay &) = delete;
    WireRelay &operator=(const WireRelay &) = delete;

    int port() const { return m_port; }
    long long bytesToServer() const { return m_up.load(); }
    long long bytesFromServer() const { return m_down.load(); }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::thread m_thread;
    int m_port = 0;
    std::atomic<long long> m_up{0}, m_down{0};
};

} // namespace bench
