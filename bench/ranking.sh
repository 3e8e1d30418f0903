#!/usr/bin/env bash
# Ranking 10,000 features in every framework; writes bench/RESULTS-ranking.md.
#   bench/ranking.sh [features]      (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH"
./mvnw -o -q test -Dtest=RankingBench -Dsurefire.failIfNoSpecifiedTests=false -Dbench.features="${1:-10000}"
cat bench/RESULTS-ranking.md
