#!/usr/bin/env python3
"""make stress: chancery killed, interrupted, written by several programs at once, and out of disk.

Each phase runs a number of trials and prints a line for it; the script ends with
`N passed, M failed` and exits non-zero on any failure.

  kill -9      an ingest of a large corpus killed at a random moment: the base passes SQLite's
               integrity check, holds a prefix of the input, every document whole and every
               event with its sources; the same command then finishes it, and its export is
               the export of a clean run, byte for byte
  Ctrl-C       the same with SIGINT: exit 130 and a message counting exactly the documents stored
  concurrent   2, 3 and 4 ingests of large documents start together on a new base, while stats
               and meetings run in a loop: every one exits 0, the readers never fail nor see
               the count go back, and the base holds the events (ids aside) and sources that one
               clean ingest of the same documents holds, in the order they were committed and in
               the files' order
  disk full    an ingest into a small tmpfs (as root, where mount is allowed) stops with one
               line saying the disk is full and exits 1; the base is intact, and the same
               command finishes it once there is room

The corpus is generated into a temporary folder from SampleData and, when they are beside the
repository, the dev corpora (../shared/corpus/dev*), each document copied with ids and a line
of its own. Nothing of it is written into the repository.

  scripts/stress.py                      builds the release binary, then runs every phase in full
  scripts/stress.py --quick --binary B   a few trials of each with binary B (make test)
  scripts/stress.py --phases concurrent  only the phases named (kill, interrupt, concurrent, disk)
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402


def clean_run(binary, workspace, corpus_path, name):
    """Ingests `corpus_path` into a fresh base: its export, sources per document, and seconds taken."""
    db = workspace.file(name + ".sqlite")
    harness.remove_database(db)
    started = time.monotonic()
    status, out, err = harness.run(binary, ["ingest", "--db", db, corpus_path])
    seconds = time.monotonic() - started
    if status != 0:
        raise RuntimeError("the clean ingest failed with status %d: %s" % (status, err.strip()[-500:]))
    return harness.export(binary, db), harness.sources_by_document(db), seconds


def check_stopped_base(db, ids, texts, clean_sources):
    """What is wrong with a base an ingest of `ids` (in order) left when stopped: the usual
    checks, and that it holds the first documents of the input, each with as many sources as
    in a clean run."""
    problems = harness.check_base(db, texts)
    stored = harness.stored_ids(db)
    if stored != ids[:len(stored)]:
        problems.append("the stored documents are not the first %d of the input" % len(stored))
    elif stored:
        sources = harness.sources_by_document(db)
        wrong = [key for key in stored if sources.get(key) != clean_sources.get(key)]
        if wrong:
            problems.append("%d stored documents have other sources than in a clean run, e.g. %s" % (len(wrong), wrong[0]))
    return problems, len(stored)


def resume_and_compare(binary, db, corpus_path, total, stored, clean_export):
    problems = []
    status, out, err = harness.run(binary, ["ingest", "--db", db, corpus_path])
    counts = harness.summary_counts(out)
    if status != 0:
        problems.append("the resumed ingest exited %d: %s" % (status, err.strip()[-300:]))
    elif counts != (total, total - stored, stored, 0):
        problems.append("the resumed ingest says %r, expected %d new and %d already known" % (counts, total - stored, stored))
    problems += harness.check_base(db)
    if not problems and harness.export(binary, db) != clean_export:
        problems.append("the export after resuming differs from a clean run's")
    return problems


def stop_trials(binary, workspace, corpus_path, ids, texts, clean, trials, how, tally, generator):
    """Ingests stopped by `how` (SIGKILL or SIGINT) at random moments, each checked and resumed."""
    clean_export, clean_sources, seconds = clean
    name = "kill -9" if how == signal.SIGKILL else "Ctrl-C"
    finished_early = 0
    stopped_counts = []
    began = time.monotonic()
    passed_before = tally.passed
    for trial in range(trials):
        db = workspace.file("stopped.sqlite")
        harness.remove_database(db)
        # Stratified: each trial a random moment of its own slice of the clean run's time.
        moment = generator.uniform(trial * seconds / trials, (trial + 1) * seconds / trials)
        process = harness.start(binary, ["ingest", "--db", db, corpus_path], stdout=subprocess.PIPE)
        time.sleep(moment)
        if process.poll() is None:
            process.send_signal(how)
        out, err = process.communicate()
        out, err = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
        problems, stored = check_stopped_base(db, ids, texts, clean_sources)
        status = process.returncode
        if status == 0:
            finished_early += 1
        elif how == signal.SIGKILL and status != -signal.SIGKILL:
            problems.append("exited %d rather than being killed: %s" % (status, err.strip()[-300:]))
        elif how == signal.SIGINT:
            lines = err.strip().splitlines()
            expected = "Error: interrupted; the %d new document(s) read before the interrupt are stored" % stored
            # A signal that comes before chancery has set its handler (at start-up) ends it as
            # SIGINT does any program: nothing is written yet then.
            if status == -signal.SIGINT:
                if stored:
                    problems.append("killed by SIGINT after storing %d documents" % stored)
            elif status != 130:
                problems.append("exited %d after SIGINT: %s" % (status, err.strip()[-300:]))
            elif expected not in lines:
                problems.append("its message is %r, expected %r" % (lines[-2:], expected))
            elif harness.summary_counts(out) is None or harness.summary_counts(out)[1] != stored:
                problems.append("its summary %r does not count the %d documents stored" % (out.strip()[-200:], stored))
        stopped_counts.append(stored)
        if not problems:
            problems = resume_and_compare(binary, db, corpus_path, len(ids), stored, clean_export)
        tally.record("%s trial %d (after %.2f s, %d stored)" % (name, trial + 1, moment, stored), problems)
    mid = sum(1 for count in stopped_counts if 0 < count < len(ids))
    print("%s: %d trials, %d passed; %d stopped partway (%d to %d of %d documents stored), %d finished first [%.0f s]"
          % (name, trials, tally.passed - passed_before, mid, min(stopped_counts), max(stopped_counts), len(ids), finished_early,
             time.monotonic() - began), flush=True)


def concurrent_trial(binary, workspace, writers, seeds, own, shared, size, tally):
    """`writers` ingests of large documents started together on a new base, with a reader loop."""
    files = []
    shared_documents = harness.large_documents(seeds, shared, size, "shared%d" % writers)
    union = list(shared_documents)
    for writer in range(writers):
        documents = harness.large_documents(seeds[writer * 7:] + seeds[:writer * 7], own, size, "w%d-%d" % (writers, writer))
        union += documents
        # The shared documents come at a different place in each file.
        ordered = documents + shared_documents if writer % 2 == 0 else shared_documents + documents
        path = workspace.file("writer-%d-%d.jsonl" % (writers, writer))
        harness.write_jsonl(path, ordered)
        files.append(path)
    texts = harness.texts_by_id(union)
    db = workspace.file("concurrent-%d.sqlite" % writers)
    harness.remove_database(db)

    processes = [harness.start(binary, ["ingest", "--db", db, path], stdout=subprocess.PIPE) for path in files]
    questions = []
    problems = []

    began = time.monotonic()

    def reader():
        while any(process.poll() is None for process in processes):
            if not os.path.exists(db):
                time.sleep(0.01)
                continue
            for question in (["stats", "--format", "jsonl"], ["meetings", "MA", "FR", "--format", "jsonl"]):
                started = time.monotonic()
                status, out, err = harness.run(binary, [question[0], "--db", db] + question[1:], timeout=120)
                questions.append((question[0], status, out, err, time.monotonic() - started))

    thread = threading.Thread(target=reader)
    thread.start()
    results = [process.communicate() for process in processes]
    thread.join()

    added = known = 0
    for path, process, (out, err) in zip(files, processes, results):
        out, err = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
        counts = harness.summary_counts(out)
        if process.returncode != 0 or counts is None:
            problems.append("the ingest of %s exited %d: %s" % (os.path.basename(path), process.returncode, err.strip()[-300:]))
            continue
        added += counts[1]
        known += counts[2]
    if not problems and (added, known) != (len(union), (writers - 1) * shared):
        problems.append("the writers say %d new and %d already known, expected %d and %d" % (added, known, len(union), (writers - 1) * shared))
    seen = []
    for name, status, out, err, seconds in questions:
        if status != 0 or err:
            problems.append("%s exited %d while the writers wrote: %s" % (name, status, err.strip()[-200:]))
        elif name == "stats":
            seen.append(int(out.split('"documents": ')[1].split(",")[0]))
    if seen != sorted(seen):
        problems.append("stats saw the document count go back: %r" % seen)
    slowest = max([question[4] for question in questions] or [0])
    if slowest > 10:
        problems.append("a question took %.1f s while the writers wrote" % slowest)
    problems += harness.check_base(db, texts)

    if not problems:
        # Which writer's batch went in when plays no part: the base holds what one ingest of the
        # same documents holds, in any order. Ids aside (they follow the order of writing), the
        # same events with the same sources as a clean ingest in the order they were committed,
        # and as an ingest of the files one after the other.
        ours = harness.normalized_export(harness.export(binary, db))
        by_id = {document["id"]: document for document in union}
        in_commit_order = workspace.file("union-%d.jsonl" % writers)
        harness.write_jsonl(in_commit_order, [by_id[key] for key in harness.stored_ids(db)])
        for name, inputs in (("a clean ingest of the same documents in the order they were committed", [in_commit_order]),
                             ("an ingest of the files one after the other", files)):
            reference = workspace.file("concurrent-reference-%d.sqlite" % writers)
            harness.remove_database(reference)
            status, out, err = harness.run(binary, ["ingest", "--db", reference] + inputs)
            if status != 0:
                problems.append("%s exited %d: %s" % (name, status, err.strip()[-300:]))
                continue
            if harness.sources_by_document(db) != harness.sources_by_document(reference):
                problems.append("the documents or their sources differ from %s" % name)
            theirs = harness.normalized_export(harness.export(binary, reference))
            if ours != theirs:
                problems.append("%d events differ from %s's" % (len(set(ours) ^ set(theirs)), name))
    tally.record("%d concurrent writers" % writers, problems)
    print("concurrent: %d writers, %d documents of ~%d KB (%d shared), %d questions answered meanwhile (slowest %.2f s): %s [%.0f s]"
          % (writers, len(union), size // 1000, shared, len(questions), slowest, "passed" if not problems else "FAILED",
             time.monotonic() - began), flush=True)


def disk_full_trial(binary, workspace, corpus_path, ids, texts, size_mb, tally):
    """An ingest into a tmpfs too small for it: a clear error, exit 1, the base intact and resumable."""
    mount_point = workspace.file("small-disk")
    os.makedirs(mount_point)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        print("disk full: skipped (mounting a small tmpfs needs root and mount)", flush=True)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=%dm" % size_mb, "tmpfs", mount_point],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    if mounted.returncode != 0:
        print("disk full: skipped (mount -t tmpfs failed: %s)" % mounted.stdout.strip(), flush=True)
        return
    problems = []
    began = time.monotonic()
    try:
        db = os.path.join(mount_point, "chancery.sqlite")
        sample = os.path.join(harness.ROOT, "SampleData", "articles")
        status, out, err = harness.run(binary, ["ingest", "--db", db, sample])
        if status != 0:
            raise RuntimeError("SampleData did not fit on the %d MB disk: %s" % (size_mb, err.strip()))
        before = harness.sources_by_document(db)

        status, out, err = harness.run(binary, ["ingest", "--db", db, corpus_path])
        lines = err.strip().splitlines()
        stored = len(harness.stored_ids(db)) - len(before)
        expected = ("Error: the disk is full: the database %s cannot grow; the %d new document(s) read until then are stored, "
                    "and running the same command again goes on from there" % (db, stored))
        if status == 0:
            problems.append("the ingest fitted on the %d MB disk: make it smaller" % size_mb)
        elif status < 0:
            problems.append("the ingest was killed by signal %d" % -status)
        elif status != 1 or lines[-2:] != [expected, "Hint: Free some space on the disk that holds %s, then run the command again." % db]:
            problems.append("exit %d and %r, expected exit 1 and %r" % (status, lines[-2:], expected))
        problems += harness.check_base(db, texts)
        after = harness.sources_by_document(db)
        if any(after.get(key) != count for key, count in before.items()):
            problems.append("a document stored before the disk filled up is gone or changed")
        if not problems:
            subprocess.run(["mount", "-o", "remount,size=%dm" % (size_mb * 32), mount_point], check=True)
            status, out, err = harness.run(binary, ["ingest", "--db", db, corpus_path])
            counts = harness.summary_counts(out)
            if status != 0 or counts != (len(ids), len(ids) - stored, stored, 0):
                problems.append("once there was room, the same ingest exited %d saying %r" % (status, out.strip()[-200:]))
            problems += harness.check_base(db, texts)
            reference = workspace.file("disk-clean.sqlite")
            harness.remove_database(reference)
            harness.run(binary, ["ingest", "--db", reference, sample])
            harness.run(binary, ["ingest", "--db", reference, corpus_path])
            if not problems and harness.export(binary, db) != harness.export(binary, reference):
                problems.append("the export after going on differs from a clean run's")
        tally.record("disk full", problems)
        print("disk full: a %d MB tmpfs filled after %d new documents; %s [%.0f s]"
              % (size_mb, stored, "passed" if not problems else "FAILED", time.monotonic() - began), flush=True)
    finally:
        subprocess.run(["umount", "-l", mount_point])


def main():
    parser = argparse.ArgumentParser(description="Kill, interrupt, crowd and starve chancery; check what it leaves.")
    parser.add_argument("--binary", help="the chancery to try (default: build the release binary)")
    parser.add_argument("--quick", action="store_true", help="a few trials of each phase, on a smaller corpus")
    parser.add_argument("--kills", type=int, help="kill -9 trials (default 50, quick 3)")
    parser.add_argument("--interrupts", type=int, help="Ctrl-C trials (default 20, quick 2)")
    parser.add_argument("--seed", type=int, default=int(time.time()), help="seed of the random moments")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--phases", default="kill,interrupt,concurrent,disk",
                        help="the phases to run, comma-separated (default: kill,interrupt,concurrent,disk)")
    arguments = parser.parse_args()
    kills = arguments.kills if arguments.kills is not None else (3 if arguments.quick else 50)
    interrupts = arguments.interrupts if arguments.interrupts is not None else (2 if arguments.quick else 20)
    phases = set(arguments.phases.split(","))
    unknown = phases - {"kill", "interrupt", "concurrent", "disk"}
    if unknown:
        parser.error("unknown phase(s): %s" % ", ".join(sorted(unknown)))
    binary = harness.binary_from(arguments.binary)
    generator = harness.seeded_random(arguments.seed)
    tally = harness.Tally()
    started = time.monotonic()

    with harness.Workspace("chancery-stress-", keep=arguments.keep) as workspace:
        seeds = harness.seed_documents()
        wanted = 200 if arguments.quick else 3000
        corpus = harness.copies(seeds, -(-wanted // len(seeds)))[:wanted]
        corpus_path = workspace.file("corpus.jsonl")
        harness.write_jsonl(corpus_path, corpus)
        ids = [document["id"] for document in corpus]
        texts = harness.texts_by_id(corpus)
        print("stress: %s, seed %d, %d documents (%.1f MB) in %s" % (
            binary, arguments.seed, len(corpus), os.path.getsize(corpus_path) / 1e6, workspace.path), flush=True)
        try:
            if phases & {"kill", "interrupt"}:
                clean = clean_run(binary, workspace, corpus_path, "clean")
                print("clean ingest: %.1f s" % clean[2], flush=True)
            if "kill" in phases:
                stop_trials(binary, workspace, corpus_path, ids, texts, clean, kills, signal.SIGKILL, tally, generator)
            if "interrupt" in phases:
                stop_trials(binary, workspace, corpus_path, ids, texts, clean, interrupts, signal.SIGINT, tally, generator)
            for writers in (2, 3, 4) if "concurrent" in phases else ():
                if arguments.quick:
                    concurrent_trial(binary, workspace, writers, seeds, own=3, shared=1, size=30_000, tally=tally)
                else:
                    concurrent_trial(binary, workspace, writers, seeds, own=12, shared=6, size=300_000, tally=tally)
            if "disk" in phases:
                # Large documents, so that a few batches fill the disk: SampleData's base takes 1.4 MB.
                filling = harness.large_documents(seeds, 30 if arguments.quick else 80, 50_000, "fill")
                filling_path = workspace.file("filling.jsonl")
                harness.write_jsonl(filling_path, filling)
                disk_full_trial(binary, workspace, filling_path, [document["id"] for document in filling],
                                harness.texts_by_id(filling), 3 if arguments.quick else 8, tally)
        except (RuntimeError, subprocess.SubprocessError, OSError) as error:
            tally.record("setting up", [str(error)])

    print("%d passed, %d failed (%.0f s)" % (tally.passed, tally.failed, time.monotonic() - started), flush=True)
    sys.exit(1 if tally.failed else 0)


if __name__ == "__main__":
    main()
