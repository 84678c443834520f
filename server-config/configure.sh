#!/usr/bin/env bash
# Applies server-config/domain.asadmin to a Payara installation, once per change of configuration.
# Usage: configure.sh PAYARA_HOME DATA_DIR [EXTRA_JVM_OPTION ...]
set -euo pipefail
payara_home=$(cd "$1" && pwd)
mkdir -p "$2"
data_dir=$(cd "$2" && pwd)
shift 2
extra_options=("$@")
here=$(cd "$(dirname "$0")" && pwd)
asadmin="$payara_home/bin/asadmin"
marker="$payara_home/.cinplan-configured"

wanted=$( (cat "$here/domain.asadmin" "$here/configure.sh"; echo "$data_dir ${extra_options[*]}") | sha256sum | cut -d' ' -f1)
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
sed "s#@DATA_DIR@#$data_dir#g" "$here/domain.asadmin" | grep -v '^\s*#' | grep -v '^\s*$' > "$commands"
for option in "${extra_options[@]}"; do
  echo "create-jvm-options ${option//:/\\:}" >> "$commands"
done

echo "cinplan: configuring Payara at $payara_home (data in $data_dir)"
"$asadmin" start-domain domain1 >/dev/null
status=0
"$asadmin" multimode --file "$commands" || status=$?
"$asadmin" stop-domain domain1 >/dev/null
if [[ $status -ne 0 ]]; then
  echo "cinplan: configuring Payara failed (asadmin exit $status); a fresh unpack is needed: rm -rf $payara_home" >&2
  exit $status
fi
echo "$wanted" > "$marker"
