#!/usr/bin/env bash
# Checks iac/tools/runbook.sh against iac/: every Terraform address it prints resolves, module by
# module, to a resource (and for_each key) the configuration declares; every `terraform output` it
# reads is an output of the environment; every AWS name it prints is the one the modules build;
# and the restore command carries no flag its API lacks. Run by .ci/run and CI.
set -euo pipefail

iac=$(cd "$(dirname "$0")/.." && pwd)
runbook="$iac/tools/runbook.sh"
failures=0
fail() { echo "runbook-test: FAILED: $*" >&2; failures=$((failures + 1)); }
ok() { echo "runbook-test: ok: $*"; }

# resolve ENV_DIR ADDRESS: module.a.module.b.<type>.<name>["key"] must exist.
resolve() {
  local dir=$1 address=$2 rest type name key file
  rest=$address
  while [[ $rest == module.* ]]; do
    rest=${rest#module.}
    local module=${rest%%.*}
    rest=${rest#*.}
    local source
    source=$(awk -v m="module \"$module\"" '$0 ~ m {found=1} found && /source *=/ {gsub(/.*= *"|".*/, ""); print; exit}' "$dir"/*.tf)
    [ -n "$source" ] || { fail "$address: no module \"$module\" in ${dir#"$iac/"}"; return; }
    dir=$(cd "$dir/$source" && pwd)
  done
  type=${rest%%.*}; name=${rest#*.}; key=""
  if [[ $name == *'["'* ]]; then key=${name#*\[\"}; key=${key%\"\]}; name=${name%%\[*}; fi
  file=$(grep -l "^resource \"$type\" \"$name\" {" "$dir"/*.tf || true)
  [ -n "$file" ] || { fail "$address: no resource $type.$name in ${dir#"$iac/"}"; return; }
  if [ -n "$key" ]; then
    # The resource's for_each names a local map; the key must be one of its entries.
    local map
    map=$(awk -v r="^resource \"$type\" \"$name\" \\\\{" '$0 ~ r {found=1} found && /for_each *=/ {gsub(/.*local\./, ""); print; exit}' "$file")
    awk -v m="^  $map = \\\\{" -v k="^    $key = " '$0 ~ m {inside=1; next} inside && /^  \}/ {exit} inside && $0 ~ k {hit=1} END {exit !hit}' "$dir"/*.tf \
      || { fail "$address: local.$map in ${dir#"$iac/"} has no key \"$key\""; return; }
  fi
  ok "$address exists"
}

outputs_exist() {
  local env=$1 text=$2 output
  for output in $(grep -o 'terraform output -raw [a-z_]*' <<<"$text" | awk '{print $4}' | sort -u); do
    grep -q "^output \"$output\"" "$iac/envs/$env/outputs.tf" && ok "$env: output $output exists" \
      || fail "$env: the runbook reads output $output, which iac/envs/$env/outputs.tf lacks"
  done
}

# Names the modules build from var.name = habit-tracker-<env>.
names_built() {
  local pattern
  for pattern in 'cluster_identifier = "${var.name}-aurora"' 'name        = "${var.name}-aurora"' 'name        = "${var.name}-aurora-pg16"'; do
    grep -qF "$pattern" "$iac/modules/data/main.tf" && ok "data module builds $pattern" || fail "the data module no longer has: $pattern"
  done
  grep -qF 'name        = "${var.name}-dr"' "$iac/modules/backup/main.tf" && ok 'backup module names its DR vault ${var.name}-dr' \
    || fail 'the backup module no longer names its DR vault ${var.name}-dr'
}

[ "$("$runbook" rotate-cache-password staging 2>/dev/null || true)" = "" ] && ok "refuses to run without --dry-run" \
  || fail "runbook.sh printed commands without --dry-run"

for env_dir in "$iac"/envs/*/; do
  env=$(basename "$env_dir")
  text=$("$runbook" rotate-cache-password "$env" --dry-run)
  address=$(sed -n "s/.*-replace='\([^']*\)'.*/\1/p" <<<"$text")
  [ -n "$address" ] || fail "$env: rotate-cache-password prints no -replace address"
  resolve "${env_dir%/}" "$address"
  outputs_exist "$env" "$text"

  text=$("$runbook" restore-pitr "$env" 2026-01-01T00:00:00Z --dry-run)
  grep -q "habit-tracker-$env-aurora-restore" <<<"$text" && ok "$env: restores into habit-tracker-$env-aurora-restore" \
    || fail "$env: restore-pitr does not restore into habit-tracker-$env-aurora-restore"
  restore=$(awk '/restore-db-cluster-to-point-in-time/ {on=1} on {print} on && !/\\$/ {exit}' <<<"$text")
  if grep -q -- '--manage-master-user-password' <<<"$restore"; then
    fail "$env: restore-db-cluster-to-point-in-time has no --manage-master-user-password"
  else
    ok "$env: the restore command uses only flags its API has (the password is managed afterwards)"
  fi
  grep -Eq 'MinCapacity=[0-9.]+,MaxCapacity=[0-9.]+' <<<"$text" && ok "$env: restore keeps the environment's ACU range" \
    || fail "$env: restore-pitr printed no ACU range"
done

names_built
text=$("$runbook" dr-redeploy --dry-run)
grep -q 'key=habit-tracker/prod-dr/terraform.tfstate' <<<"$text" && ok "dr-redeploy uses its own state key" \
  || fail "dr-redeploy must not share prod's state key"
grep -q 'environment = "prod-dr"' "$iac/envs/prod-dr/main.tf" && ok "iac/envs/prod-dr is its own environment (its own names)" \
  || fail "iac/envs/prod-dr must set environment = \"prod-dr\""
grep -q 'restore_snapshot_arn' "$iac/envs/prod-dr/main.tf" && ok "prod-dr can be created from a recovery point" \
  || fail "iac/envs/prod-dr sets no database.restore_snapshot_arn"
outputs_exist prod-dr "$text"

[ "$failures" -eq 0 ] || { echo "runbook-test: $failures failure(s)" >&2; exit 1; }
echo "runbook-test: every command the runbook script prints names what iac/ declares"
