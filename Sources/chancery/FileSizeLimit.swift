import Glibc

// Set from the SIGXFSZ handler. A process that writes past the file-size limit (`ulimit -f`)
// is sent SIGXFSZ, which kills it without a word unless handled: handled, the write fails with
// EFBIG instead, SQLite reports it as an error, and the command can say what happened.
nonisolated(unsafe) private var fileSizeLimitReached: sig_atomic_t = 0

/// The file-size limit of the session (`ulimit -f`), and whether a write has run into it.
enum FileSizeLimit {
    /// Makes running into the limit a failed write rather than the end of the process.
    static func watch() {
        signal(SIGXFSZ) { _ in fileSizeLimitReached = 1 }
        // Unblocked, in case the parent spawned us with signals blocked (test runners do): a
        // blocked SIGXFSZ would stay pending, and the handler never learn of the failed write.
        var fileSizeOnly = sigset_t()
        sigemptyset(&fileSizeOnly)
        sigaddset(&fileSizeOnly, SIGXFSZ)
        sigprocmask(SIG_UNBLOCK, &fileSizeOnly, nil)
    }

    /// True once a write has gone past the limit.
    static var wasReached: Bool { fileSizeLimitReached != 0 }

    /// The limit in bytes; nil when there is none.
    static var bytes: UInt64? {
        var limit = rlimit()
        // RLIM_INFINITY is all ones, which Swift cannot import as an unsigned constant.
        guard getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return nil }
        return UInt64(limit.rlim_cur)
    }

    /// "the file-size limit of this session (ulimit -f: 1048576 bytes)".
    static var described: String {
        "the file-size limit of this session (ulimit -f" + (bytes.map { ": \($0) bytes" } ?? "") + ")"
    }
}
