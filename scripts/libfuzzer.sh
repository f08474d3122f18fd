#!/bin/sh
# make fuzz: builds the libFuzzer target of Fuzz/IngestFuzzTarget.swift (document reading and
# extraction, with AddressSanitizer) in .build-fuzz, then runs it on a copy of the seed corpus
# Fuzz/corpus for FUZZ_SECONDS seconds.
#
#   scripts/libfuzzer.sh [SECONDS [LIBFUZZER-OPTION...]]     e.g. scripts/libfuzzer.sh 600 -seed=7
#
# SwiftPM cannot build it: its -sanitize=fuzzer would reach every target, and libFuzzer's main
# would clash with chancery's and embed-files'. So swiftc compiles ChanceryCore and ChanceryIngest
# here as SwiftPM would (their data files embedded by embed-files, as EmbedFilesPlugin does),
# each instrumented for coverage, the entry point inside ChanceryIngest, whose readers are internal.
# Inputs that crash are written to .build-fuzz/crashes/ (libFuzzer prints which).
set -eu
cd "$(dirname "$0")/.."
SWIFTC=${SWIFTC:-swiftc}
SECONDS_TO_RUN=${1:-60}
[ $# -gt 0 ] && shift
OUT=.build-fuzz
mkdir -p "$OUT/generated/ChanceryCore" "$OUT/generated/ChanceryIngest" "$OUT/modules" "$OUT/crashes" "$OUT/corpus"

# The embedding tool, an ordinary program.
"$SWIFTC" -O Sources/embed-files/main.swift -o "$OUT/embed-files"
"$OUT/embed-files" "$OUT/generated/ChanceryCore/EmbeddedFiles.swift" $(ls Sources/ChanceryCore/Data/*.tsv | LC_ALL=C sort)
"$OUT/embed-files" "$OUT/generated/ChanceryIngest/EmbeddedFiles.swift" $(ls Sources/ChanceryIngest/Data/*.tsv | LC_ALL=C sort)

FLAGS="-O -g -parse-as-library -wmo -sanitize=fuzzer,address -I $OUT/modules"
echo "== compiling ChanceryCore"
"$SWIFTC" $FLAGS -module-name ChanceryCore -emit-module -emit-module-path "$OUT/modules/ChanceryCore.swiftmodule" \
    -c $(find Sources/ChanceryCore -name '*.swift' | LC_ALL=C sort) "$OUT/generated/ChanceryCore/EmbeddedFiles.swift" \
    -o "$OUT/ChanceryCore.o"
echo "== compiling ChanceryIngest with the fuzz target"
"$SWIFTC" $FLAGS -module-name ChanceryIngest \
    -c $(find Sources/ChanceryIngest -name '*.swift' | LC_ALL=C sort) "$OUT/generated/ChanceryIngest/EmbeddedFiles.swift" \
    Fuzz/IngestFuzzTarget.swift -o "$OUT/ChanceryIngest.o"
"$SWIFTC" -sanitize=fuzzer,address "$OUT/ChanceryCore.o" "$OUT/ChanceryIngest.o" -o "$OUT/chancery-fuzz" 2>&1 \
    | grep -v "Cannot export local symbol '__asan" >&2 || true
[ -x "$OUT/chancery-fuzz" ] || { echo "linking $OUT/chancery-fuzz failed" >&2; exit 1; }

# The seed corpus stays as committed: libFuzzer adds what it finds to the working copy.
cp Fuzz/corpus/* "$OUT/corpus/"
echo "== $OUT/chancery-fuzz for $SECONDS_TO_RUN s"
exec "$OUT/chancery-fuzz" -max_total_time="$SECONDS_TO_RUN" -timeout=30 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix="$OUT/crashes/" -print_final_stats=1 "$@" "$OUT/corpus"
