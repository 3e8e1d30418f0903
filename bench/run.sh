#!/usr/bin/env bash
# Runs Northstar's benchmarks and writes bench/RESULTS.md.
#   bench/run.sh [notes]        (default 100000)
# Discovery (import, search, similar notes, themes, inbox page, start-up), then ranking
# (bench/ranking.sh) and the plan optimizer (bench/planner.sh); about 20 minutes on 2 cores.
# Builds the jar, starts it on a fresh data directory, measures start-up to healthy, runs
# bench/Bench.java against it, restarts it on the full data directory and measures start-up again.
set -euo pipefail
cd "$(dirname "$0")/.."
NOTES="${1:-100000}"
PORT="${BENCH_PORT:-8181}"
DATA="$(mktemp -d /tmp/northstar-bench-XXXX)"
EMAIL=bench@example.test
PASSWORD=bench-password-123

if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"
./mvnw -q -B -DskipTests package

SERVER=""
STARTUP_MS=0
start() {
  local t0 t1
  t0=$(date +%s%N)
  java --enable-native-access=ALL-UNNAMED -jar target/northstar.jar --server.port="$PORT" --northstar.data-dir="$DATA" --northstar.demo=false \
    --northstar.bootstrap.admin-email="$EMAIL" --northstar.bootstrap.admin-password="$PASSWORD" \
    --northstar.themes.debounce=PT10M > "$DATA/server.log" 2>&1 &
  SERVER=$!
  until curl -sf "http://localhost:$PORT/actuator/health" > /dev/null; do sleep 0.1; done
  t1=$(date +%s%N)
  STARTUP_MS=$(( (t1 - t0) / 1000000 ))
}
stop() { kill "$SERVER"; wait "$SERVER" || true; }
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null || true' EXIT

start
COLD=$STARTUP_MS
OUT=$(java bench/Bench.java "http://localhost:$PORT" "$EMAIL" "$PASSWORD" "$NOTES" | tee /dev/stderr)
stop
start
WARM=$STARTUP_MS
stop

{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh $NOTES\` on $(date -u +%Y-%m-%d)."
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB memory, $(uname -sr);"
  echo "Java: $(java -version 2>&1 | head -1). Server and benchmark client on the same machine, over loopback; H2 embedded database."
  echo
  echo "$OUT" | sed -n '/^| measure/,$p'
  echo "| Start-up to healthy, empty data directory | ${COLD} ms | ≤ 8 s |"
  echo "| Start-up to healthy, with $NOTES notes | ${WARM} ms | ≤ 8 s |"
  echo
  echo "Latencies are measured by the client around each HTTP request, one request at a time, so they include"
  echo "the loopback round trip; p95 is the 95th percentile of the requests listed. They are measured after the"
  echo "embeddings are in and the themes computed (on request, timed above); the server runs with the background"
  echo "theme computation pushed back (northstar.themes.debounce=PT10M) so it does not fall into the measuring window."
} > bench/RESULTS.md
rm -rf "$DATA"

# planning: ranking 10k features in every framework, and the plan optimizer against its bounds and the exact optimum
bash bench/ranking.sh > /dev/null
bash bench/planner.sh > /dev/null
{
  echo
  sed -e 's/^# Ranking benchmark/## Ranking features/' bench/RESULTS-ranking.md
  echo
  cat bench/planner-results.md
} >> bench/RESULTS.md
rm -f bench/RESULTS-ranking.md bench/planner-results.md
echo "Wrote bench/RESULTS.md"
