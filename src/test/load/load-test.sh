#!/usr/bin/env bash
# Load test of POST /api/v1/ask over loopback with wrk (Debian package), 64 concurrent clients,
# against the packaged service started with -Xmx256m; then the same server's actuator health as the
# ceiling. Bounded in time; talks only to 127.0.0.1.
#   usage: src/test/load/load-test.sh [seconds]   (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-20}
port=18089
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
jar=$(ls target/assistant-*.jar | head -n1)

bodies=$(mktemp)
trap 'rm -f "$bodies"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true' EXIT
for set in dev-questions own-questions; do
  tail -n +2 "src/test/resources/eval/$set.tsv" | awk -F'\t' '{ q=$5; gsub(/\\/, "\\\\", q); gsub(/"/, "\\\"", q); printf "{\"text\": \"%s\"}\n", q }'
done > "$bodies"

"$java" -Xmx256m -jar "$jar" --server.port=$port --management.server.port=0 --logging.level.root=WARN --assistant.web.ask-per-minute=0 > target/load-test-server.log 2>&1 &
pid=$!
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done

echo "== warm-up"
wrk -t2 -c64 -d60s -s src/test/load/ask.lua "http://127.0.0.1:$port" -- "$bodies" >/dev/null
echo "== POST /api/v1/ask, 64 clients, ${seconds}s"
wrk -t2 -c64 -d"${seconds}s" --latency -s src/test/load/ask.lua "http://127.0.0.1:$port" -- "$bodies" | grep -E "Requests/sec|errors|latency p|Non-2xx|Socket"
echo "== GET /livez (ceiling), 64 clients, ${seconds}s"
wrk -t2 -c64 -d"${seconds}s" -s src/test/load/health.lua "http://127.0.0.1:$port/livez" | grep -E "Requests/sec|errors|latency p|Non-2xx|Socket"
echo "== heap after the run"
"${java%/java}/jcmd" "$pid" GC.heap_info 2>/dev/null | head -n 3 || true
