/// How wide each column of a table is printed so that its lines fit a terminal's width.
///
/// Columns give up room in a fixed order, each only as much as the line still needs:
/// 1. a list of names prints the names alone, without what is said of each (roles, countries);
/// 2. the columns that may be cut are cut with "…", among columns of one rank the widest first,
///    each down to its minimum, before those of the next rank;
/// 3. a list of names prints only as many names as fit, but never fewer than two, and "…";
/// 4. when that is still too wide, the columns that may be left out are, one at a time in their
///    order, and the steps above start again with the room that frees;
/// 5. with every such column left out, a list of names too wide for two names goes on over the
///    next lines, every name whole;
/// 6. when even that is too wide, for a terminal too narrow for anything else, whatever may be
///    narrowed is narrowed below its minimum, names too.
/// Whole columns (ids, dates, countries, words of a closed set) are never narrowed: they are what
/// a reader scans the table by. A table that fits is printed as it is.
struct TableLayout: Equatable {
    /// What one column holds and how it may be narrowed.
    struct Column {
        var fit: Table.Fit
        var leaveOutRank: Int?
        /// The widest cell, header included.
        var natural: Int
        /// For a list of names, the widest cell printed as its names alone; else `natural`.
        var namesAlone: Int
        /// The narrowest the column is printed on one line a row: its header's width at least.
        var minimum: Int
        /// For a list of names, the narrowest it is printed over several lines: its widest name
        /// and the ";" after it; else `minimum`.
        var wrapped: Int
    }

    /// The width of each column, nil for a column left out.
    var widths: [Int?]

    /// The gap between two columns.
    static let gap = 2
    /// The narrowest step 5 makes a column: room for a letter or two and "…".
    static let floor = 4

    init(widths: [Int?]) {
        self.widths = widths
    }

    /// The layout of `columns` whose lines take at most `limit` cells, or every column whole when
    /// there is no limit. A table that fits is printed whole.
    init(_ columns: [Column], fitting limit: Int?) {
        guard let limit else {
            self.init(widths: columns.map(\.natural))
            return
        }
        let leaveOutOrder = columns.indices
            .filter { columns[$0].leaveOutRank != nil }
            .sorted { (columns[$0].leaveOutRank ?? 0, $0) < (columns[$1].leaveOutRank ?? 0, $1) }
        for count in 0...leaveOutOrder.count {
            var layout = Self(leavingOut: Set(leaveOutOrder.prefix(count)), of: columns)
            if layout.narrow(columns, toFit: limit, step: .leavingOut) {
                self = layout
                return
            }
        }
        var layout = Self(leavingOut: Set(leaveOutOrder), of: columns)
        if !layout.narrow(columns, toFit: limit, step: .wrapping) {
            layout = Self(leavingOut: Set(leaveOutOrder), of: columns)
            _ = layout.narrow(columns, toFit: limit, step: .belowMinimum)
        }
        self = layout
    }

    /// The last step `narrow` may take.
    private enum Step: Comparable {
        case leavingOut, wrapping, belowMinimum
    }

    private init(leavingOut leftOut: Set<Int>, of columns: [Column]) {
        self.init(widths: columns.indices.map { leftOut.contains($0) ? nil : columns[$0].natural })
    }

    /// How much wider than `limit` a line is.
    private func excess(over limit: Int) -> Int {
        let shown = widths.compactMap { $0 }
        return shown.reduce(0, +) + Self.gap * max(0, shown.count - 1) - limit
    }

    /// Narrows the columns shown by steps 1 to 3, and 5 and 6 when `step` allows them, until the
    /// line fits; whether it does.
    private mutating func narrow(_ columns: [Column], toFit limit: Int, step: Step) -> Bool {
        let names = columns.indices.filter { columns[$0].fit == .names }
        narrowEvenly(names, toFit: limit) { columns[$0].namesAlone }
        let ranks = Set(columns.compactMap { column -> Int? in
            if case .cut(_, let rank) = column.fit { rank } else { nil }
        })
        for rank in ranks.sorted() {
            let ranked = columns.indices.filter {
                if case .cut(_, rank) = columns[$0].fit { true } else { false }
            }
            narrowEvenly(ranked, toFit: limit) { columns[$0].minimum }
        }
        narrowEvenly(names, toFit: limit) { columns[$0].minimum }
        if step >= .wrapping {
            narrowEvenly(names, toFit: limit) { columns[$0].wrapped }
        }
        if step >= .belowMinimum {
            let narrowable = columns.indices.filter { columns[$0].fit != .whole }
            narrowEvenly(narrowable, toFit: limit) { min(columns[$0].wrapped, Self.floor) }
        }
        return excess(over: limit) <= 0
    }

    /// Takes room from the widest of `group` first, a cell at a time, none below its `floor`,
    /// until the line fits or none can give more.
    private mutating func narrowEvenly(_ group: [Int], toFit limit: Int, floor: (Int) -> Int) {
        var excess = excess(over: limit)
        while excess > 0 {
            let narrowable = group.filter { index in widths[index].map { $0 > floor(index) } ?? false }
            guard let widest = narrowable.compactMap({ widths[$0] }).max() else { return }
            for index in narrowable where widths[index] == widest && excess > 0 {
                widths[index] = widest - 1
                excess -= 1
            }
        }
    }
}
