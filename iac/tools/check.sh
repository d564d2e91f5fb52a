#!/usr/bin/env bash
# Checks iac/ without an AWS account: terraform fmt, the deploy role against the modules
# (deploy-policy-test.sh), then for every root (iac/envs/*, iac/bootstrap)
# and every module with a tests/ directory: init (roots against their committed lock file, which
# must not change), validate, and `terraform test`, i.e. plans against mocked AWS with assertions.
#
#   iac/tools/check.sh                        # providers from the registry (checked against the lock files)
#   iac/tools/check.sh --plugin-dir DIR       # providers from a local directory (no network)
#
# It works on a scratch copy of iac/, beside placeholder files where the roots expect the Lambda jar
# and the RDS CA layer (Terraform hashes both at plan time), so nothing is written into the tree.
set -euo pipefail

iac=$(cd "$(dirname "$0")/.." && pwd)
plugin_args=()
case "${1:-}" in
  --plugin-dir) plugin_args=("-plugin-dir=${2:?--plugin-dir needs a directory}") ;;
  "") ;;
  *) echo "usage: $0 [--plugin-dir DIR]" >&2; exit 2 ;;
esac

fail() { echo "iac-check: FAILED: $*" >&2; exit 1; }
say() { echo "iac-check: $*"; }

terraform fmt -check -recursive "$iac" || fail "terraform fmt -check found unformatted files under iac/"
"$iac/tools/deploy-policy-test.sh" || fail "the deploy role's services or roles no longer match iac/modules"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/repo"
(cd "$iac/.." && tar -c --exclude=.terraform --exclude=backend.tf --exclude='*.tfstate*' iac) | tar -x -C "$scratch/repo"

# The placeholders, at the compute module's default paths resolved from an environment directory.
for variable in lambda_jar_path rds_ca_layer_path; do
  default=$(awk -v v="variable \"$variable\"" '$0 ~ v {found=1} found && /^  default *=/ {gsub(/.*= *"|"$/, ""); print; exit}' \
    "$iac/modules/compute/variables.tf")
  [ -n "$default" ] || fail "no default for $variable in modules/compute/variables.tf"
  placeholder="$scratch/repo/iac/envs/staging/$default"
  mkdir -p "$(dirname "$placeholder")"
  echo "placeholder for terraform test: only its hash is read" > "$placeholder"
done

# check DIR [root]: a root is also validated (a module with provider aliases validates only when a
# root passes it the providers, as its tests do).
check() {
  local dir=$1 kind=${2:-module} name=${1#"$scratch/repo/"} lock=()
  [ -f "$dir/.terraform.lock.hcl" ] && lock=(-lockfile=readonly)
  say "$name: init"
  terraform -chdir="$dir" init -backend=false -input=false -no-color "${lock[@]}" "${plugin_args[@]}" >"$scratch/log" 2>&1 \
    || { cat "$scratch/log"; fail "$name: terraform init (is .terraform.lock.hcl up to date?)"; }
  if [ "$kind" = root ]; then
    terraform -chdir="$dir" validate -no-color >"$scratch/log" 2>&1 || { cat "$scratch/log"; fail "$name: terraform validate"; }
  fi
  if [ -d "$dir/tests" ]; then
    say "$name: test"
    terraform -chdir="$dir" test -no-color >"$scratch/log" 2>&1 || { cat "$scratch/log"; fail "$name: terraform test"; }
    grep -E '^Success!' "$scratch/log" | sed "s|^|iac-check: $name: |"
  fi
}

roots=("$scratch"/repo/iac/envs/*/)
[ -d "$scratch/repo/iac/bootstrap" ] && roots+=("$scratch/repo/iac/bootstrap/")
for root in "${roots[@]}"; do
  [ -f "$root/.terraform.lock.hcl" ] || fail "${root#"$scratch/repo/"} has no committed .terraform.lock.hcl"
  check "${root%/}" root
done
for tests in "$scratch"/repo/iac/modules/*/tests/; do
  [ -d "$tests" ] && check "${tests%/tests/}"
done
say "every root validated and every test passed"
