#!/usr/bin/env bash
# Builds cinplan and runs it on Payara Server 6 with embedded Derby, until Ctrl-C.
#   CINPLAN_DATA_DIR  where the database lives (default: ./data beside this checkout; survives mvn clean)
#   CINPLAN_DEMO_DATA false to start without demo data (demo data only ever loads into an empty database)
#   CINPLAN_BIG_COUNCIL true to load, once, a synthetic council of 5,000 cases beside the demo data (README, "Performance")
#   CINPLAN_FIRST_ADMIN with CINPLAN_DEMO_DATA=false, on a database with no staff: the username of the first
#                     administrator; the password is asked for here (never shown, never logged) and must be changed
#                     at first sign-in (README, "First administrator")
#   CINPLAN_DATABASE_URL (with CINPLAN_DATABASE_USER, CINPLAN_DATABASE_PASSWORD) a PostgreSQL database to use
#                     instead of Derby, e.g. jdbc:postgresql://localhost:5432/cinplan (see configure.sh)
#   CINPLAN_MODE      production for HTTPS only at https://localhost:8181 (see configure.sh; default dev)
#   CINPLAN_MAIL_HOST with the other CINPLAN_MAIL_ settings of configure.sh: a real SMTP server; without it (and not
#                     in production mode) the run command starts GreenMail, a local mail catcher, on localhost:3025
#                     that keeps every email cinplan sends (README, "Email")
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data_dir=${CINPLAN_DATA_DIR:-$root/data}
payara_home="$root/server-config/target/payara6"
asadmin="$payara_home/bin/asadmin"
if [[ ${CINPLAN_MODE:-dev} == production ]]; then
  url="https://localhost:8181/cinplan/"
else
  url="http://localhost:8080/cinplan/"
fi

if curl -s -o /dev/null --max-time 2 http://localhost:8080/ || curl -s -o /dev/null --max-time 2 http://localhost:4848/; then
  echo "cinplan: something is already listening on port 8080 or 4848 (another Payara, or the tests?). Stop it first." >&2
  exit 1
fi

# Asked before the build, which may read the terminal's input (and takes minutes).
first_password=""
if [[ -n ${CINPLAN_FIRST_ADMIN:-} && -z ${CINPLAN_FIRST_ADMIN_PASSWORD_FILE:-} ]]; then
  read -r -s -p "cinplan: choose a password for the first administrator $CINPLAN_FIRST_ADMIN (at least 12 characters): " first_password
  echo
  read -r -s -p "cinplan: the same password again: " first_password_again
  echo
  if [[ $first_password != "$first_password_again" ]]; then
    echo "cinplan: the two passwords are not the same; nothing was set up" >&2
    exit 1
  fi
  unset first_password_again
fi

echo "cinplan: building (Payara Server is fetched through Maven the first time)..."
mvn -B -q -f "$root/pom.xml" -Prun -DskipTests -Dcinplan.data.dir="$data_dir" package -pl ear,server-config -am </dev/null

follower=""
mail_catcher=""
stop_server() {
  if [[ -n $mail_catcher ]]; then
    kill "$mail_catcher" 2>/dev/null || true
  fi
  # The log follower runs in the background, where a script's children ignore Ctrl-C: end it here.
  if [[ -n $follower ]]; then
    kill "$follower" 2>/dev/null || true
  fi
  # A server that never got as far as reading the first administrator's password file leaves it: delete it.
  if [[ -n ${first_password_file:-} ]]; then
    rm -f "$first_password_file"
  fi
  echo
  echo "cinplan: stopping Payara..."
  "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
  echo "cinplan: stopped. Your data is kept in ${CINPLAN_DATABASE_URL:-$data_dir}"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

# Demo data unless told otherwise; never in production mode, where the server refuses to start with demo logins.
if [[ ${CINPLAN_MODE:-dev} == production ]]; then
  export CINPLAN_DEMO_DATA=false
else
  export CINPLAN_DEMO_DATA=${CINPLAN_DEMO_DATA:-true}
fi
if [[ -n $first_password ]]; then
  # The password goes to the server in a file only it and root can read; the server deletes it once read.
  mkdir -p "$data_dir"
  first_password_file="$data_dir/.first-admin-password"
  CINPLAN_FIRST_ADMIN_PASSWORD_FILE=$first_password_file
  (umask 077 && printf '%s' "$first_password" > "$CINPLAN_FIRST_ADMIN_PASSWORD_FILE")
  unset first_password
  export CINPLAN_FIRST_ADMIN CINPLAN_FIRST_ADMIN_PASSWORD_FILE
fi
# The autodeploy folder deploys the new EAR at start-up, replacing the one deployed last time.
autodeploy="$payara_home/glassfish/domains/domain1/autodeploy"
rm -f "$autodeploy"/cinplan.ear_*
cp "$root/ear/target/cinplan.ear" "$autodeploy/cinplan.ear"
if [[ -z ${CINPLAN_MAIL_HOST:-} && ${CINPLAN_MODE:-dev} != production ]]; then
  # GreenMail: SMTP on 3025 (the mail session's default), IMAP 3143 and POP3 3110 (any recipient's address as the
  # user, any password), and its API and web page on 8025. Its own process, ended when this script ends.
  java -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.setup.test.pop3 \
    -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled -Dgreenmail.api.port=8025 \
    -jar "$root/server-config/target/greenmail-standalone.jar" > "$root/server-config/target/greenmail.log" 2>&1 &
  mail_catcher=$!
fi
echo "cinplan: starting Payara Server and deploying cinplan.ear..."
"$asadmin" start-domain domain1 >/dev/null

ready=false
for _ in $(seq 1 180); do
  if [[ -f "$autodeploy/cinplan.ear_deployFailed" ]]; then
    echo "cinplan: deployment failed; see $payara_home/glassfish/domains/domain1/logs/server.log" >&2
    exit 1
  fi
  # -k: the server's own certificate until one is installed (README, "Production mode").
  if [[ $(curl -k -s -o /dev/null -w '%{http_code}' "${url}login.xhtml") == 200 ]]; then
    ready=true
    break
  fi
  sleep 1
done
if [[ $ready != true ]]; then
  echo "cinplan: not answering after 3 minutes; see $payara_home/glassfish/domains/domain1/logs/server.log" >&2
  exit 1
fi

cat <<INFO

  cinplan is running at ${url}
  Database: ${CINPLAN_DATABASE_URL:-embedded Derby in $data_dir}
INFO
if [[ $CINPLAN_DEMO_DATA == true ]]; then
  cat <<INFO

  Demo logins (password for all: cinplan-demo-2026):
    sw.demo        social worker (Reading; the demo caseload)
    csw.demo       consultant social worker
    pm.demo        practice manager
    tm.demo        team manager
    svm.demo       service manager
    fsp.demo       family support practitioner
    admin.demo     administrator
    auditor.demo   auditor
    sw.wokingham, sw.westberks, sw.suffolk   social workers of the other councils
    csw.suffolk    consultant social worker (Suffolk; agrees Suffolk's CIN plans)
INFO
else
  echo
  echo "  No demo data. A new database's first administrator: see README, 'A real installation'."
fi
if [[ -n $mail_catcher ]]; then
  cat <<INFO

  Email (invitations, digests, escalations) goes to GreenMail, a local mail catcher, never to anyone:
    web page and API  http://localhost:8025/  (a recipient's mail: http://localhost:8025/api/user/ADDRESS/messages/INBOX)
    IMAP localhost:3143, POP3 localhost:3110  (user: the recipient's address, any password)
INFO
fi
cat <<INFO

  Press Ctrl-C to stop.
INFO
# --pid: the log follower ends with this script even if it is not stopped by stop_server.
tail -n 0 -F --pid=$$ "$payara_home/glassfish/domains/domain1/logs/server.log" 2>/dev/null \
  > >(grep --line-buffered -E 'SEVERE|cinplan:') &
follower=$!
wait "$follower"
