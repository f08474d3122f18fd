# Chancery: build, try, test, measure.
#   make demo    build, then ingest SampleData and answer the four questions
#   make test    run every test
#   make stress  kill, interrupt, crowd and starve ingest
#   make fuzz    libFuzzer over document reading and extraction; make fuzz-ingest  mutated articles fed to ingest
#   make bench   measure speed against sqlite3 on this machine
#   make copies-check   the dev corpus 100 times over as syndicated copies: as many events as once
#   make install PREFIX=/usr/local    the binary, its manual page and its shell completions

SWIFT       ?= swift
PREFIX      ?= /usr/local
RELEASE_BIN := .build/release/chancery
DEMO_DB     := .build/demo.sqlite

.PHONY: all build release demo test stress fuzz fuzz-ingest bench bench-extraction install man completions clean sqlite-dev phenomena measure copies-check

all: build

# libsqlite3-dev provides the header and pkg-config file the CSQLite module needs.
sqlite-dev:
	@if ! pkg-config --exists sqlite3 2>/dev/null && [ ! -f /usr/include/sqlite3.h ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing libsqlite3-dev…"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libsqlite3-dev pkg-config >/dev/null; \
		else \
			echo "Chancery needs SQLite's development files. Install them with:"; \
			echo "  sudo apt-get install libsqlite3-dev    (Debian, Ubuntu)"; \
			echo "  brew install sqlite                    (macOS)"; \
			exit 1; \
		fi; \
	fi

build: sqlite-dev
	$(SWIFT) build

# One self-contained binary: the Swift runtime and FoundationEssentials linked in, data compiled in.
# On Linux, where the C libraries come with their static archives (libc6-dev, libstdc++-dev and
# libsqlite3-dev ship them), they are linked in too: with no shared library to load, bind and
# relocate, start-up is about a quarter shorter (measured with `chancery --version`). Elsewhere
# they stay shared, and the binary is linked at a fixed address (-no-pie) so as not to rewrite
# some 75,000 pointers at each start. Asked in the recipe's shell, once sqlite-dev has installed
# what was missing.
RELEASE_FLAGS := -c release --static-swift-stdlib
ifeq ($(shell uname -s),Linux)
RELEASE_FLAGS += $$(for archive in libc.a libstdc++.a libsqlite3.a; do \
	case "$$(clang -print-file-name=$$archive 2>/dev/null)" in /*) ;; \
	*) echo -Xswiftc -Xclang-linker -Xswiftc -no-pie; exit;; esac; done; \
	echo -Xswiftc -static-executable)
endif

release: sqlite-dev
	$(SWIFT) build $(RELEASE_FLAGS) --product chancery

demo: release
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@echo "== chancery ingest SampleData/articles"
	@$(RELEASE_BIN) ingest --db $(DEMO_DB) SampleData/articles
	@echo
	@echo "== Which meetings did Morocco and France hold?    chancery meetings Morocco France"
	@$(RELEASE_BIN) meetings --db $(DEMO_DB) Morocco France
	@echo
	@echo "== Which agreements were signed in 2025?          chancery agreements --since 2025-01-01 --until 2025-12-31"
	@$(RELEASE_BIN) agreements --db $(DEMO_DB) --since 2025-01-01 --until 2025-12-31
	@echo
	@echo "== The timeline of Senegal's diplomacy:           chancery timeline السنغال"
	@$(RELEASE_BIN) timeline --db $(DEMO_DB) السنغال
	@echo
	@echo "== Who met whom, with the evidence:               chancery show 1"
	@$(RELEASE_BIN) show --db $(DEMO_DB) 1

test: sqlite-dev
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 scripts/stress.py --quick --binary "$$($(SWIFT) build --show-bin-path)/chancery"

# Kill -9 and Ctrl-C at random moments of a large ingest, concurrent writers, a full disk; builds the
# release binary in .build-rel first. STRESS_ARGS="--kills 5 --interrupts 2" for fewer trials.
STRESS_ARGS ?=
# make test runs the quick version (a few trials of each) with the debug binary.
stress: sqlite-dev
	SWIFT="$(SWIFT)" python3 scripts/stress.py $(STRESS_ARGS)

# libFuzzer with AddressSanitizer over reading a document (JSON Lines, JSON, HTML, plain text) and
# extracting its events, for FUZZ_SECONDS, from the seed corpus of our own sentences in Fuzz/corpus;
# built with swiftc in .build-fuzz (scripts/libfuzzer.sh says why not SwiftPM), crashing inputs kept
# in .build-fuzz/crashes. FUZZ_ARGS passes libFuzzer options (-seed=N, -only_ascii=1).
FUZZ_SECONDS ?= 60
FUZZ_ARGS ?=
fuzz:
	SWIFTC="$(dir $(shell command -v $(SWIFT)))swiftc" scripts/libfuzzer.sh $(FUZZ_SECONDS) $(FUZZ_ARGS)

# Mutated articles fed to the release binary's ingest for FUZZ_SECONDS, each round's base checked as
# make stress checks one; a failing round's inputs are kept in a temporary folder.
fuzz-ingest: sqlite-dev
	SWIFT="$(SWIFT)" python3 scripts/fuzz.py --seconds $(FUZZ_SECONDS)

# The phenomenon table's pass rate by phenomenon and language (also written to .build/phenomena.txt).
phenomena: sqlite-dev
	$(SWIFT) build --build-tests
	CHANCERY_PHENOMENA_REPORT=.build/phenomena.txt $(SWIFT) test --skip-build --filter reportPhenomenonPassRates 2>&1 | grep -v '^\[' | sed -n '/^phenomenon /,/^all /p'

# Extraction F1 on the dev corpora beside the repository and on SampleData/heldout, one line a set.
MEASURE_SETS := $(wildcard ../shared/corpus/dev ../shared/corpus/dev-b ../shared/corpus/dev-c) $(wildcard SampleData/heldout/set*/*)
measure: release
	@for set in $(MEASURE_SETS); do \
		db=$$(mktemp -u /tmp/chancery-measure.XXXXXX).sqlite; \
		$(RELEASE_BIN) ingest --db $$db $$set/documents.jsonl >/dev/null 2>&1 || true; \
		$(RELEASE_BIN) export --db $$db --format jsonl > $$db.pred.jsonl; \
		printf '%-32s ' $$set; python3 ../shared/tools/score.py --json $$set/gold.jsonl $$db.pred.jsonl \
			| python3 -c 'import json,sys; d=json.load(sys.stdin); e=d["events"]; p=d["participants"]; print("F1 %.3f  " % e["all"]["f1"] + "  ".join("%s %.3f" % (k.split(":")[1], v["f1"]) for k, v in e.items() if ":" in k) + "  participants R %.2f P %.2f" % (p["recall"], p["precision"]))'; \
		rm -f $$db $$db-wal $$db-shm $$db.pred.jsonl; \
	done

# The dev corpus ingested once, then COPIES times over as syndicated copies (another headline, a
# trailing line, another id, a few words changed; generated in a temporary folder): the events
# counted, which must stay within 5% of one ingest; the copies found among the articles of dev*;
# and how alike copies and distinct articles are. `make test` runs the same with 10.
COPIES ?= 100
copies-check: sqlite-dev
	$(SWIFT) build --build-tests
	@CHANCERY_COPIES=$(COPIES) $(SWIFT) test --skip-build --filter CopyCorpusTests > .build/copies-check.log 2>&1; status=$$?; \
		grep -E '^(dev once|copies \(|most alike|taken for copies)|✘|✔ Test run' .build/copies-check.log; exit $$status

# Builds both release products (chancery, and chancery-bench next to it), then measures.
# Sizes: make bench BENCH_ARGS="--quick"  or  --documents N --events N --big-mb N --seed N --runs N
# Extraction is also timed over each JSON Lines file of EXTRACT_FILES (by default the dev corpora beside the
# repository, when they are there); make bench-extraction times extraction alone.
BENCH_ARGS ?=
EXTRACT_FILES ?= $(wildcard ../shared/corpus/*/documents.jsonl)
EXTRACT_ARGS := $(foreach file,$(EXTRACT_FILES),--extract-file $(file))
bench: sqlite-dev
	@command -v sqlite3 >/dev/null || { echo "make bench compares against the sqlite3 shell: sudo apt-get install sqlite3"; exit 1; }
	$(SWIFT) build $(RELEASE_FLAGS)
	.build/release/chancery-bench $(EXTRACT_ARGS) $(BENCH_ARGS)

bench-extraction: sqlite-dev
	$(SWIFT) build $(RELEASE_FLAGS)
	.build/release/chancery-bench --extraction-only $(EXTRACT_ARGS) $(BENCH_ARGS)

# The manual page, written from the help chancery itself gives, so that it says what `chancery help`
# says (Scripts/manual.py tells why not argument-parser's generate-manual plugin).
MAN_PAGE    := .build/chancery.1
COMPLETIONS := .build/completions

man: release
	@command -v python3 >/dev/null || { echo "make man writes the manual page with python3: sudo apt-get install python3"; exit 1; }
	$(RELEASE_BIN) --experimental-dump-help > $(MAN_PAGE).json
	python3 Scripts/manual.py "$$($(RELEASE_BIN) --version)" < $(MAN_PAGE).json > $(MAN_PAGE)

# Completion scripts for bash, zsh and fish, as argument-parser writes them.
completions: release
	@mkdir -p $(COMPLETIONS)
	$(RELEASE_BIN) --generate-completion-script bash > $(COMPLETIONS)/chancery
	$(RELEASE_BIN) --generate-completion-script zsh > $(COMPLETIONS)/_chancery
	$(RELEASE_BIN) --generate-completion-script fish > $(COMPLETIONS)/chancery.fish

install: release man completions
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/chancery
	install -m 644 $(MAN_PAGE) $(DESTDIR)$(PREFIX)/share/man/man1/chancery.1
	install -m 644 $(COMPLETIONS)/chancery $(DESTDIR)$(PREFIX)/share/bash-completion/completions/chancery
	install -m 644 $(COMPLETIONS)/_chancery $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_chancery
	install -m 644 $(COMPLETIONS)/chancery.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/chancery.fish

clean:
	rm -rf .build .build-rel .build-fuzz
