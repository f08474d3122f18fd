/// A file path taken apart as Foundation's `NSString` path methods took it, without Foundation.
///
/// Runs of `/` count as one and a trailing `/` is ignored (`dir//a.txt/` is `dir/a.txt`); an extension is what
/// follows the last `.` of the last component, unless that `.` begins it (`.hidden` has none, `dir.v2/file`
/// neither). Paths are compared by `Character`, as `NSString` compared them.
public enum FilePaths {
    /// The last component: `a.txt` of `docs/a.txt`, `docs` of `docs/`, `/` of `/`.
    public static func lastComponent(of path: String) -> String {
        let fixed = fixingSlashes(path)
        guard fixed.utf16.count > 1 else { return fixed }
        return String(fixed[startOfLastComponent(fixed)...])
    }

    /// The folder holding the last component: `docs` of `docs/a.txt`, `/` of `/a`, empty for `a.txt`.
    public static func deletingLastComponent(of path: String) -> String {
        let fixed = fixingSlashes(path)
        guard fixed != "/", !fixed.isEmpty else { return fixed }
        let start = startOfLastComponent(fixed)
        if start == fixed.startIndex { return "" }
        if start == fixed.index(after: fixed.startIndex) { return "/" }
        return String(fixed[..<fixed.index(before: start)])
    }

    /// The extension of the last component, without its dot: `txt` of `docs/a.txt`, empty for `dir.v2/file`.
    public static func pathExtension(of path: String) -> String {
        let fixed = fixingSlashes(path)
        guard fixed.utf16.count > 1, let start = startOfExtension(fixed) else { return "" }
        return String(fixed[start...])
    }

    /// The path without the extension of its last component and its dot: `docs/a` of `docs/a.txt`.
    public static func deletingPathExtension(of path: String) -> String {
        let fixed = fixingSlashes(path)
        guard fixed.utf16.count > 1, let start = startOfExtension(fixed) else { return fixed }
        return String(fixed[..<fixed.index(before: start)])
    }

    /// `component` under `path`, with one `/` between them: `docs/a.txt` of `docs` or `docs/` and `a.txt`.
    public static func appending(_ component: String, to path: String) -> String {
        if component.isEmpty { return path }
        if path.isEmpty { return component }
        return path.hasSuffix("/") ? path + component : path + "/" + component
    }

    /// `path` with each run of `/` made one and a trailing `/` removed; `/` itself stays.
    static func fixingSlashes(_ path: String) -> String {
        if path == "/" { return path }
        var fixed = ""
        var afterSlash = false
        for character in path {
            if character == "/" {
                if afterSlash { continue }
                afterSlash = true
            } else {
                afterSlash = false
            }
            fixed.append(character)
        }
        if fixed.hasSuffix("/") { fixed.removeLast() }
        return fixed
    }

    /// Where the last component of a fixed path begins: after its last `/`, or at its start.
    private static func startOfLastComponent(_ fixed: String) -> String.Index {
        var position = fixed.endIndex
        while position > fixed.startIndex {
            let previous = fixed.index(before: position)
            if fixed[previous] == "/" { break }
            position = previous
        }
        return position
    }

    /// Where the extension of a fixed path begins, after its dot; nil when the last component has none.
    private static func startOfExtension(_ fixed: String) -> String.Index? {
        let componentStart = startOfLastComponent(fixed)
        var position = fixed.endIndex
        while position > componentStart {
            let previous = fixed.index(before: position)
            if fixed[previous] == "." {
                // `.hidden` and `..` are names, not extensions.
                if previous == componentStart { return nil }
                if fixed.index(after: previous) == fixed.endIndex, fixed.index(before: previous) == componentStart,
                   fixed[componentStart] == "." {
                    return nil
                }
                return position
            }
            position = previous
        }
        return nil
    }
}
