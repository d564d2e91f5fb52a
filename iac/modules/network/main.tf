# Network: a VPC with public subnets (NAT gateways only) and private subnets (Lambda ENIs, Aurora,
# ElastiCache) in at least two availability zones. Security groups allow exactly two flows inside:
# Lambda -> Aurora on 5432 and Lambda -> cache on 6379. Nothing reaches the data tier from elsewhere.

data "aws_availability_zones" "available" {
  state = "available"

  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

locals {
  azs = slice(data.aws_availability_zones.available.names, 0, var.az_count)

  # /16 -> sixteen /20 subnets: public ones from the first half (0, 1, 2), private ones from the
  # second half (8, 9, 10), leaving room for more tiers or AZs.
  new_bits     = 4
  private_base = 8

  nat_count = var.nat_gateway_mode == "per_az" ? var.az_count : (var.nat_gateway_mode == "single" ? 1 : 0)

  # How many of each optional part: 1 when it is on, 0 when it is off.
  endpoint_count = var.enable_secretsmanager_endpoint ? 1 : 0
  flow_log_count = var.flow_log_retention_days > 0 ? 1 : 0
}

resource "aws_vpc" "this" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true # needed for private DNS of interface endpoints and the Aurora endpoints

  tags = merge(var.tags, { Name = var.name })
}

# The default security group of a VPC allows all traffic between its members; strip it so nothing
# can use it by accident.
resource "aws_default_security_group" "this" {
  vpc_id = aws_vpc.this.id
  tags   = merge(var.tags, { Name = "${var.name}-default-unused" })
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
  tags   = merge(var.tags, { Name = var.name })
}

resource "aws_subnet" "public" {
  count = var.az_count

  vpc_id                  = aws_vpc.this.id
  availability_zone       = local.azs[count.index]
  cidr_block              = cidrsubnet(var.vpc_cidr, local.new_bits, count.index)
  map_public_ip_on_launch = false

  tags = merge(var.tags, { Name = "${var.name}-public-${local.azs[count.index]}", Tier = "public" })
}

resource "aws_subnet" "private" {
  count = var.az_count

  vpc_id            = aws_vpc.this.id
  availability_zone = local.azs[count.index]
  cidr_block        = cidrsubnet(var.vpc_cidr, local.new_bits, local.private_base + count.index)

  tags = merge(var.tags, { Name = "${var.name}-private-${local.azs[count.index]}", Tier = "private" })
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.this.id
  tags   = merge(var.tags, { Name = "${var.name}-public" })
}

resource "aws_route" "public_internet" {
  route_table_id         = aws_route_table.public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.this.id
}

resource "aws_route_table_association" "public" {
  count = var.az_count

  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public.id
}

resource "aws_eip" "nat" {
  count = local.nat_count

  domain = "vpc"
  tags   = merge(var.tags, { Name = "${var.name}-nat-${count.index}" })
}

resource "aws_nat_gateway" "this" {
  count = local.nat_count

  allocation_id = aws_eip.nat[count.index].id
  subnet_id     = aws_subnet.public[count.index].id
  tags          = merge(var.tags, { Name = "${var.name}-nat-${local.azs[count.index]}" })

  depends_on = [aws_internet_gateway.this]
}

# One private route table per AZ, so switching between "single" and "per_az" only changes routes.
resource "aws_route_table" "private" {
  count = var.az_count

  vpc_id = aws_vpc.this.id
  tags   = merge(var.tags, { Name = "${var.name}-private-${local.azs[count.index]}" })
}

resource "aws_route" "private_nat" {
  count = local.nat_count > 0 ? var.az_count : 0

  route_table_id         = aws_route_table.private[count.index].id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.this[var.nat_gateway_mode == "per_az" ? count.index : 0].id
}

resource "aws_route_table_association" "private" {
  count = var.az_count

  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private[count.index].id
}

# ---------------------------------------------------------------------------------------------
# Security groups. Terraform removes the allow-all egress rule AWS adds to new groups, so each
# group below allows exactly the rules written here.
# ---------------------------------------------------------------------------------------------

resource "aws_security_group" "lambda" {
  name        = "${var.name}-lambda"
  description = "Habit Tracker API function: no inbound, outbound only to the database, the cache and HTTPS"
  vpc_id      = aws_vpc.this.id
  tags        = merge(var.tags, { Name = "${var.name}-lambda" })
}

# The data stores and the only flows inside the VPC: from the function to each store's port.
locals {
  data_stores = {
    database = {
      port                = 5432
      group_description   = "Aurora PostgreSQL: inbound 5432 from the API function only"
      ingress_description = "PostgreSQL from the API function"
      egress_description  = "PostgreSQL to Aurora"
    }
    cache = {
      port                = 6379
      group_description   = "ElastiCache Serverless: inbound 6379 from the API function only"
      ingress_description = "Valkey/Redis (TLS) from the API function"
      egress_description  = "Valkey/Redis to ElastiCache"
    }
  }
}

resource "aws_security_group" "data_store" {
  for_each = local.data_stores

  name        = "${var.name}-${each.key}"
  description = each.value.group_description
  vpc_id      = aws_vpc.this.id
  tags        = merge(var.tags, { Name = "${var.name}-${each.key}" })
}

resource "aws_vpc_security_group_ingress_rule" "data_store_from_lambda" {
  for_each = local.data_stores

  security_group_id            = aws_security_group.data_store[each.key].id
  description                  = each.value.ingress_description
  ip_protocol                  = "tcp"
  from_port                    = each.value.port
  to_port                      = each.value.port
  referenced_security_group_id = aws_security_group.lambda.id
}

resource "aws_vpc_security_group_egress_rule" "lambda_to_data_store" {
  for_each = local.data_stores

  security_group_id            = aws_security_group.lambda.id
  description                  = each.value.egress_description
  ip_protocol                  = "tcp"
  from_port                    = each.value.port
  to_port                      = each.value.port
  referenced_security_group_id = aws_security_group.data_store[each.key].id
}

# The Parameters and Secrets extension calls the Secrets Manager API over HTTPS, through the NAT
# gateway or the interface endpoint below.
resource "aws_vpc_security_group_egress_rule" "lambda_https" {
  security_group_id = aws_security_group.lambda.id
  description       = "HTTPS to AWS APIs (Secrets Manager) and to browsers' push services (Web Push)"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

# ---------------------------------------------------------------------------------------------
# Optional interface endpoint for Secrets Manager.
# ---------------------------------------------------------------------------------------------

data "aws_region" "current" {}

resource "aws_security_group" "endpoints" {
  count = local.endpoint_count

  name        = "${var.name}-endpoints"
  description = "Interface VPC endpoints: inbound 443 from the API function only"
  vpc_id      = aws_vpc.this.id
  tags        = merge(var.tags, { Name = "${var.name}-endpoints" })
}

resource "aws_vpc_security_group_ingress_rule" "endpoints_from_lambda" {
  count = local.endpoint_count

  security_group_id            = aws_security_group.endpoints[0].id
  description                  = "HTTPS from the API function"
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  referenced_security_group_id = aws_security_group.lambda.id
}

resource "aws_vpc_endpoint" "secretsmanager" {
  count = local.endpoint_count

  vpc_id              = aws_vpc.this.id
  service_name        = "com.amazonaws.${data.aws_region.current.name}.secretsmanager"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  subnet_ids          = aws_subnet.private[*].id
  security_group_ids  = [aws_security_group.endpoints[0].id]
  tags                = merge(var.tags, { Name = "${var.name}-secretsmanager" })
}

# ---------------------------------------------------------------------------------------------
# Optional VPC flow logs (rejected and accepted traffic) to CloudWatch Logs.
# ---------------------------------------------------------------------------------------------

resource "aws_cloudwatch_log_group" "flow_logs" {
  count = local.flow_log_count

  name              = "/vpc/${var.name}/flow-logs"
  retention_in_days = var.flow_log_retention_days
  tags              = var.tags
}

data "aws_iam_policy_document" "flow_logs_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["vpc-flow-logs.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "flow_logs" {
  count = local.flow_log_count

  name               = "${var.name}-flow-logs"
  assume_role_policy = data.aws_iam_policy_document.flow_logs_assume.json
  tags               = var.tags
}

data "aws_iam_policy_document" "flow_logs_write" {
  count = local.flow_log_count

  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"]
    resources = ["${aws_cloudwatch_log_group.flow_logs[0].arn}:*"]
  }
}

resource "aws_iam_role_policy" "flow_logs" {
  count = local.flow_log_count

  name   = "write-flow-logs"
  role   = aws_iam_role.flow_logs[0].id
  policy = data.aws_iam_policy_document.flow_logs_write[0].json
}

resource "aws_flow_log" "this" {
  count = local.flow_log_count

  vpc_id          = aws_vpc.this.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow_logs[0].arn
  iam_role_arn    = aws_iam_role.flow_logs[0].arn
  tags            = var.tags
}
