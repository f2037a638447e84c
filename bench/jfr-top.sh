#!/usr/bin/env bash
# Where the time goes in a Java Flight Recorder recording: the execution samples (jdk.ExecutionSample, Java
# threads only: the JIT compilers and the garbage collector are not sampled) summarised three ways:
#   by library of the frame on top of the stack (self time),
#   by the nearest baocao method below the top (its own time and the library calls it makes),
#   by the top frames themselves.
#   bench/jfr-top.sh RECORDING.jfr [ROWS=20]
set -euo pipefail
rec="$1"
rows="${2:-20}"
jfr print --events jdk.ExecutionSample --stack-depth 64 "$rec" | awk -v rows="$rows" '
  function method(line) { sub(/^[ \t]+/, "", line); sub(/\(.*$/, "", line); return line }
  function library(m) {
    if (m ~ /^io\.baocao\./) { split(m, p, "."); return "baocao " p[3] (p[4] ~ /^[a-z]/ ? "." p[4] : "") }
    if (m ~ /^org\.apache\.pdfbox\.|^org\.apache\.fontbox\./) return "PDFBox/FontBox"
    if (m ~ /^org\.apache\.lucene\./) return "Lucene"
    if (m ~ /^com\.ibm\.icu\./) return "ICU4J"
    if (m ~ /^org\.apache\.tika\.|^org\.apache\.poi\./) return "Tika/POI"
    if (m ~ /^com\.fasterxml\./) return "Jackson"
    if (m ~ /^java\.util\.regex\./) return "java.util.regex"
    if (m ~ /^(java|javax|jdk|sun)\./) return "JDK (other)"
    return "other"
  }
  /stackTrace = \[/ { inStack = 1; depth = 0; nearest = ""; next }
  inStack && /^[ \t]*\]/ {
    inStack = 0; total++
    if (nearest == "") nearest = "(no baocao frame: " lib ")"
    byNearest[nearest]++
    next
  }
  inStack {
    m = method($0)
    if (m == "...") next
    depth++
    if (depth == 1) { top[m]++; lib = library(m); byLib[lib]++ }
    if (nearest == "" && m ~ /^io\.baocao\./) nearest = m
  }
  function report(title, arr,    k, n, i, keys, tmp) {
    printf "\n%s (%d samples)\n", title, total
    n = 0; for (k in arr) keys[++n] = k
    # sort by count, descending (insertion sort: few keys)
    for (i = 2; i <= n; i++) { tmp = keys[i]; j = i - 1; while (j > 0 && arr[keys[j]] < arr[tmp]) { keys[j + 1] = keys[j]; j-- } keys[j + 1] = tmp }
    for (i = 1; i <= n && i <= rows; i++) printf "  %5.1f%%  %s\n", 100 * arr[keys[i]] / total, keys[i]
  }
  END {
    if (total == 0) { print "no execution samples"; exit }
    report("self time by library (top frame)", byLib)
    report("by nearest baocao method (self + the library code it calls)", byNearest)
    report("top frames", top)
  }'
