"""What the stress and fuzz scripts share: finding or building the binary, generating corpora,
running chancery, and checking that a database is consistent.

Python 3 standard library only; no network, nothing but the chancery binary.
"""

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE_SCRATCH = os.path.join(ROOT, ".build-rel")


def release_binary():
    """Builds chancery in release mode (in .build-rel, apart from the debug build) and returns its path."""
    swift = os.environ.get("SWIFT", "swift")
    command = [swift, "build", "-c", "release", "--scratch-path", RELEASE_SCRATCH, "--product", "chancery"]
    print("== " + " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)
    folder = subprocess.run(command[:-2] + ["--show-bin-path"], cwd=ROOT, check=True,
                            stdout=subprocess.PIPE, universal_newlines=True).stdout.strip()
    return os.path.join(folder, "chancery")


def binary_from(arguments_binary):
    """The binary given with --binary, checked; else a fresh release build."""
    if arguments_binary:
        path = os.path.abspath(arguments_binary)
        if not os.access(path, os.X_OK):
            sys.exit("no executable chancery at %s (build it first: swift build)" % path)
        return path
    return release_binary()


class Workspace:
    """A temporary folder, removed at the end unless `keep`."""

    def __init__(self, prefix, keep=False):
        self.path = tempfile.mkdtemp(prefix=prefix)
        self.keep = keep

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if not self.keep:
            shutil.rmtree(self.path, ignore_errors=True)

    def file(self, name):
        return os.path.join(self.path, name)


def remove_database(path):
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


# MARK: Corpora

def seed_documents():
    """The documents of our own (SampleData), and the dev corpora beside the repository when
    they are there: each a dict in the input format. Their texts stay in the temporary folder."""
    documents = []
    sample = os.path.join(ROOT, "SampleData", "articles")
    with open(os.path.join(sample, "news.jsonl"), encoding="utf-8") as lines:
        documents += [json.loads(line) for line in lines if line.strip()]
    with open(os.path.join(sample, "sample-fr-03.json"), encoding="utf-8") as single:
        documents.append(json.load(single))
    shared = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
    for name in ("dev", "dev-b", "dev-c"):
        path = os.path.join(shared, name, "documents.jsonl")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as lines:
                documents += [json.loads(line) for line in lines if line.strip()]
    return documents


def copies(documents, count, tag="c"):
    """`count` copies of `documents`, each with an id and a closing line of its own, so that no
    two texts are the same (the same text would be recognised as already stored)."""
    result = []
    for copy in range(count):
        for document in documents:
            item = dict(document)
            item["id"] = "%s-%s%d" % (document.get("id") or "doc", tag, copy)
            item["text"] = document["text"] + "\n\n%s %d." % (tag.upper(), copy)
            result.append(item)
    return result


def large_documents(documents, count, size, tag):
    """`count` documents of about `size` bytes of UTF-8 text, each several articles end to end."""
    result = []
    index = 0
    for number in range(count):
        parts = ["Dossier %s %d." % (tag, number)]
        length = 0
        while length < size:
            text = documents[index % len(documents)]["text"]
            parts.append(text)
            length += len(text.encode("utf-8"))
            index += 1
        first = documents[(index - 1) % len(documents)]
        result.append({"id": "%s-%d" % (tag, number), "lang": first.get("lang"), "published": first.get("published"),
                       "title": "Dossier %s %d" % (tag, number), "text": "\n\n".join(parts)})
    return result


def write_jsonl(path, documents):
    with open(path, "w", encoding="utf-8") as out:
        for document in documents:
            out.write(json.dumps(document, ensure_ascii=False) + "\n")


def texts_by_id(documents):
    return {document["id"]: document["text"] for document in documents}


# MARK: Running chancery

def run(binary, arguments, timeout=900, stdin=None):
    """Runs chancery to its end; returns (status, stdout, stderr). A negative status is a signal."""
    process = subprocess.run([binary] + arguments, stdin=stdin if stdin is not None else subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return process.returncode, process.stdout.decode("utf-8", "replace"), process.stderr.decode("utf-8", "replace")


def start(binary, arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE):
    return subprocess.Popen([binary] + arguments, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr)


def summary_counts(stdout):
    """(read, new, known, failed) from ingest's summary line, or None."""
    import re
    lines = stdout.strip().splitlines()
    if not lines:
        return None
    match = re.match(r"^Read (\d+) documents?: (\d+) new, (\d+) already known, (\d+) failed; ", lines[-1])
    return tuple(int(group) for group in match.groups()) if match else None


def export(binary, db):
    status, out, err = run(binary, ["export", "--db", db, "--format", "jsonl"])
    if status != 0:
        raise RuntimeError("export failed with status %d: %s" % (status, err.strip()))
    return out


def normalized_export(text):
    """The exported events without their ids (which follow the order of writing), each with its
    sources in document order, sorted: what two bases that hold the same knowledge share."""
    events = []
    for line in text.splitlines():
        event = json.loads(line)
        event.pop("id", None)
        event["sources"] = sorted(event.get("sources", []), key=lambda source: json.dumps(source, sort_keys=True))
        events.append(json.dumps(event, sort_keys=True, ensure_ascii=False))
    return sorted(events)


# MARK: Checking a base

def open_database(db):
    """A connection to an existing base. Read-write, as the next chancery would open it: a
    process killed while building a new base's schema leaves a rollback journal, which only a
    connection that may write rolls back; one killed later leaves a log, which it reads."""
    connection = sqlite3.connect("file:%s?mode=rw" % db, uri=True, timeout=60)
    connection.text_factory = bytes
    return connection


def check_base(db, sources=None):
    """What is wrong with the base at `db`, as a list of sentences (empty when it is sound):
    SQLite's integrity and foreign-key checks, every stored document whole (its text hashes to
    its content_hash and, when `sources` maps ids to texts, is the text given), one search row
    per document, and every event with a source."""
    if not os.path.exists(db):
        return []
    problems = []
    try:
        connection = open_database(db)
    except sqlite3.DatabaseError as error:
        return ["cannot open the base: %s" % error]
    try:
        tables = {row[0].decode() for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        integrity = [row[0].decode() for row in connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append("integrity_check: " + "; ".join(integrity[:5]))
        foreign = connection.execute("PRAGMA foreign_key_check").fetchall()
        if foreign:
            problems.append("foreign_key_check: %d rows, the first %r" % (len(foreign), foreign[0]))
        if "documents" not in tables:
            return problems  # killed before its schema was built
        for external_id, content_hash, text in connection.execute("SELECT external_id, content_hash, text FROM documents"):
            digest = hashlib.sha256(text).hexdigest()
            if digest != content_hash.decode():
                problems.append("document %s: its text does not hash to its content_hash (%d bytes stored)" % (external_id.decode(), len(text)))
            elif sources is not None:
                given = sources.get(external_id.decode())
                if given is not None and given.encode("utf-8") != text:
                    problems.append("document %s: stored %d bytes, the input has %d" % (external_id.decode(), len(text), len(given.encode("utf-8"))))
        documents = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
        searchable = connection.execute("SELECT count(*) FROM document_search").fetchone()[0]
        if documents != searchable:
            problems.append("%d documents but %d rows in document_search" % (documents, searchable))
        orphans = connection.execute("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.event_id = e.id)").fetchone()[0]
        if orphans:
            problems.append("%d events without a source" % orphans)
    except sqlite3.DatabaseError as error:
        problems.append("reading the base failed: %s" % error)
    finally:
        connection.close()
    return problems


def stored_ids(db):
    """The ids of the stored documents, in the order they were written."""
    if not os.path.exists(db):
        return []
    connection = open_database(db)
    try:
        tables = {row[0].decode() for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "documents" not in tables:
            return []
        return [row[0].decode() for row in connection.execute("SELECT external_id FROM documents ORDER BY id")]
    finally:
        connection.close()


def sources_by_document(db):
    """How many event sources each stored document is, by id."""
    connection = open_database(db)
    try:
        return {row[0].decode(): row[1] for row in connection.execute(
            "SELECT d.external_id, count(s.event_id) FROM documents d LEFT JOIN sources s ON s.document_id = d.id GROUP BY d.id")}
    finally:
        connection.close()


class Tally:
    """Trials passed and failed, by phase, with the first few failures' reasons."""

    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.failures = []

    def record(self, phase, problems):
        if problems:
            self.failed += 1
            self.failures.append((phase, problems))
            print("  FAIL %s: %s" % (phase, "; ".join(problems[:4])), flush=True)
        else:
            self.passed += 1
        return not problems


def seeded_random(seed):
    generator = random.Random(seed)
    return generator
