import Glibc

/// How many columns the terminal that shows Chancery's output has.
///
/// Asked only when there is something to fit (a table is printed, a progress line drawn), never
/// at launch: a question answered in a few milliseconds pays for no system call it does not need.
enum TerminalSize {
    /// The width a table on standard output must fit, nil when it may be as wide as it is.
    ///
    /// `$COLUMNS` first, as `ls` reads it: a user who exports it, or a script or test that sets
    /// it, chooses the width even for output to a pipe. Otherwise the width of the terminal that
    /// standard output is; output to a pipe or a file is for another program, and never cut.
    static func forStandardOutput(wide: Bool = false) -> Int? {
        guard !wide else { return nil }
        return fromEnvironment() ?? columns(of: STDOUT_FILENO)
    }

    /// `$COLUMNS`, when it is a positive number.
    static func fromEnvironment() -> Int? {
        guard let value = getenv("COLUMNS"), let columns = Int(String(cString: value)), columns > 0 else { return nil }
        return columns
    }

    /// The width of the terminal `descriptor` is, nil when it is not a terminal; 80 for a
    /// terminal that does not say (a serial line, a pseudo-terminal nobody sized).
    static func columns(of descriptor: Int32) -> Int? {
        guard isTerminal(descriptor) else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }
}
