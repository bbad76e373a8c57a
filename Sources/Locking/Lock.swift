#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutual-exclusion lock over a POSIX mutex, for the few shared tables the engine guards
/// (pattern serial numbers, compiled patterns, the cache, progress output).
///
/// Foundation's `NSLock` would do, but it lives in the part of Foundation that FoundationEssentials
/// leaves out on Linux: naming it links all of Foundation and ICU's data into the binary, and a
/// run pays for relocating them at every start (docs/performance.md). `Synchronization.Mutex`
/// needs macOS 15.
package final class Lock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    package init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        let status = pthread_mutex_init(mutex, nil)
        precondition(status == 0, "pthread_mutex_init failed: \(status)")
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    package func lock() { pthread_mutex_lock(mutex) }

    package func unlock() { pthread_mutex_unlock(mutex) }
}
