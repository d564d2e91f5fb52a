#!/usr/bin/env bash
# Checks the deploy role (modules/pipeline-roles) against what an environment declares, so a new
# resource type or role cannot first fail at apply time with AccessDenied:
#   - every aws_ resource and data source type of the modules iac/modules/stack calls belongs to a
#     service in local.deploy_services;
#   - local.environment_roles lists exactly the aws_iam_role names those modules build.
# Run by check.sh.
set -euo pipefail

iac=$(cd "$(dirname "$0")/.." && pwd)
roles_tf="$iac/modules/pipeline-roles/main.tf"
failures=0
fail() { echo "deploy-policy-test: FAILED: $*" >&2; failures=$((failures + 1)); }

# The IAM service a resource type is managed through; "-" for types that call no AWS API that
# needs a permission (or IAM, which ManageOwnRoles grants role by role).
service_of() {
  case $1 in
    aws_caller_identity | aws_partition | aws_region | aws_iam_policy_document | aws_iam_role*) echo - ;;
    aws_acm_*) echo acm ;;
    aws_apigatewayv2_*) echo apigateway ;;
    aws_backup_*) echo backup ;;
    aws_cloudfront_*) echo cloudfront ;;
    aws_cloudwatch_log_group) echo logs ;;
    aws_cloudwatch_*) echo cloudwatch ;;
    aws_db_* | aws_rds_*) echo rds ;;
    aws_availability_zones | aws_default_security_group | aws_eip | aws_flow_log | aws_internet_gateway | \
      aws_nat_gateway | aws_route | aws_route_table* | aws_security_group | aws_subnet | aws_vpc*) echo ec2 ;;
    aws_elasticache_*) echo elasticache ;;
    aws_kms_*) echo kms ;;
    aws_lambda_*) echo lambda ;;
    aws_route53_*) echo route53 ;;
    aws_s3_*) echo s3 ;;
    aws_scheduler_*) echo scheduler ;;
    aws_secretsmanager_*) echo secretsmanager ;;
    aws_sns_*) echo sns ;;
    aws_ssm_*) echo ssm ;;
    aws_wafv2_*) echo wafv2 ;;
    *) echo "?" ;;
  esac
}

# The modules one environment is made of: those the stack module calls.
modules=$(sed -n 's|^ *source *= *"\.\./\([a-z-]*\)"|\1|p' "$iac/modules/stack/main.tf" | sort -u)
[ -n "$modules" ] || fail "found no module calls in modules/stack/main.tf"
services=$(awk '/^  deploy_services = \[/ {on=1; next} on && /^  \]/ {exit} on {gsub(/[",]|#.*/, ""); print $1}' "$roles_tf")
[ -n "$services" ] || fail "found no local.deploy_services in modules/pipeline-roles/main.tf"

for module in $modules; do
  for type in $(sed -n 's/^\(resource\|data\) "\(aws_[a-z0-9_]*\)".*/\2/p' "$iac/modules/$module"/*.tf | sort -u); do
    service=$(service_of "$type")
    case $service in
      -) ;;
      "?") fail "modules/$module: $type has no service in deploy-policy-test.sh (add it there and to local.deploy_services)" ;;
      *) grep -qx "$service" <<<"$services" || fail "modules/$module: $type needs $service, which local.deploy_services lacks" ;;
    esac
  done
done

# The roles: var.name is habit-tracker-<env> and var.function_name its -api, as the stack passes them.
function_suffix=$(sed -n 's/^ *function_name *= *"${local.name}\(-[a-z]*\)"/\1/p' "$iac/modules/stack/main.tf")
built=$(for module in $modules; do
  awk '/^resource "aws_iam_role" / {on=1} on && /^  name *=/ {gsub(/.*= *"|"$/, ""); print; on=0}' "$iac/modules/$module"/*.tf
done | sed "s/\${var.function_name}/\${local.name}$function_suffix/; s/\${var.name}/\${local.name}/" | sort)
granted=$(sed -n 's/^ *environment_roles *= *\[\(.*\)\]/\1/p' "$roles_tf" | tr ',' '\n' | sed 's/^ *"//; s/" *$//' | sort)
if [ "$built" = "$granted" ]; then
  echo "deploy-policy-test: ok: the deploy role manages exactly the roles an environment builds:" $built
else
  fail "local.environment_roles ($(echo $granted)) differs from the modules' aws_iam_role names ($(echo $built))"
fi

[ "$failures" -eq 0 ] || { echo "deploy-policy-test: $failures failure(s)" >&2; exit 1; }
echo "deploy-policy-test: every resource type of an environment is in a service the deploy role may use:" $services
