#!/usr/bin/env bash
# Benchmarks the plan optimizer and writes bench/planner-results.md (a section for bench/RESULTS.md).
#   bench/planner.sh [small instances, default 200] [seconds per large instance, default 8] [seconds for a long reference run, default 60]
# Compiles main and test classes offline, then runs dev.northstar.roadmap.planner.PlannerBench on the test classpath.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"
./mvnw -o -q -B test-compile
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -o -q -B dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dlogback.configurationFile=bench/planner-logback.xml \
  -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  dev.northstar.roadmap.planner.PlannerBench "${1:-200}" "${2:-8}" bench/planner-results.md "${3:-60}"
