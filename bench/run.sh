#!/usr/bin/env bash
# Builds bench/ and runs the benchmarks of docs/PERFORMANCE.md, printing the figures:
#   throughput  whole-corpus runs, 1 and 2 threads, each in its own JVM (-Xmx512m): raw PDFBox text
#               extraction, Pipeline.process (extract), ingest into a Lucene index on disk, pdftotext;
#               on a generated corpus of N PDFs (deterministic; made with qpdf from corpus/)
#   profile     the ingest run again, one thread, under Java Flight Recorder: top frames of the samples
#   jmh         JMH: the passage extractors (passages/s) and the analysis chain (tokens/s)
#   search      1,000 mixed queries on an index of RECORDS synthesised records (p50/p95/p99, QPS), and the
#               cold start of `bin/baocao search` (process wall time)
#
#   bench/run.sh [PART...]        PART: corpus throughput profile jmh search cold (default: all of them)
#
# Environment: N (files, 2000), WHOLE_EVERY (a whole report every k files, 40), THREADS ("1 2"),
# RECORDS (1000000), WORK (/tmp/baocao-bench), OLD_JAR (a baocao.jar of another commit: its extract and
# ingest run too, labelled "old"), SEARCH_ARGS (records-only: the synthetic files without passages), JMH_OPTS (extra JMH options, e.g. "-wi 1 -i 2 -r 2s").
# Needs java 17, maven, qpdf; pdftotext (poppler-utils) is measured when installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${N:-2000}"
whole_every="${WHOLE_EVERY:-40}"
threads="${THREADS:-1 2}"
records="${RECORDS:-1000000}"
work="${WORK:-${TMPDIR:-/tmp}/baocao-bench}"
parts=("$@")
[[ ${#parts[@]} -gt 0 ]] || parts=(corpus throughput profile jmh search cold)
want() { local p; for p in "${parts[@]}"; do [[ "$p" == "$1" ]] && return 0; done; return 1; }
command -v qpdf >/dev/null || { echo "bench: qpdf is needed (apt-get install qpdf)" >&2; exit 2; }
mkdir -p "$work/runs"

# --- build: the app jar and bench/'s classes, and bench/'s classpath (JMH) ---
echo "bench: building (mvn package -pl bench -am) ..." >&2
(cd "$root" && mvn -q -B -DskipTests -pl bench -am package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime) >&2
jar="$root/pipeline/target/baocao.jar"
jmh_cp="$(tr ':' '\n' <"$root/bench/target/classpath.txt" | grep -E 'jmh-core|jopt-simple|commons-math3' | paste -sd:)"
cp_for() { echo "$root/bench/target/classes:$1:$jmh_cp"; }   # bench's classes on top of an app jar
corpus="$work/corpus-$n-$whole_every"

if want corpus || want throughput || want profile; then
  if [[ ! -f "$corpus/corpus.tsv" ]]; then
    java -cp "$(cp_for "$jar")" io.baocao.bench.CorpusGenerator "$root/corpus" "$corpus" "$n" "$whole_every"
  fi
  echo "corpus: $(wc -l <"$corpus/corpus.tsv") PDFs, $(awk -F'\t' '{s += $2} END {print s}' "$corpus/corpus.tsv") pages," \
    "$(du -sh "$corpus" | cut -f1), content digest $(cd "$corpus" && cat ./*.pdf | md5sum | cut -c1-12)"
fi

# throughput LABEL JAR MODE THREADS [JVM OPTIONS...]: one whole-corpus run in a fresh JVM
throughput() {
  local label="$1" app="$2" mode="$3" t="$4"
  shift 4
  java -Xmx512m -Xlog:gc:file="$work/runs/$label-$mode-$t-gc.log" "$@" -cp "$(cp_for "$app")" \
    io.baocao.bench.Throughput "$mode" "$t" "$corpus" "$work/runs/index-$label-$mode-$t" "$label" \
    2>"$work/runs/$label-$mode-$t.err" | tee -a "$work/runs/throughput.txt"
}

if want throughput; then
  : >"$work/runs/throughput.txt"
  for t in $threads; do
    throughput new "$jar" pdfbox "$t"
    throughput new "$jar" extract "$t"
    throughput new "$jar" ingest "$t"
    if [[ -n "${OLD_JAR:-}" ]]; then
      throughput old "$OLD_JAR" extract "$t"
      throughput old "$OLD_JAR" ingest "$t"
    fi
    if command -v pdftotext >/dev/null; then throughput native "$jar" pdftotext "$t"; fi
  done
  # ratios (same corpus, so from the run times): ingest / raw PDFBox at the same thread count, wall and
  # CPU; and 2 threads / 1 (wall: meaningful only on a machine nothing else loads)
  awk '{ for (i = 4; i <= NF; i++) { split($i, kv, "="); v[$1, $2, $3, kv[1]] = kv[2] } key[$1 " " $2] = 1; th[$3] = 1 }
    END {
      for (t in th) if (v["new", "pdfbox", t, "pages/s"] > 0) {
        printf "ratio: ingest / PDFBox at %s thread(s): %.2f (wall), %.2f (CPU); extract / PDFBox: %.2f (wall), %.2f (CPU)\n", t,
          v["new", "pdfbox", t, "seconds"] / v["new", "ingest", t, "seconds"],
          v["new", "ingest", t, "pages/cpu_s"] / v["new", "pdfbox", t, "pages/cpu_s"],
          v["new", "pdfbox", t, "seconds"] / v["new", "extract", t, "seconds"],
          v["new", "extract", t, "pages/cpu_s"] / v["new", "pdfbox", t, "pages/cpu_s"] }
      for (k in key) { split(k, lm, " "); if (v[lm[1], lm[2], 1, "pages/s"] > 0 && v[lm[1], lm[2], 2, "pages/s"] > 0)
        printf "scaling: %s %s 2 threads / 1: %.2fx\n", lm[1], lm[2], v[lm[1], lm[2], 1, "seconds"] / v[lm[1], lm[2], 2, "seconds"] }
    }' "$work/runs/throughput.txt"
fi

if want profile; then
  rec="$work/runs/ingest-1.jfr"
  throughput profile "$jar" ingest 1 -XX:StartFlightRecording=filename="$rec",settings=profile >/dev/null
  "$root/bench/jfr-top.sh" "$rec"
fi

if want jmh; then
  # shellcheck disable=SC2086
  java -cp "$(cp_for "$jar")" org.openjdk.jmh.Main ${JMH_OPTS:-} -jvmArgsAppend "-Dbaocao.corpus=$root/corpus" \
    -rf json -rff "$work/runs/jmh.json" 'io.baocao.bench.*Benchmark' | tee "$work/runs/jmh.txt" \
    | grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)'
fi

index="$work/index-$records"
if want search; then
  java -Xmx1g -cp "$(cp_for "$jar")" io.baocao.bench.SearchBench "$root/corpus" "$index" "$records" 1000 ${SEARCH_ARGS:-} \
    2>"$work/runs/search.err" | grep -v '^index: [0-9]* copies' | tee "$work/runs/search.txt"
fi

if want cold; then
  [[ -d "$index" ]] || { echo "bench: no index at $index (run the search part first)" >&2; exit 2; }
  # the whole process, 5 times: the JVM start, opening the index, one query, the output; wall and CPU time
  for i in 1 2 3 4 5; do
    /usr/bin/time -f '%e %U %S %M' -o "$work/runs/cold-$i.txt" \
      "$root/bin/baocao" search "giải ngân vốn đầu tư công" --index "$index" >/dev/null
    cat "$work/runs/cold-$i.txt"
  done | sort -n | awk '{ w[NR] = $1; c[NR] = $2 + $3; r[NR] = $4 }
    END { printf "cold start: bin/baocao search, %d runs: wall median %.2f s (min %.2f, max %.2f); CPU (user+sys) of the median run %.2f s, its peak RSS %d MB\n", NR, w[int((NR + 1) / 2)], w[1], w[NR], c[int((NR + 1) / 2)], r[int((NR + 1) / 2)] / 1024 }'
fi
