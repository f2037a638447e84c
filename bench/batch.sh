#!/usr/bin/env bash
# Benchmark of `baocao ingest` at batch scale, under -Xmx512m for the ingest process and its worker:
#   1. a 1,026-page report (19 copies of the 54-page corpus report, joined with qpdf);
#   2. a batch of N files (default 5000): single pages of the corpus reports (qpdf --split-pages) and,
#      one file in 25, a whole corpus report, each file with different bytes (a PDF comment after %%EOF);
#   3. the same batch again (everything already indexed).
# Prints wall time, throughput, and the heap the garbage collector saw (-Xlog:gc): the most it found
# in use, the most it left live, and the live heap over the first and last third of the run (growth per
# file would show there). Needs java, qpdf, and the jar (built on first use, as bin/baocao does).
#
#   bench/batch.sh [N] [WORK_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-5000}"
work="${2:-${TMPDIR:-/tmp}/baocao-bench}"
jar="$root/pipeline/target/baocao.jar"
command -v qpdf >/dev/null || { echo "bench: qpdf is needed (apt-get install qpdf)" >&2; exit 2; }
if [[ ! -f "$jar" ]]; then
  echo "bench: building $jar ..." >&2
  (cd "$root" && mvn -q -B -DskipTests package) >&2
fi
rm -rf "$work" && mkdir -p "$work/pages" "$work/batch" "$work/big"

# --- inputs ---
corpus=("$root"/corpus/*.pdf)
for f in "${corpus[@]}"; do qpdf --split-pages "$f" "$work/pages/$(basename "$f")"; done
mapfile -t pages < <(ls "$work"/pages/*.pdf | sort)
for ((i = 0; i < n; i++)); do
  if ((i % 25 == 24)); then src="${corpus[$(((i / 25) % ${#corpus[@]}))]}"; else src="${pages[$((i % ${#pages[@]}))]}"; fi
  dst="$work/batch/$(printf '%05d' "$i")-$(basename "$src")"
  cp "$src" "$dst" && printf '%%variant %d\n' "$i" >>"$dst"
done
big_args=()
for ((i = 0; i < 19; i++)); do big_args+=("$root/corpus/cantho-2024-h1-bao-cao.pdf"); done
qpdf --empty --pages "${big_args[@]}" -- "$work/big/bao-cao-1026-trang.pdf"
echo "inputs: $n files in $work/batch ($(du -sh "$work/batch" | cut -f1)), $(qpdf --show-npages "$work/big/bao-cao-1026-trang.pdf")-page PDF"

# --- one run ---
# gc_figures LOG: "peak in use M / peak live M; live first third M, last third M"
gc_figures() {
  [[ -f "$1" ]] || { echo "not started (nothing to read)"; return; }
  grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$1" | sed -E 's/M->/ /; s/M\(.*//' | awk '
    { before[NR] = $1; after[NR] = $2; if ($1 > pb) pb = $1; if ($2 > pa) pa = $2 }
    END {
      if (NR == 0) { print "no GC"; exit }
      t = int(NR / 3); if (t < 1) t = 1
      for (i = 1; i <= t; i++) f += after[i]
      for (i = NR - t + 1; i <= NR; i++) l += after[i]
      printf "heap in use at most %d MB, live at most %d MB; live on average %.0f MB over the first third of %d collections, %.0f MB over the last", pb, pa, f / t, NR, l / t
    }'
}
run() { # NAME INPUT INDEX
  local name="$1" input="$2" index="$3"
  local t0 t1
  t0=$(date +%s.%N)
  BAOCAO_WORKER_JAVA_OPTS="-Xlog:gc:file=$work/$name-worker-gc.log" \
    /usr/bin/time -f '%M' -o "$work/$name-rss.txt" \
    java -Xmx512m -Xlog:gc:file="$work/$name-gc.log" -jar "$jar" ingest "$input" --index "$index" --max-memory 512m \
    >"$work/$name.out" 2>"$work/$name.err" || true
  t1=$(date +%s.%N)
  echo "== $name"
  echo "   $(cat "$work/$name.out")"
  awk -v a="$t0" -v b="$t1" -v n="$(ls "$input" 2>/dev/null | wc -l)" \
    'BEGIN { printf "   wall %.1f s, %.1f files/s\n", b - a, (n > 0 ? n : 1) / (b - a) }'
  echo "   ingest (-Xmx512m): $(gc_figures "$work/$name-gc.log"); max RSS $(($(cat "$work/$name-rss.txt") / 1024)) MB"
  echo "   worker (--max-memory 512m): $(gc_figures "$work/$name-worker-gc.log")"
}
run big "$work/big" "$work/index-big"
run batch "$work/batch" "$work/index-batch"
run batch-again "$work/batch" "$work/index-batch"
java -jar "$jar" stats --index "$work/index-batch" | head -1
