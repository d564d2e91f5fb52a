#!/usr/bin/env bash
# Prints the exact commands of the docs/RUNBOOK.md steps that are easy to get wrong, with every name
# filled in from the environment. It only prints (hence --dry-run, which is required): read them,
# then run them yourself. iac/tools/runbook-test.sh checks that what they name exists in iac/.
#
#   iac/tools/runbook.sh rotate-cache-password <env> --dry-run
#   iac/tools/runbook.sh restore-pitr <env> <UTC time, e.g. 2026-11-21T09:30:00Z> --dry-run
#   iac/tools/runbook.sh dr-redeploy --dry-run        # prod rebuilt as iac/envs/prod-dr
set -euo pipefail

usage() { sed -n '6,8p' "$0" | sed 's/^# *//' >&2; exit 2; }

args=() dry_run=false
for arg in "$@"; do
  if [ "$arg" = --dry-run ]; then dry_run=true; else args+=("$arg"); fi
done
[ "${#args[@]}" -ge 1 ] || usage
$dry_run || { echo "runbook.sh only prints the commands; pass --dry-run" >&2; exit 2; }

iac=$(cd "$(dirname "$0")/.." && pwd)
env_dir() { [ -d "$iac/envs/$1" ] || { echo "no environment iac/envs/$1" >&2; exit 2; }; echo "iac/envs/$1"; }
# The environment's region, from its main.tf locals.
region_of() { sed -n 's/^ *region *= *"\([a-z0-9-]*\)".*/\1/p' "$iac/envs/$1/main.tf" | head -n 1; }

step=${args[0]}
case "$step" in
  rotate-cache-password)
    env=${args[1]:?usage: rotate-cache-password <env>}
    dir=$(env_dir "$env")
    cat <<CMDS
cd $dir
terraform apply -replace='module.habit_tracker.module.data.terraform_data.cache_password["app"]'
# then promote the version it published (RUNBOOK.md -> Deploy, steps 2-3):
FN=\$(terraform output -raw function_name); V=\$(terraform output -raw published_version)
aws lambda update-alias --function-name "\$FN" --name live --function-version "\$V"
CMDS
    ;;
  restore-pitr)
    env=${args[1]:?usage: restore-pitr <env> <time>}
    time=${args[2]:?usage: restore-pitr <env> <time>}
    dir=$(env_dir "$env")
    name="habit-tracker-$env" cluster="habit-tracker-$env-aurora"
    cat <<CMDS
cd $dir
SG=\$(aws rds describe-db-clusters --db-cluster-identifier $cluster --query 'DBClusters[0].VpcSecurityGroups[].VpcSecurityGroupId' --output text)
KEY=\$(aws rds describe-db-clusters --db-cluster-identifier $cluster --query 'DBClusters[0].KmsKeyId' --output text)
aws rds restore-db-cluster-to-point-in-time --region $(region_of "$env") \\
  --source-db-cluster-identifier $cluster --db-cluster-identifier $cluster-restore \\
  --restore-to-time $time \\
  --db-subnet-group-name $name-aurora --vpc-security-group-ids \$SG \\
  --db-cluster-parameter-group-name $name-aurora-pg16 --kms-key-id "\$KEY" \\
  --enable-cloudwatch-logs-exports postgresql --copy-tags-to-snapshot --deletion-protection \\
  --serverless-v2-scaling-configuration MinCapacity=$(sed -n 's/^ *min_acu *= *\([0-9.]*\).*/\1/p' "$iac/envs/$env/main.tf"),MaxCapacity=$(sed -n 's/^ *max_acu *= *\([0-9.]*\).*/\1/p' "$iac/envs/$env/main.tf")
aws rds wait db-cluster-available --db-cluster-identifier $cluster-restore
# restore-db-cluster-to-point-in-time has no --manage-master-user-password: hand the password to RDS now.
aws rds modify-db-cluster --db-cluster-identifier $cluster-restore --manage-master-user-password \\
  --master-user-secret-kms-key-id "\$KEY" --apply-immediately
aws rds create-db-instance --db-cluster-identifier $cluster-restore --db-instance-identifier $cluster-restore-1 \\
  --db-instance-class db.serverless --engine aurora-postgresql --ca-certificate-identifier rds-ca-rsa2048-g1
aws rds wait db-instance-available --db-instance-identifier $cluster-restore-1
CMDS
    ;;
  dr-redeploy)
    dir=$(env_dir prod-dr)
    region=$(region_of prod-dr)
    cat <<CMDS
# 1. prod's newest recovery point copied to $region (vault habit-tracker-prod-dr):
aws backup list-recovery-points-by-backup-vault --region $region --backup-vault-name habit-tracker-prod-dr \\
  --query 'reverse(sort_by(RecoveryPoints,&CreationDate))[0].RecoveryPointArn' --output text
# 2. in $dir/main.tf set database.restore_snapshot_arn to that ARN, and check the layer ARN for $region.
# 3. its own state (key habit-tracker/prod-dr/...), so nothing of prod's state is touched:
cd $dir
terraform init -backend-config="bucket=\$TF_STATE_BUCKET" -backend-config="key=habit-tracker/prod-dr/terraform.tfstate" \\
  -backend-config="region=\$TF_STATE_REGION"
../../tools/rds-ca-layer.sh   # builds ../../../target/aws/rds-ca-layer.zip if it is missing
terraform plan -out tfplan && terraform apply tfplan
# 4. promote, upload the SPA and point DNS at it as in iac/README.md -> Deploying by hand:
FN=\$(terraform output -raw function_name); V=\$(terraform output -raw published_version)
aws lambda update-alias --function-name "\$FN" --name live --function-version "\$V"
# the SPA with its caching (assets immutable; sw.js, manifest.json, index.html no-cache): see iac/README.md
B=\$(terraform output -raw spa_bucket_name); D=../../../webapp/dist
aws s3 sync "\$D/assets" "s3://\$B/assets" --cache-control "public, max-age=31536000, immutable"
aws s3 sync "\$D" "s3://\$B" --exclude "assets/*" --exclude index.html --exclude sw.js --exclude manifest.json --cache-control "public, max-age=300"
aws s3 cp "\$D/sw.js" "s3://\$B/sw.js" --cache-control no-cache --content-type "text/javascript; charset=utf-8"
aws s3 cp "\$D/manifest.json" "s3://\$B/manifest.json" --cache-control no-cache --content-type application/manifest+json
aws s3 cp "\$D/index.html" "s3://\$B/index.html" --cache-control no-cache
aws cloudfront create-invalidation --distribution-id "\$(terraform output -raw cloudfront_distribution_id)" --paths '/*'
CMDS
    ;;
  *) usage ;;
esac
