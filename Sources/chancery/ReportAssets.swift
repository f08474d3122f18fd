/// The HTML report's style and script, compiled into the binary from `Assets/` by
/// EmbedFilesPlugin: the report needs no file beside the binary and loads nothing.
///
/// `EmbeddedFiles.files` is built on first use, so a command other than `report` never
/// touches these texts: they sit in the binary's constant data, and cost nothing at start-up.
enum ReportAssets {
    static var style: String { EmbeddedFiles.text(named: "report.css") ?? "" }
    static var script: String { EmbeddedFiles.text(named: "report.js") ?? "" }

    /// Run before anything else in the page: counts the script errors in `<body data-errors>`,
    /// where a test in a headless browser, which sees the page's DOM but not its console, reads
    /// them.
    static let errorCounter = """
        var reportErrors = 0;
        window.onerror = function () {
          reportErrors += 1;
          document.body.setAttribute("data-errors", String(reportErrors));
        };

        """
}
