#!/usr/bin/env bash
# Applies server-config/domain.asadmin to a Payara installation, once per change of configuration.
# Usage: configure.sh [--no-applications] PAYARA_HOME DATA_DIR [EXTRA_JVM_OPTION ...]
#   --no-applications  start from the unpacked domain again if an application is still deployed in it
#                      (for the test server: a test run that was cut off can leave one behind)
# The database is embedded Derby in DATA_DIR, unless these name a PostgreSQL database:
#   CINPLAN_DATABASE_URL       e.g. jdbc:postgresql://localhost:5432/cinplan
#   CINPLAN_DATABASE_USER, CINPLAN_DATABASE_PASSWORD              the application's role (no schema rights)
#   CINPLAN_DATABASE_OWNER_USER, CINPLAN_DATABASE_OWNER_PASSWORD  the role that owns the schema and runs the
#                              migrations (README, "PostgreSQL"); without them the application's role does both
# On Derby the database runs with SQL authorization: the migrations run as the owner APP, the application as
# CINPLAN_APP, which may only read and add to the audit trail; both get new random passwords at every configure.
#   CINPLAN_MODE=production    HTTPS only (plain HTTP redirected, HSTS), admin console password and secure admin
# Email goes through the mail session mail/cinplan (README, "Email"):
#   CINPLAN_MAIL_HOST, CINPLAN_MAIL_PORT  the SMTP server (default localhost and, in dev, 3025: the run command's and
#                              the tests' GreenMail; in production 25)
#   CINPLAN_MAIL_TLS           none, starttls (required) or ssl (default: none in dev, starttls in production)
#   CINPLAN_MAIL_FROM          the sender's address (default cinplan@localhost)
#   CINPLAN_MAIL_USER, CINPLAN_MAIL_PASSWORD  when the SMTP server asks for a sign-in (the password goes into the
#                              password alias cinplan-mail-password)
#   CINPLAN_PUBLIC_URL         the address people open cinplan at, for links in emails (default
#                              http://localhost:8080/cinplan/, in production https://localhost:8181/cinplan/)
#   CINPLAN_SECRETS_DIR        where the audit chain's key (and in production the admin password) are kept, readable
#                              by root only (default DATA_DIR/secrets; keep it when moving the data)
set -euo pipefail
no_applications=false
if [[ ${1:-} == --no-applications ]]; then
  no_applications=true
  shift
fi
payara_home=$(cd "$1" && pwd)
mkdir -p "$2"
data_dir=$(cd "$2" && pwd)
shift 2
extra_options=("$@")
here=$(cd "$(dirname "$0")" && pwd)
asadmin="$payara_home/bin/asadmin"
marker="$payara_home/.cinplan-configured"
mode=${CINPLAN_MODE:-dev}
if [[ $mode != dev && $mode != production ]]; then
  echo "cinplan: CINPLAN_MODE is dev or production, not $mode" >&2
  exit 1
fi

# Secrets that must outlive a reconfigured server: the audit chain's HMAC key (entries keyed with a lost key no
# longer check out) and the admin console password. Made once, random, readable by root only.
secrets_dir=${CINPLAN_SECRETS_DIR:-$data_dir/secrets}
mkdir -p "$secrets_dir"
chmod 700 "$secrets_dir"
secret() { # secret FILE [BYTES]: prints the secret kept in FILE, making a random one first if there is none
  local file="$secrets_dir/$1" bytes=${2:-48}
  if [[ ! -s $file ]]; then
    (umask 077 && head -c "$bytes" /dev/urandom | base64 | tr -d '/+=\n' > "$file")
  fi
  cat "$file"
}
random_password() { head -c 24 /dev/urandom | base64 | tr -d '/+=\n'; }
audit_key=$(secret audit-key)

# asadmin reads ':' as the separator of a pool's properties (and of JVM options) unless escaped, and multimode reads
# a backslash as an escape of its own: '\\:' in the file.
asadmin_escaped() { local value=$1; echo "${value//:/\\\\:}"; }
# Passwords reach the pools through password aliases (${ALIAS=...}), never as text in domain.xml.
database_url=${CINPLAN_DATABASE_URL:-}
declare -A aliases=()
if [[ -z $database_url ]]; then
  datasource_class=org.apache.derby.jdbc.EmbeddedDataSource
  # Derby's own users (BUILTIN), given to Derby as system properties; the owner creates the database.
  aliases[cinplan-db-owner-password]=$(random_password)
  aliases[cinplan-db-app-password]=$(random_password)
  app_user=CINPLAN_APP
  owner_properties="databaseName=$data_dir/derby:createDatabase=create:user=APP:password=\${ALIAS=cinplan-db-owner-password}"
  datasource_properties="databaseName=$data_dir/derby:user=$app_user:password=\${ALIAS=cinplan-db-app-password}"
  database_jvm_options="create-jvm-options -Dderby.connection.requireAuthentication=true
create-jvm-options -Dderby.authentication.provider=BUILTIN
create-jvm-options -Dderby.database.sqlAuthorization=true
create-jvm-options -Dderby.user.APP=\${ALIAS=cinplan-db-owner-password}
create-jvm-options -Dderby.user.$app_user=\${ALIAS=cinplan-db-app-password}"
  # The application's connections find the owner's tables (Derby's default schema is the user's own).
  init_sql="SET SCHEMA APP"
elif [[ $database_url == jdbc:postgresql:* ]]; then
  datasource_class=org.postgresql.ds.PGSimpleDataSource
  app_user=${CINPLAN_DATABASE_USER:-}
  owner_user=${CINPLAN_DATABASE_OWNER_USER:-$app_user}
  aliases[cinplan-db-app-password]=${CINPLAN_DATABASE_PASSWORD:-}
  aliases[cinplan-db-owner-password]=${CINPLAN_DATABASE_OWNER_PASSWORD:-${CINPLAN_DATABASE_PASSWORD:-}}
  url_property="url=$(asadmin_escaped "$database_url")"
  owner_properties="$url_property:user=$(asadmin_escaped "$owner_user"):password=\${ALIAS=cinplan-db-owner-password}"
  datasource_properties="$url_property:user=$(asadmin_escaped "$app_user"):password=\${ALIAS=cinplan-db-app-password}"
  database_jvm_options=""
  init_sql=""
else
  echo "cinplan: CINPLAN_DATABASE_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://...), not $database_url" >&2
  exit 1
fi

# Mail session properties (Jakarta Mail's own names), separated by ':'.
mail_host=${CINPLAN_MAIL_HOST:-localhost}
if [[ $mode == production ]]; then
  mail_port=${CINPLAN_MAIL_PORT:-25}
  mail_tls=${CINPLAN_MAIL_TLS:-starttls}
  public_url=${CINPLAN_PUBLIC_URL:-https://localhost:8181/cinplan/}
else
  mail_port=${CINPLAN_MAIL_PORT:-3025}
  mail_tls=${CINPLAN_MAIL_TLS:-none}
  public_url=${CINPLAN_PUBLIC_URL:-http://localhost:8080/cinplan/}
fi
mail_from=${CINPLAN_MAIL_FROM:-cinplan@localhost}
mail_user=${CINPLAN_MAIL_USER:-cinplan}
# Time-outs, so a mail server that hangs holds a sender for seconds, never the application.
mail_properties="mail.smtp.port=$mail_port:mail.smtp.connectiontimeout=10000:mail.smtp.timeout=10000"
mail_properties+=":mail.smtp.writetimeout=10000"
case $mail_tls in
  none) ;;
  starttls) mail_properties+=":mail.smtp.starttls.enable=true:mail.smtp.starttls.required=true" ;;
  ssl) mail_properties+=":mail.smtp.ssl.enable=true" ;;
  *) echo "cinplan: CINPLAN_MAIL_TLS is none, starttls or ssl, not $mail_tls" >&2; exit 1 ;;
esac
if [[ -n ${CINPLAN_MAIL_USER:-} ]]; then
  aliases[cinplan-mail-password]=${CINPLAN_MAIL_PASSWORD:-}
  mail_properties+=":mail.smtp.auth=true:mail.smtp.user=$(asadmin_escaped "$mail_user")"
  mail_properties+=":mail.smtp.password=\${ALIAS=cinplan-mail-password}"
fi

wanted=$( (cat "$here/domain.asadmin" "$here/configure.sh"; echo "$data_dir $datasource_class $datasource_properties"
  echo "$mail_host $mail_port $mail_tls $mail_from ${CINPLAN_MAIL_USER:-} ${CINPLAN_MAIL_PASSWORD:-} $public_url"
  echo "$owner_properties $mode ${extra_options[*]} ${CINPLAN_DATABASE_PASSWORD:-} ${CINPLAN_DATABASE_OWNER_PASSWORD:-}"
  echo "$audit_key") | sha256sum | cut -d' ' -f1)
domain_xml="$payara_home/glassfish/domains/domain1/config/domain.xml"
if [[ $no_applications == true && -f "$marker" ]] && grep -q '<application ' "$domain_xml"; then
  echo "cinplan: an application was left deployed in the test server; configuring it afresh"
  rm -f "$marker"
fi
if [[ -f "$marker" && "$(cat "$marker")" == "$wanted" ]]; then
  echo "cinplan: Payara at $payara_home already configured (data in $data_dir)"
  exit 0
fi

chmod +x "$payara_home"/bin/* "$payara_home"/glassfish/bin/* 2>/dev/null || true
# Configure from the domain as unpacked, so a changed configuration never meets an old one.
domains="$payara_home/glassfish/domains"
if [[ -d "$domains/.domain1-pristine" ]]; then
  rm -rf "$domains/domain1" && cp -a "$domains/.domain1-pristine" "$domains/domain1"
else
  cp -a "$domains/domain1" "$domains/.domain1-pristine"
fi
commands=$(mktemp)
trap 'rm -f "$commands"' EXIT
template=$(<"$here/domain.asadmin")
template=${template//@DATA_DIR@/"$data_dir"}
template=${template//@DATASOURCE_CLASS@/"$datasource_class"}
template=${template//@DATASOURCE_PROPERTIES@/"$datasource_properties"}
template=${template//@OWNER_DATASOURCE_PROPERTIES@/"$owner_properties"}
template=${template//@DATABASE_JVM_OPTIONS@/"$database_jvm_options"}
template=${template//@APP_USER@/"$app_user"}
template=${template//@MAIL_HOST@/"$mail_host"}
template=${template//@MAIL_USER@/"$mail_user"}
template=${template//@MAIL_FROM@/"$mail_from"}
template=${template//@MAIL_PROPERTIES@/"$mail_properties"}
template=${template//@PUBLIC_URL@/"$(asadmin_escaped "$public_url")"}
if [[ -n $init_sql ]]; then
  template=${template//@POOL_OPTIONS@/"--initsql \"$init_sql\""}
else
  template=${template//@POOL_OPTIONS@/}
fi
echo "$template" | grep -v '^\s*#' | grep -v '^\s*$' > "$commands"
if [[ $mode == production ]]; then
  grep -v '^\s*#' "$here/production.asadmin" | grep -v '^\s*$' >> "$commands"
fi
for option in "${extra_options[@]}"; do
  echo "create-jvm-options $(asadmin_escaped "$option")" >> "$commands"
done

echo "cinplan: configuring Payara at $payara_home (data in ${database_url:-$data_dir})"
if [[ -z $database_url && -f "$data_dir/derby/service.properties" ]]; then
  # A Derby database made before SQL authorization: its owner APP switches it on for good (from its next boot).
  derby_classpath=$(printf '%s:' "$payara_home"/glassfish/domains/domain1/lib/derby*.jar)
  echo "connect 'jdbc:derby:$data_dir/derby;user=APP;password=${aliases[cinplan-db-owner-password]}';
call syscs_util.syscs_set_database_property('derby.database.sqlAuthorization', 'true');" \
    | java -Dderby.connection.requireAuthentication=true -Dderby.authentication.provider=BUILTIN \
      "-Dderby.user.APP=${aliases[cinplan-db-owner-password]}" -Dderby.stream.error.file=/dev/null \
      -cp "$derby_classpath" org.apache.derby.tools.ij > "$commands.ij" 2>&1
  if grep -q 'ERROR' "$commands.ij"; then
    echo "cinplan: could not switch on SQL authorization in the Derby database in $data_dir/derby:" >&2
    cat "$commands.ij" >&2
    rm -f "$commands.ij"
    exit 1
  fi
  rm -f "$commands.ij"
fi
"$asadmin" start-domain domain1 >/dev/null
status=0
alias_file=$(mktemp)
trap 'rm -f "$commands" "$alias_file"' EXIT
aliases[cinplan-audit-key]=$audit_key
for alias in "${!aliases[@]}"; do
  echo "AS_ADMIN_ALIASPASSWORD=${aliases[$alias]}" > "$alias_file"
  "$asadmin" --passwordfile "$alias_file" create-password-alias "$alias" >/dev/null || status=$?
done
"$asadmin" multimode --file "$commands" || status=$?
# The password aliases in the JVM options take effect at the next start; pools are pinged after it. The owner's
# pool goes first: on Derby it creates the database, which makes the owner the database owner.
if ! "$asadmin" restart-domain domain1 >/dev/null; then
  "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
  echo "cinplan: the configured server did not restart; see $payara_home/glassfish/domains/domain1/logs/server.log" >&2
  exit 1
fi
# multimode goes on after a command fails; pools that reach their database show the data sources are right.
reached=true
"$asadmin" ping-connection-pool cinplanOwnerPool >/dev/null || reached=false
"$asadmin" ping-connection-pool cinplanPool >/dev/null || reached=false
if [[ $mode == production && $status -eq 0 ]]; then
  # At most 32 characters: asadmin wraps a Basic authorization header longer than 76 characters onto a second
  # line, which the DAS refuses ("HTTP connection failed with code 400"), so a longer password locks asadmin out.
  # The domain is configured from the unpacked one (no admin password), so a longer one left by an earlier
  # configure is simply replaced.
  if [[ -f $secrets_dir/admin-password && $(wc -c < "$secrets_dir/admin-password") -gt 32 ]]; then
    rm -f "$secrets_dir/admin-password"
  fi
  admin_password=$(secret admin-password 24)
  echo "AS_ADMIN_PASSWORD=" > "$alias_file"
  echo "AS_ADMIN_NEWPASSWORD=$admin_password" >> "$alias_file"
  "$asadmin" --user admin --passwordfile "$alias_file" change-admin-password >/dev/null || status=$?
  echo "AS_ADMIN_PASSWORD=$admin_password" > "$alias_file"
  "$asadmin" --user admin --passwordfile "$alias_file" enable-secure-admin >/dev/null || status=$?
  echo "cinplan: production mode: admin console at https://localhost:4848 as admin; the password is in" \
    "$secrets_dir/admin-password (readable by root only: cat it as root)"
fi
"$asadmin" stop-domain domain1 >/dev/null
if [[ $status -ne 0 ]]; then
  echo "cinplan: configuring Payara failed (asadmin exit $status); a fresh unpack is needed: rm -rf $payara_home" >&2
  exit $status
fi
if [[ $reached != true ]]; then
  echo "cinplan: the cinplanPool cannot reach its database (${database_url:-$data_dir}); see the asadmin output above" >&2
  exit 1
fi
echo "$wanted" > "$marker"
