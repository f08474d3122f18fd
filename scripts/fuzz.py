#!/usr/bin/env python3
"""make fuzz-ingest: mutated articles fed to `chancery ingest` for a while; chancery must neither crash
nor hang, must report each input it cannot read on one line `file[:line]: reason`, and must keep
its base consistent.

Each round writes a folder of inputs made from the seed articles (SampleData, and the dev
corpora beside the repository when they are there): JSON Lines, .json, .txt and .html files
with flipped, deleted, inserted and repeated bytes, truncations, invalid UTF-8, NULs and other
controls, UTF-16, binary noise, lines over the 8 MB a document may have, JSON nested deeper than
the parser goes, and HTML left open in every way (comments, scripts, tags, entities). One
`chancery ingest` reads the folder into a base kept from round to round. A round fails when
chancery is killed by a signal, runs past the time limit, exits with another status than 0 or 65,
prints a line on standard error that is not `file[:line]: reason` (or carries a raw control
character), or prints anything but its summary on standard output; every few rounds, and at the
end, the base must pass the checks of the stress script (integrity, documents whole, sources).

The inputs of a failing round are saved, with the one file that fails alone when there is one,
under a temporary folder whose path is printed.

  scripts/fuzz.py                         builds the release binary, fuzzes for FUZZ_SECONDS (60)
  scripts/fuzz.py --seconds 3600 --binary B
"""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

ROUND_TIMEOUT = 120
LARGEST_DOCUMENT = 8 << 20


class Mutator:
    def __init__(self, generator, seeds):
        self.random = generator
        self.seeds = seeds

    def seed(self):
        return dict(self.random.choice(self.seeds))

    def fresh_id(self, document):
        # Mostly new ids, so that texts are stored; now and then the seed's, for conflicts.
        if self.random.random() < 0.85:
            document["id"] = "%s-f%d" % (document.get("id") or "doc", self.random.randrange(1 << 30))
        return document

    def bytes_of(self, data):
        """`data` with one to four byte-level mutations."""
        data = bytearray(data)
        for _ in range(self.random.randint(1, 4)):
            choice = self.random.randrange(9)
            at = self.random.randrange(len(data) + 1) if data else 0
            if choice == 0 and data:
                for _ in range(self.random.randint(1, 8)):
                    spot = self.random.randrange(len(data))
                    data[spot] ^= 1 << self.random.randrange(8)
            elif choice == 1 and data:
                end = min(len(data), at + self.random.randint(1, 200))
                del data[at:end]
            elif choice == 2:
                data[at:at] = self.random.choice([b"\x00", b"\xff", b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
                                                  b"\xe2\x80\xae", b"\x1b]0;x\x07", b"\r", b"\x0b\x0c", b"\xef\xbb\xbf",
                                                  bytes(self.random.randrange(256) for _ in range(self.random.randint(1, 16)))])
            elif choice == 3:
                data[at:at] = self.random.choice([b'\\u0000', b'\\ud800', b'\\udc00\\ud800', b'\\', b'"', b'\\"', b'{', b'}',
                                                  b'[', b']', b',', b':', b'\\u202e', b'\\u001b[2J', b'\n', b'null', b'1e999'])
            elif choice == 4 and data:
                end = min(len(data), at + self.random.randint(1, 400))
                data[at:at] = data[at:end] * self.random.randint(2, 50)
            elif choice == 5 and data:
                del data[self.random.randrange(len(data)):]
            elif choice == 6:
                other = json.dumps(self.seed(), ensure_ascii=self.random.random() < 0.3).encode("utf-8")
                data[at:at] = other[self.random.randrange(len(other)):]
            elif choice == 7 and data:
                data[self.random.randrange(len(data))] = self.random.choice(b'{}[],:"\\\x00\n')
            else:
                data[at:at] = self.random.choice(["met", "signed", "اجتماع", "وقع", "s'est entretenu", "2025-13-45",
                                                  "le 31 février", "Bourita", "Lavrov", "Rabat"]).encode("utf-8") * self.random.randint(1, 300)
        return bytes(data)

    def text(self, text):
        """A text with hostile runs inserted: controls, bidi, long words, repeated triggers, digits."""
        pieces = [text]
        for _ in range(self.random.randint(0, 3)):
            run = self.random.choice([
                "\u202e" * self.random.randint(1, 50), "\u0000", "\x1b[2J", "a" * self.random.randint(1000, 100_000),
                " met" * self.random.randint(100, 3000), " وقع مذكرة تفاهم" * self.random.randint(10, 500),
                " 12" * self.random.randint(100, 5000), "\u0651\u0640" * self.random.randint(10, 2000),
                "\ud7ff\ue000\ufffe\uffff", "\U0001F600" * 100, " Le ministre, le ministre," * 300,
                "\n" * self.random.randint(100, 20_000), ". " * 10_000,
            ])
            at = self.random.randrange(len(pieces[-1]) + 1)
            last = pieces.pop()
            pieces += [last[:at] + run + last[at:]]
        return "".join(pieces)

    def jsonl(self):
        lines = []
        for _ in range(self.random.randint(1, 12)):
            document = self.fresh_id(self.seed())
            kind = self.random.random()
            if kind < 0.2:
                document["text"] = self.text(document["text"])
            elif kind < 0.3:
                key = self.random.choice(["id", "lang", "published", "text", "title", "url"])
                document[key] = self.random.choice([None, 17, -1.5e300, True, [], {}, ["x"], "", " ", "xx", "2025-02-30",
                                                    "9999-99-99T", "de", "AR-ma", "\u0000"])
            elif kind < 0.35:
                # Around the parser's depth limit (512), and far past it.
                depth = self.random.choice([100, 510, 511, 512, 600, 100_000])
                line = json.dumps(document).encode("utf-8")
                lines.append(line[:-1] + b', "deep": ' + b"[" * depth + b"]" * depth + b"}")
                continue
            line = json.dumps(document, ensure_ascii=self.random.random() < 0.3).encode("utf-8")
            if self.random.random() < 0.6:
                line = self.bytes_of(line)
            lines.append(line)
        separator = b"\r\n" if self.random.random() < 0.15 else b"\n"
        data = separator.join(lines)
        if self.random.random() < 0.1:
            data = b"\xef\xbb\xbf" + data
        return data + (separator if self.random.random() < 0.8 else b"")

    def json_file(self):
        document = self.fresh_id(self.seed())
        data = json.dumps(document, ensure_ascii=False, indent=self.random.choice([None, 2])).encode("utf-8")
        return self.bytes_of(data) if self.random.random() < 0.7 else data

    def plain_text(self):
        text = self.text(self.seed()["text"])
        choice = self.random.random()
        if choice < 0.1:
            return text.encode("utf-16")
        if choice < 0.15:
            return "\ufeff".encode("utf-8") + text.encode("utf-8")
        data = text.encode("utf-8", "surrogatepass")
        return self.bytes_of(data) if self.random.random() < 0.5 else data

    def html(self):
        document = self.seed()
        paragraphs = "".join("<p>%s</p>" % paragraph for paragraph in document["text"].split("\n") if paragraph)
        head = '<meta name="date" content="%s"><title>%s</title>' % (
            self.random.choice([document.get("published") or "", "garbage", "2025-02-30", "<", ""]), document.get("title") or "")
        page = "<!DOCTYPE html><html><head>%s</head><body>%s</body></html>" % (head, paragraphs)
        for _ in range(self.random.randint(0, 4)):
            odd = self.random.choice([
                "<!--", "<!-- -- > -->", "<script>", "<script>var a = '</scr' + 'ipt>';", "<style>", "<svg>", "<",
                "<p" + " a" * 10_000, "<div>" * 20_000, "</div>" * 5_000, "&#xFFFFFFFF;", "&#0;", "&#xD800;", "&", "&amp",
                "&nbsp;" * 1000, "<![CDATA[", "<title>", "<meta content=", '<a href="' + "x" * 100_000, "\x00", "<br/>" * 10_000,
                "<template>", "<noscript>", "<" * 5_000, "<>" * 5_000,
            ])
            at = self.random.randrange(len(page) + 1)
            page = page[:at] + odd + page[at:]
        data = page.encode("utf-8")
        return self.bytes_of(data) if self.random.random() < 0.4 else data

    def special(self):
        """An input of a kind users meet now and then: empty, blank, binary, UTF-16, over the size limit."""
        choice = self.random.randrange(7)
        if choice == 0:
            return "jsonl", b""
        if choice == 1:
            return "txt", b" \n\t\r\n"
        if choice == 2:
            return self.random.choice(["txt", "jsonl", "html", "json"]), bytes(self.random.randrange(256) for _ in range(self.random.randint(1, 20_000)))
        if choice == 3:
            return "jsonl", json.dumps(self.fresh_id(self.seed()), ensure_ascii=False).encode("utf-16")
        if choice == 4:
            # A line over the limit between two good ones: it alone is refused.
            big = b'{"text": "' + b"x " * (LARGEST_DOCUMENT // 2 + 10) + b'"}'
            good = [json.dumps(self.fresh_id(self.seed())).encode("utf-8") for _ in range(2)]
            return "jsonl", good[0] + b"\n" + big + b"\n" + good[1] + b"\n"
        if choice == 5:
            return "json", b"[" + b",".join(json.dumps(self.seed()).encode("utf-8") for _ in range(3)) + b"]"
        return "jsonl", b"{" + b'"a":{' * 100_000 + b"}" * 100_000 + b"}\n"

    def round_files(self):
        files = []
        for index in range(self.random.randint(4, 12)):
            choice = self.random.random()
            if choice < 0.4:
                files.append(("jsonl", self.jsonl()))
            elif choice < 0.55:
                files.append(("json", self.json_file()))
            elif choice < 0.7:
                files.append(("txt", self.plain_text()))
            elif choice < 0.9:
                files.append((self.random.choice(["html", "htm"]), self.html()))
            elif choice < 0.97:
                files.append(self.special())
            else:
                files.append((self.random.choice(["pdf", "md", "JSONL", ""]), b"%PDF-1.4"))
        return files


MESSAGE = re.compile(r"^(?P<path>.+?)(?::(?P<line>\d+))?: (?P<reason>.+)$")


def judge(folder, status, out, err):
    """What is wrong with one run over `folder`, as sentences (empty when nothing is)."""
    problems = []
    if status < 0:
        return ["killed by signal %d" % -status]
    if status not in (0, 65):
        problems.append("exit status %d" % status)
    out_lines = out.splitlines()
    counts = harness.summary_counts(out)
    if len(out_lines) != 1 or counts is None:
        problems.append("standard output is not one summary line: %r" % out[-300:])
    failures = 0
    for line in err.splitlines():
        if any(ord(character) < 0x20 or 0x7F <= ord(character) <= 0x9F or character == "\u202e" for character in line):
            problems.append("a raw control character reached standard error: %r" % line[:200])
            continue
        if re.match(r"^Error: \d+ input\(s\) could not be read; see the messages above$", line):
            continue
        match = MESSAGE.match(line)
        if not match or not match.group("path").startswith(folder):
            problems.append("not a file:line: reason message: %r" % line[:300])
            continue
        if not re.search(r": already stored as .*; not added again$", line):
            failures += 1
    if counts is not None and counts[3] != failures:
        problems.append("the summary counts %d failed, standard error names %d" % (counts[3], failures))
    if counts is not None and (status == 65) != (counts[3] > 0):
        problems.append("exit status %d with %d failed" % (status, counts[3]))
    return problems


def run_round(binary, db, folder):
    started = time.monotonic()
    try:
        status, out, err = harness.run(binary, ["ingest", "--db", db, folder], timeout=ROUND_TIMEOUT)
    except subprocess.TimeoutExpired:
        return ["did not finish within %d s" % ROUND_TIMEOUT], None, time.monotonic() - started
    return judge(folder, status, out, err), harness.summary_counts(out), time.monotonic() - started


def save(crashes, number, folder, db, problems, binary):
    """Keeps a failing round's inputs and base, and the one input that fails alone, if any."""
    target = os.path.join(crashes, "round-%d" % number)
    shutil.copytree(folder, os.path.join(target, "inputs"))
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            shutil.copy(db + suffix, os.path.join(target, "base.sqlite" + suffix))
    with open(os.path.join(target, "problems.txt"), "w") as notes:
        notes.write("\n".join(problems) + "\n")
    for name in sorted(os.listdir(folder)):
        single = os.path.join(target, "alone")
        os.makedirs(single, exist_ok=True)
        shutil.copy(os.path.join(folder, name), single)
        probe = os.path.join(target, "probe.sqlite")
        harness.remove_database(probe)
        alone, _, _ = run_round(binary, probe, single)
        harness.remove_database(probe)
        shutil.rmtree(single)
        if alone:
            shutil.copy(os.path.join(folder, name), os.path.join(target, "failing-" + name))
            with open(os.path.join(target, "problems.txt"), "a") as notes:
                notes.write("%s alone: %s\n" % (name, "; ".join(alone)))
            break
    return target


def main():
    parser = argparse.ArgumentParser(description="Feed chancery ingest mutated articles; check it neither crashes nor lies.")
    parser.add_argument("--binary", help="the chancery to try (default: build the release binary)")
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("FUZZ_SECONDS", "60")),
                        help="how long to fuzz (default $FUZZ_SECONDS, else 60)")
    parser.add_argument("--seed", type=int, default=int(time.time()), help="seed of the mutations")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    arguments = parser.parse_args()
    binary = harness.binary_from(arguments.binary)
    generator = random.Random(arguments.seed)
    mutator = Mutator(generator, harness.seed_documents())
    crashes = None
    failed_rounds = 0
    rounds = files = documents = refused = 0
    slowest = 0.0
    consistency_checks = 0
    started = time.monotonic()
    with harness.Workspace("chancery-fuzz-", keep=arguments.keep) as workspace:
        db = workspace.file("base.sqlite")
        print("fuzz: %s, seed %d, for %.0f s in %s" % (binary, arguments.seed, arguments.seconds, workspace.path), flush=True)
        last_report = started
        while time.monotonic() - started < arguments.seconds:
            rounds += 1
            folder = workspace.file("round")
            shutil.rmtree(folder, ignore_errors=True)
            os.makedirs(folder)
            for index, (extension, data) in enumerate(mutator.round_files()):
                with open(os.path.join(folder, "input-%02d%s" % (index, "." + extension if extension else "")), "wb") as out:
                    out.write(data)
                files += 1
            problems, counts, seconds = run_round(binary, db, folder)
            slowest = max(slowest, seconds)
            if counts:
                documents += counts[0]
                refused += counts[3]
            if not problems and (rounds % 10 == 0 or time.monotonic() - started >= arguments.seconds):
                problems = harness.check_base(db)
                consistency_checks += 1
            if problems:
                failed_rounds += 1
                crashes = crashes or tempfile.mkdtemp(prefix="chancery-fuzz-crashes-")
                # The first twenty failing rounds are kept; the rest only counted.
                target = save(crashes, rounds, folder, db, problems, binary) if failed_rounds <= 20 else "(not kept)"
                print("  FAIL round %d: %s\n    inputs saved in %s" % (rounds, "; ".join(problems[:3]), target), flush=True)
                harness.remove_database(db)
            elif os.path.exists(db) and os.path.getsize(db) > 200 << 20:
                harness.remove_database(db)
            if time.monotonic() - last_report > 300:
                last_report = time.monotonic()
                print("  %d rounds, %d files, %d failed so far (%.0f s)" % (rounds, files, failed_rounds, last_report - started), flush=True)
    print("fuzz: %d rounds, %d files, %d documents read and %d inputs refused, %d consistency checks, slowest round %.1f s, in %.0f s: %d passed, %d failed"
          % (rounds, files, documents, refused, consistency_checks, slowest, time.monotonic() - started, rounds - failed_rounds, failed_rounds), flush=True)
    if crashes:
        print("failing inputs: %s" % crashes)
    sys.exit(1 if failed_rounds else 0)


if __name__ == "__main__":
    main()
