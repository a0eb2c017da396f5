#!/usr/bin/env bash
# Normal clients while slow ones hold request bodies open: 200 connections that never finish their
# body (SlowBodyClients, reconnecting whenever the server ends one), and meanwhile wrk asking over
# loopback with 64 clients (or as many as given) and checking health. Against the packaged service
# with -Xmx256m; bounded in time; talks only to 127.0.0.1.
#   usage: src/test/load/slow-clients-test.sh [seconds] [slow connections] [normal clients]   (after ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${1:-20}
slow=${2:-200}
clients=${3:-64}
port=18090
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
jar=$(ls target/assistant-*.jar | head -n1)

bodies=$(mktemp)
trap 'rm -f "$bodies"; [ -n "${slowpid:-}" ] && kill "$slowpid" 2>/dev/null; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true' EXIT
for set in dev-questions own-questions; do
  tail -n +2 "src/test/resources/eval/$set.tsv" | awk -F'\t' '{ q=$5; gsub(/\\/, "\\\\", q); gsub(/"/, "\\\"", q); printf "{\"text\": \"%s\"}\n", q }'
done > "$bodies"

"$java" -Xmx256m -jar "$jar" --server.port=$port --management.server.port=0 --logging.level.root=WARN --assistant.web.ask-per-minute=0 > target/slow-clients-server.log 2>&1 &
pid=$!
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done

echo "== warm-up"
wrk -t2 -c64 -d60s -s src/test/load/ask.lua "http://127.0.0.1:$port" -- "$bodies" >/dev/null
echo "== $slow slow-body connections held open"
"$java" -cp target/test-classes nl.workinnl.assistant.web.SlowBodyClients 127.0.0.1 $port "$slow" $((seconds * 2 + 15)) > target/slow-clients.log 2>&1 &
slowpid=$!
for _ in $(seq 1 100); do grep -q "^holding" target/slow-clients.log && break; sleep 0.1; done
cat target/slow-clients.log
echo "== POST /api/v1/ask, $clients clients, ${seconds}s, while they are held"
wrk -t2 -c"$clients" -d"${seconds}s" --latency -s src/test/load/ask.lua "http://127.0.0.1:$port" -- "$bodies" | grep -E "Requests/sec|errors|latency p|Non-2xx|Socket"
echo "== GET /livez, $clients clients, ${seconds}s, while they are held"
wrk -t2 -c"$clients" -d"${seconds}s" -s src/test/load/health.lua "http://127.0.0.1:$port/livez" | grep -E "Requests/sec|errors|latency p|Non-2xx|Socket"
wait "$slowpid" || true
slowpid=
tail -n 3 target/slow-clients.log
