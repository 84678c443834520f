#!/usr/bin/env bash
# Applies server-config/domain.asadmin to a Payara installation, once per change of configuration.
# Usage: configure.sh [--no-applications] PAYARA_HOME DATA_DIR [EXTRA_JVM_OPTION ...]
#   --no-applications  start from the unpacked domain again if an application is still deployed in it
#                      (for the test server: a test run that was cut off can leave one behind)
# The database is embedded Derby in DATA_DIR, unless these name a PostgreSQL database:
#   CINPLAN_DATABASE_URL       e.g. jdbc:postgresql://localhost:5432/cinplan
#   CINPLAN_DATABASE_USER, CINPLAN_DATABASE_PASSWORD
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

# asadmin reads ':' as the separator of a pool's properties (and of JVM options) unless escaped, and multimode reads
# a backslash as an escape of its own: '\\:' in the file.
asadmin_escaped() { local value=$1; echo "${value//:/\\\\:}"; }
database_url=${CINPLAN_DATABASE_URL:-}
if [[ -z $database_url ]]; then
  datasource_class=org.apache.derby.jdbc.EmbeddedDataSource
  datasource_properties="databaseName=$data_dir/derby:createDatabase=create"
elif [[ $database_url == jdbc:postgresql:* ]]; then
  datasource_class=org.postgresql.ds.PGSimpleDataSource
  datasource_properties="url=$(asadmin_escaped "$database_url"):user=$(asadmin_escaped "${CINPLAN_DATABASE_USER:-}")"
  datasource_properties+=":password=$(asadmin_escaped "${CINPLAN_DATABASE_PASSWORD:-}")"
else
  echo "cinplan: CINPLAN_DATABASE_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://...), not $database_url" >&2
  exit 1
fi

wanted=$( (cat "$here/domain.asadmin" "$here/configure.sh"; echo "$data_dir $datasource_class $datasource_properties ${extra_options[*]}") \
  | sha256sum | cut -d' ' -f1)
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
echo "$template" | grep -v '^\s*#' | grep -v '^\s*$' > "$commands"
for option in "${extra_options[@]}"; do
  echo "create-jvm-options $(asadmin_escaped "$option")" >> "$commands"
done

echo "cinplan: configuring Payara at $payara_home (data in ${database_url:-$data_dir})"
"$asadmin" start-domain domain1 >/dev/null
status=0
"$asadmin" multimode --file "$commands" || status=$?
# multimode goes on after a command fails; a pool that reaches its database shows the data source is right.
reached=true
"$asadmin" ping-connection-pool cinplanPool >/dev/null || reached=false
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
