#!/usr/bin/env bash
# Proves the production mode on a real server, as an administrator following the README meets it: runs
# `CINPLAN_MODE=production CINPLAN_FIRST_ADMIN=jo.admin server-config/run.sh` on a throwaway database
# (server-config/target/production-check), answers its password prompt, probes the running server, stops it as Ctrl-C
# would, then starts it again on the same database holding a demo login, which must be refused.
# Prints one line per probe and exits 1 if any failed. Takes about 5 minutes.
# Starts Payara: run it under the Payara lock when others share the machine, and with nothing on ports 8080/4848.
# Leaves the run server (server-config/target/payara6) configured for production on the throwaway database; the next
# run.sh configures it afresh for its own settings.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work="$root/server-config/target/production-check"
data_dir="$work/data"
payara_home="$root/server-config/target/payara6"
asadmin="$payara_home/bin/asadmin"
domain="$payara_home/glassfish/domains/domain1"
https=https://localhost:8181/cinplan
first_admin=jo.admin
# The chosen password: random, so finding it anywhere it must not be is meaningful.
first_password="Check-$(head -c 12 /dev/urandom | base64 | tr -d '/+=\n')"
new_password="Changed-$(head -c 12 /dev/urandom | base64 | tr -d '/+=\n')"

rm -rf "$work"
mkdir -p "$work"
failures=0
pass() { echo "ok   - $1"; }
fail() { echo "FAIL - $1" >&2; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...: passes when the command succeeds
  local description=$1
  shift
  if "$@"; then pass "$description"; else fail "$description"; fi
}

run_pid=""
start_run() { # start_run CONSOLE_FILE [FIRST_ADMIN]: run.sh in production mode in its own process group, as from a
  # terminal, typing the first administrator's password twice when asked; fails if it ends before the server runs
  printf '%s\n%s\n' "$first_password" "$first_password" \
    | CINPLAN_DATA_DIR="$data_dir" CINPLAN_MODE=production CINPLAN_FIRST_ADMIN=${2:-} \
      setsid "$root/server-config/run.sh" > "$1" 2>&1 &
  run_pid=$!
  for _ in $(seq 1 900); do
    if ! kill -0 "$run_pid" 2>/dev/null; then
      local ended=0
      wait "$run_pid" || ended=$?
      run_pid=""
      return $((ended == 0 ? 1 : ended))
    fi
    grep -q 'Press Ctrl-C' "$1" && return 0
    sleep 1
  done
  return 1
}
stop_run() { # as Ctrl-C: run.sh handles SIGTERM alike (a script started in the background ignores SIGINT)
  if [[ -n $run_pid ]] && kill -0 "$run_pid" 2>/dev/null; then
    kill -TERM "$run_pid" 2>/dev/null || true
    wait "$run_pid" 2>/dev/null || true
  fi
  run_pid=""
}
trap 'stop_run; "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true; rm -f "$work/asadmin-password"' EXIT

status() { curl -k -s -o /dev/null -w '%{http_code}' "$@"; }
header() { # header NAME URL [CURL_OPTION...]: the value of a response header
  local name=$1 url=$2
  shift 2
  curl -k -s -o /dev/null -D - "$@" "$url" | tr -d '\r' | grep -i "^$name:" | head -1 | cut -d' ' -f2- || true
}
view_state() { grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//' || true; }
# The page's script nonce, which PrimeFaces sends with a postback (a postback without it is refused as forged, 400).
script_nonce() { grep -o '<script[^>]*nonce="[^"]*"' "$1" | head -1 | sed 's/.*nonce="//; s/"$//' || true; }
jar="$work/cookies"
page() { curl -k -s -b "$jar" -c "$jar" -o "$work/page.html" -D "$work/page.headers" "$https/$1"; }
post() { # post PAGE FIELD=VALUE...: a postback of PAGE's form with its ViewState; no redirects followed
  local target=$1
  shift
  page "$target"
  local fields=(--data-urlencode "jakarta.faces.ViewState=$(view_state "$work/page.html")"
    --data-urlencode "primefaces.nonce=$(script_nonce "$work/page.html")")
  for field in "$@"; do fields+=(--data-urlencode "$field"); done
  curl -k -s -b "$jar" -c "$jar" -o "$work/page.html" -D "$work/page.headers" "${fields[@]}" "$https/$target"
}
answer() { tr -d '\r' < "$work/page.headers" | awk 'NR == 1 { print $2 }'; }
location() { tr -d '\r' < "$work/page.headers" | grep -i '^location:' | cut -d' ' -f2- || true; }

echo "cinplan: production check: configuring and starting the production server (a few minutes)..."
if ! start_run "$work/console-1.txt" $first_admin; then
  cat "$work/console-1.txt" >&2
  echo "FAIL - run.sh in production mode did not get the server running (console above)" >&2
  exit 1
fi
pass "CINPLAN_MODE=production run.sh configured Payara and serves cinplan at $https/"

# Transport
check "plain HTTP is redirected to HTTPS (301 to https://localhost:8181/cinplan/login.xhtml)" \
  test "$(status http://localhost:8080/cinplan/login.xhtml)|$(header Location http://localhost:8080/cinplan/login.xhtml)" \
  == "301|https://localhost:8181/cinplan/login.xhtml"
check "HTTPS responses carry Strict-Transport-Security" \
  test "$(header Strict-Transport-Security "$https/login.xhtml")" == "max-age=31536000; includeSubDomains"
cookie=$(header Set-Cookie "$https/login.xhtml")
check "the session cookie is Secure, HttpOnly and SameSite=Strict ($cookie)" \
  bash -c '[[ $1 == JSESSIONID=* && $1 == *"; Secure"* && $1 == *"; HttpOnly"* && ${1,,} == *"samesite=strict"* ]]' _ "$cookie"

# Administration
check "asadmin without the admin password is refused" \
  bash -c '! "$1" list-jvm-options </dev/null >/dev/null 2>&1' _ "$asadmin"
(umask 077 && echo "AS_ADMIN_PASSWORD=$(cat "$data_dir/secrets/admin-password")" > "$work/asadmin-password")
check "asadmin with the password chosen at configure time (data/secrets/admin-password) works" \
  bash -c '"$1" --user admin --passwordfile "$2" list-jvm-options >/dev/null' _ "$asadmin" "$work/asadmin-password"
check "secure admin is on" test "$("$asadmin" --user admin --passwordfile "$work/asadmin-password" \
  get secure-admin.enabled 2>/dev/null | head -1)" == "secure-admin.enabled=true"
check "the admin console's REST interface refuses a caller without the password (401)" \
  test "$(status https://localhost:4848/management/domain)" == 401
rm -f "$work/asadmin-password"
pools=$(awk '/<jdbc-connection-pool .*name="cinplan/,/<\/jdbc-connection-pool>/' "$domain/config/domain.xml")
check "domain.xml: both cinplan pools take their database password from a password alias" \
  test "$(grep -c 'name="password" value="\${ALIAS=cinplan-db-[a-z]*-password}"' <<<"$pools")" == 2
check "domain.xml holds no other password value of the cinplan pools, nor a Derby user's password" \
  bash -c '! grep -i "name=\"password\"" <<<"$1" | grep -v "\${ALIAS=" && ! grep -- "-Dderby.user\.[A-Z_]*=[^$]" "$2"' \
  _ "$pools" "$domain/config/domain.xml"

# OpenAPI is switched off in production (README, "REST API")
check "OpenAPI is not served (/openapi answers neither 200 over HTTPS nor over HTTP)" \
  test "$(status https://localhost:8181/openapi)" != 200 -a "$(status http://localhost:8080/openapi)" != 200
check "the REST API refuses a caller who is not signed in" \
  test "$(status "$https/api/timescales?council=READING&rule=INITIAL_MEETING&start=2026-12-18")" != 200

# The first administrator
check "run.sh deleted the first administrator's password file once the server had read it" \
  test ! -e "$data_dir/.first-admin-password"
post login.xhtml signIn=signIn "signIn:username=$first_admin" "signIn:password=wrong-$first_password" signIn:submit=
check "a wrong password is refused ($(answer) $(location))" bash -c '[[ $1 == 200 || $2 == *login.xhtml* ]]' _ "$(answer)" "$(location)"
rm -f "$jar"
post login.xhtml signIn=signIn "signIn:username=$first_admin" "signIn:password=$first_password" signIn:submit=
check "$first_admin signs in with the password chosen at set-up ($(answer) to $(location))" \
  bash -c '[[ $1 == 302 && $2 != *login.xhtml* ]]' _ "$(answer)" "$(location)"
page admin-users.xhtml
check "$first_admin must change the password first: Users and teams sends them to password.xhtml" \
  bash -c '[[ $1 == 302 && $2 == */cinplan/password.xhtml* ]]' _ "$(answer)" "$(location)"
post password.xhtml password=password "password:current=$first_password" "password:newPassword=$new_password" \
  "password:confirmation=$new_password" password:change=
check "$first_admin changes the password on password.xhtml" \
  bash -c '[[ $1 == 302 && $2 == */cinplan/caseload.xhtml* ]]' _ "$(answer)" "$(location)"
page admin-users.xhtml
check "then Users and teams opens (200)" test "$(answer)" == 200

stop_run
check "Ctrl-C stopped the server and run.sh's log follower" \
  bash -c '! curl -s -o /dev/null --max-time 2 http://localhost:4848/ && ! pgrep -f "tail -n 0 -F $1" >/dev/null' \
  _ "$domain/logs/server.log"
for password in "$first_password" "$new_password"; do
  check "the password is in neither the console output, the server's logs nor the data and domain folders" \
    bash -c '! grep -rqF -- "$1" "$2" "$3/logs" "$3/config" "$4"' _ "$password" "$work/console-1.txt" "$domain" \
    "$data_dir"
done

# A database holding a demo login: renamed in the database as its owner (Derby's users are the JVM's to define).
owner_password=$(head -c 12 /dev/urandom | base64 | tr -d '/+=\n')
echo "connect 'jdbc:derby:$data_dir/derby;user=APP;password=$owner_password';
update staff_member set username = 'admin.demo' where username = '$first_admin';" \
  | java -Dderby.connection.requireAuthentication=true -Dderby.authentication.provider=BUILTIN \
    "-Dderby.user.APP=$owner_password" -Dderby.stream.error.file=/dev/null \
    -cp "$(printf '%s:' "$domain"/lib/derby*.jar)" org.apache.derby.tools.ij > "$work/ij.txt" 2>&1 || true
check "the first administrator is renamed admin.demo, a demo login" grep -q '1 row inserted/updated/deleted' "$work/ij.txt"
echo "cinplan: production check: starting again with a demo login in the database..."
refused=0
start_run "$work/console-2.txt" || refused=$?
check "run.sh stops with an error when the database holds a demo login" test "$refused" -ne 0
check "the console says the deployment failed" grep -q 'deployment failed' "$work/console-2.txt"
check "the server log says why: refusing to start in production mode ... demo logins ... (admin.demo)" \
  grep -q 'refusing to start in production mode (cinplan.mode=production): the database holds demo logins whose password is published (admin.demo)' \
  "$domain/logs/server.log"

if [[ $failures -gt 0 ]]; then
  echo "cinplan: production check: $failures probe(s) failed; console output and pages in $work" >&2
  exit 1
fi
echo "cinplan: production check: all probes passed"
