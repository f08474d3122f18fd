#!/usr/bin/env python3
"""Writes chancery(1), the manual page, from the help that chancery itself gives.

Reads on standard input what `chancery --experimental-dump-help` prints, swift-argument-parser's
description of every command and option with its help text, and writes man(7) source on standard
output, with the sections a help screen has no room for: environment, files, exit status. The
page then says what `chancery help` says, never less, and cannot go stale. (argument-parser's own
generate-manual plugin leaves out every character that is not ASCII, and with them the Arabic of
the examples; this keeps the text as it is, in UTF-8, which man-db reads.)

    chancery --experimental-dump-help | python3 Scripts/manual.py "$(chancery --version)" > chancery.1
"""
import json
import sys


def escaped(text):
    """Text as roff prints it: a backslash is \\e, a hyphen-minus \\- (so that an option copied
    from the page is still one), and a line that starts with a dot or a quote is not a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join("\\&" + line if line[:1] in (".", "'") else line for line in text.split("\n"))


def discussion(text):
    """A help text's paragraphs: lines indented by two spaces (examples) printed as they are."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append(".PP")
        literal = False
        for line in block.split("\n"):
            if line.startswith("  ") != literal:
                literal = not literal
                out.append(".RS 4\n.nf" if literal else ".fi\n.RE")
            out.append(escaped(line.strip() if not literal else line[2:]))
        if literal:
            out.append(".fi\n.RE")
    return "\n".join(out)


def names(argument):
    """`-q, --quiet`, `--db path`, or `path...` for a positional."""
    value = "\\fI" + escaped(argument.get("valueName", "value")) + "\\fR"
    repeated = "..." if argument.get("isRepeating") else ""
    if argument["kind"] == "positional":
        return value + repeated
    spelled = sorted(argument.get("names", []), key=lambda name: name["kind"] != "short")
    text = ", ".join("\\fB" + escaped(("-" if name["kind"] == "short" else "--") + name["name"]) + "\\fR"
                     for name in spelled)
    return text + (" " + value + repeated if argument["kind"] == "option" else "")


def option(argument):
    lines = [".TP", names(argument), escaped(argument.get("abstract", ""))]
    notes = []
    if argument.get("allValues"):
        notes.append("values: " + ", ".join(argument["allValues"]))
    if argument.get("defaultValue") is not None:
        notes.append("default: " + argument["defaultValue"])
    if notes:
        lines[-1] += " (" + escaped("; ".join(notes)) + ")"
    if argument.get("discussion"):
        lines.append(".IP")
        lines.append(escaped(argument["discussion"]))
    return "\n".join(lines)


def shown(arguments, skip=("help", "version")):
    return [argument for argument in arguments if argument.get("shouldDisplay", True)
            and argument.get("preferredName", {}).get("name") not in skip]


def synopsis(command, path):
    words = ["\\fB" + escaped(path) + "\\fR"]
    if any(argument["kind"] != "positional" for argument in shown(command.get("arguments", []))):
        words.append("[\\fIoptions\\fR]")
    for argument in shown(command.get("arguments", [])):
        if argument["kind"] == "positional":
            text = names(argument)
            words.append("[" + text + "]" if argument.get("isOptional") else text)
    return " ".join(words)


ENVIRONMENT = [
    ("CHANCERY_DB", "The database file when --db is not given."),
    ("XDG_DATA_HOME", "Without --db or CHANCERY_DB, the database is chancery/chancery.sqlite under this folder, "
                      "~/.local/share when it is not set."),
    ("COLUMNS", "The width that tables fit. Without it, tables fit the terminal that standard output is; "
                "output to a pipe or a file is printed whole, as with --wide."),
]

EXIT_STATUS = [
    ("0", "Success."),
    ("1", "A failure of the outside world: the database cannot be opened or written, another program held it "
          "for longer than --wait."),
    ("64", "A usage error: an unknown option, country or event id."),
    ("65", "Input that could not be read, reported as file:line; everything else was stored."),
    ("130", "Interrupted by Ctrl-C; the documents read before it are stored."),
]


def manual(tool, version):
    root = tool["command"]
    name = root["commandName"]
    out = [
        '.TH %s 1 "" "%s" "User Commands"' % (name.upper(), escaped(version)),
        ".SH NAME",
        escaped(name) + " \\- " + escaped(root.get("abstract", "")),
        ".SH SYNOPSIS",
        "\\fB%s\\fR \\fIcommand\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]" % escaped(name),
        ".br",
        "\\fB%s help\\fR \\fIcommand\\fR" % escaped(name),
        ".SH DESCRIPTION",
        discussion(root.get("discussion", "")),
        ".SH COMMANDS",
    ]
    for command in root.get("subcommands", []):
        if not command.get("shouldDisplay", True) or command["commandName"] == "help":
            continue
        path = name + " " + command["commandName"]
        out += [".SS " + escaped(command["commandName"]), synopsis(command, path), ".PP",
                escaped(command.get("abstract", ""))]
        if command.get("discussion"):
            out.append(discussion(command["discussion"]))
        out += [option(argument) for argument in shown(command.get("arguments", []))]
    out += [".SH OPTIONS"] + [option(argument) for argument in shown(root.get("arguments", []), skip=())]
    out.append(".SH ENVIRONMENT")
    out += [".TP\n\\fB%s\\fR\n%s" % (variable, escaped(text)) for variable, text in ENVIRONMENT]
    out += [".SH FILES", ".TP", "\\fI~/.local/share/chancery/chancery.sqlite\\fR",
            escaped("The database unless said otherwise: a plain SQLite file, which sqlite3(1) reads.")]
    out.append(".SH EXIT STATUS")
    out += [".TP\n%s\n%s" % (status, escaped(text)) for status, text in EXIT_STATUS]
    out += [".SH SEE ALSO", "\\fBsqlite3\\fR(1)"]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    version = sys.argv[1] if len(sys.argv) > 1 else ""
    sys.stdout.write(manual(json.load(sys.stdin), version))
