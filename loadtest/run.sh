#!/usr/bin/env bash
# Runs the load test end to end on this machine: starts cinplan with the run command (server-config/run.sh), waits
# until it answers, runs a Gatling simulation against it, prints each request's figures, then stops the server.
# All of it holds the Payara lock (/tmp/cinplan-payara.lock), so it never overlaps the tests or another server.
#
#   loadtest/run.sh                                   50 sessions for 5 minutes on fresh demo data
#   loadtest/run.sh -Dsessions=20 -Dduration=60       shorter runs while working
#   LOADTEST_JFR=1 loadtest/run.sh ...                also records a JDK Flight Recorder file of the server
#   LOADTEST_DATA_DIR=data loadtest/run.sh ...        use (and keep) another database, e.g. the big council's
#
# Other arguments go to Maven (and so to the simulation as system properties). The report is written to
# loadtest/target/gatling/<run>/index.html.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lock=/tmp/cinplan-payara.lock
if [[ -z ${CINPLAN_LOADTEST_LOCKED:-} ]]; then
  exec env CINPLAN_LOADTEST_LOCKED=1 flock "$lock" "$0" "$@"
fi

data_dir=${LOADTEST_DATA_DIR:-$root/loadtest/target/data}
if [[ -z ${LOADTEST_DATA_DIR:-} ]]; then
  rm -rf "$data_dir"   # fresh demo data: every default run starts from the same state
fi
mkdir -p "$root/loadtest/target"
server_log="$root/loadtest/target/run-command.log"
asadmin="$root/server-config/target/payara6/bin/asadmin"

payara_log="$root/server-config/target/payara6/glassfish/domains/domain1/logs/server.log"
started_ms=$(( $(date +%s) * 1000 ))
demo_loaded() {   # whether the server logged loading the demo data since this script started it
  grep -B1 "cinplan: demo data loaded" "$payara_log" 2>/dev/null | grep -o "timeMillis: [0-9]*" \
    | awk -v since="$started_ms" '$2 >= since { found = 1 } END { exit !found }'
}
CINPLAN_DATA_DIR="$data_dir" setsid "$root/server-config/run.sh" >"$server_log" 2>&1 &
run_pid=$!
stop() {
  "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
  kill -- -"$run_pid" 2>/dev/null || true   # the run command and the log tail it started
  wait "$run_pid" 2>/dev/null || true
}
trap stop EXIT
trap 'exit 143' INT TERM   # so a stopped load test still stops the server it started

for _ in $(seq 1 600); do
  if grep -q "cinplan is running" "$server_log"; then break; fi
  if ! kill -0 "$run_pid" 2>/dev/null; then echo "the run command stopped; see $server_log" >&2; exit 1; fi
  sleep 1
done
grep -q "cinplan is running" "$server_log" || { echo "cinplan did not start; see $server_log" >&2; exit 1; }
if [[ -z ${LOADTEST_DATA_DIR:-} ]]; then
  # The demo data loads a few seconds after the server answers: sessions signing in before it would all be refused.
  for _ in $(seq 1 300); do
    if demo_loaded; then break; fi
    sleep 1
  done
fi
if [[ ${CINPLAN_BIG_COUNCIL:-} == true ]]; then
  # The big council's dashboards are measured as managers find them after the start-up sweep (which computes, and
  # stores the on-time counts of, every case just loaded), not while it runs.
  for _ in $(seq 1 600); do
    if grep -q "cinplan: timer sweep:" "$server_log"; then break; fi
    sleep 1
  done
fi

if [[ -n ${LOADTEST_JFR:-} ]]; then
  pid=$(cat "$root/server-config/target/payara6/glassfish/domains/domain1/config/pid")
  jcmd "$pid" JFR.start name=loadtest settings=profile filename="$root/loadtest/target/server.jfr" >/dev/null
  echo "loadtest: recording the server with JDK Flight Recorder into loadtest/target/server.jfr"
fi

server_cpu_ms() {   # the server's CPU time so far (user and system), from /proc
  local fields
  read -ra fields < <(cut -d')' -f2 "/proc/$(cat "$root/server-config/target/payara6/glassfish/domains/domain1/config/pid")/stat")
  echo $(( (fields[11] + fields[12]) * 1000 / $(getconf CLK_TCK) ))
}
cpu_before=$(server_cpu_ms)
status=0
mvn -B -f "$root/pom.xml" -Pload -pl loadtest gatling:test "$@" || status=$?
cpu_used=$(( $(server_cpu_ms) - cpu_before ))

if [[ -n ${LOADTEST_JFR:-} ]]; then
  jcmd "$pid" JFR.stop name=loadtest >/dev/null || true
fi
report=$(ls -dt "$root"/loadtest/target/gatling/*/ 2>/dev/null | head -1)
if [[ -n $report ]]; then
  python3 "$root/loadtest/summary.py" "$report"
  requests=$(python3 "$root/loadtest/summary.py" "$report" | awk '$1 == "All" {print $3}')
  if [[ -n $requests && $requests -gt 0 ]]; then
    echo "server CPU: $((cpu_used / 1000)) s for $requests requests, $((cpu_used / requests)) ms a request (sign-ins included)"
  fi
fi
exit $status
