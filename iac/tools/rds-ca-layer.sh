#!/usr/bin/env bash
# Builds the Lambda layer that puts the Amazon RDS CA bundle at /opt/rds-ca.pem (the JDBC URL's
# sslrootcert, for sslmode=verify-full): target/aws/rds-ca-layer.zip, the compute module's
# rds_ca_layer_path. Run it from anywhere before `terraform plan`.
#
#   iac/tools/rds-ca-layer.sh                  # downloads AWS's global bundle
#   iac/tools/rds-ca-layer.sh --bundle FILE    # uses a bundle you already have
#
# The zip is deterministic (fixed timestamps and modes): the same bundle gives the same bytes, so
# Terraform publishes a new layer version only when the bundle itself changes.
set -euo pipefail

BUNDLE_URL=https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/target/aws/rds-ca-layer.zip"
bundle=""

while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle=${2:?--bundle needs a file}; shift 2 ;;
    *) echo "usage: $0 [--bundle FILE]" >&2; exit 2 ;;
  esac
done

mkdir -p "$(dirname "$out")"
if [ -z "$bundle" ]; then
  bundle="$root/target/aws/rds-global-bundle.pem"
  curl --fail --silent --show-error --retry 3 "$BUNDLE_URL" -o "$bundle"
fi
count=$(grep -c 'BEGIN CERTIFICATE' "$bundle" || true)
[ "$count" -gt 0 ] || { echo "rds-ca-layer: $bundle holds no certificate" >&2; exit 1; }

python3 - "$bundle" "$out" <<'PY'
import sys, zipfile
bundle, out = sys.argv[1], sys.argv[2]
entry = zipfile.ZipInfo("rds-ca.pem", date_time=(1980, 1, 1, 0, 0, 0))
entry.external_attr = 0o644 << 16
entry.compress_type = zipfile.ZIP_DEFLATED
with open(bundle, "rb") as source, zipfile.ZipFile(out, "w") as layer:
    layer.writestr(entry, source.read())
PY
echo "rds-ca-layer: $out ($count certificates)"
