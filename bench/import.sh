#!/usr/bin/env bash
# Measures only the CSV import, the way bench/run.sh does (a fresh data directory, one import of N rows
# into a new product right after start-up), RUNS times, each on its own fresh server.
#   bench/import.sh [notes] [runs] [jar]      (defaults 100000, 3, target/northstar.jar, built if missing)
# Prints the rate per run, the server's CPU time over the import and its own split of the time (NoteImports
# logs it). BENCH_JFR=/tmp/name records a profile of each run into /tmp/name-<run>.jfr.
set -euo pipefail
cd "$(dirname "$0")/.."
NOTES="${1:-100000}"
RUNS="${2:-3}"
JAR="${3:-target/northstar.jar}"
PORT="${BENCH_PORT:-18191}"
EMAIL=bench@example.test
PASSWORD=bench-password-123

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"
[ -f "$JAR" ] || ./mvnw -o -q -B -DskipTests package

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
SERVER=""
DATA=""
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; [ -n "$DATA" ] && rm -rf "$DATA"; true' EXIT
for run in $(seq 1 "$RUNS"); do
  if curl -s -o /dev/null "http://localhost:$PORT/"; then echo "port $PORT is taken; set BENCH_PORT" >&2; exit 1; fi
  DATA="$(mktemp -d /tmp/northstar-importbench-XXXX)"
  java --enable-native-access=ALL-UNNAMED -XX:ErrorFile="$DATA/hs_err_%p.log" ${BENCH_JFR:+-XX:StartFlightRecording=name=import,settings=profile} ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --northstar.data-dir="$DATA" --northstar.demo=false \
    --northstar.bootstrap.admin-email="$EMAIL" --northstar.bootstrap.admin-password="$PASSWORD" \
    --northstar.themes.debounce=PT10M > "$DATA/server.log" 2>&1 &
  SERVER=$!
  until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do sleep 0.1; done
  # the server's CPU time (user + system, all threads) over the import: less sensitive than the
  # wall clock to other work on the machine
  before=$(cpu "$SERVER")
  [ -n "${BENCH_THREADS:-}" ] && /tmp/importfast-threads.sh "$SERVER" > /tmp/importfast-th-before
  result=$(java bench/Bench.java "http://localhost:$PORT" "$EMAIL" "$PASSWORD" "$NOTES" import | grep -o '[0-9]* rows/s ([0-9.]* s)')
  after=$(cpu "$SERVER")
  [ -n "${BENCH_THREADS:-}" ] && /tmp/importfast-threads.sh "$SERVER" > /tmp/importfast-th-after && python3 /tmp/importfast-diff.py /tmp/importfast-th-before /tmp/importfast-th-after
  echo "run $run: $result, server cpu $(( (after - before) * 1000 / $(getconf CLK_TCK) )) ms" \
    "| $(grep -o 'parsed and saved.*' "$DATA/server.log" | head -1)"
  # BENCH_JFR=/tmp/x profiles each run into /tmp/x-<run>.jfr
  [ -n "${BENCH_JFR:-}" ] && jcmd "$SERVER" JFR.dump name=import filename="$BENCH_JFR-$run.jfr" > /dev/null
  kill "$SERVER"; wait "$SERVER" || true
  SERVER=""
  rm -rf "$DATA"; DATA=""
done
