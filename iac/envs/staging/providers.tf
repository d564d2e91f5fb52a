# The same in every environment: the names and regions it reads are in main.tf's locals.

terraform {
  required_version = ">= 1.6"

  required_providers {
    # No .terraform.lock.hcl is committed: providers cannot be downloaded where this was written.
    # The first `terraform init` creates it; commit it then (with
    # `terraform providers lock -platform=linux_amd64 -platform=darwin_arm64`).
    # The modules pin the random and archive providers; the stack module pins aws as well.
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80" # 5.80+: Aurora Serverless v2 auto-pause, Valkey serverless caches
    }
  }
}

locals {
  default_tags = {
    Project     = "habit-tracker"
    Environment = local.environment
    ManagedBy   = "terraform"
    Repository  = "habit-tracker/iac/envs/${local.environment}"
  }
}

# The region everything runs in.
provider "aws" {
  region = local.region

  default_tags {
    tags = local.default_tags
  }
}

# CloudFront's WAF web ACL and ACM certificate must be created in us-east-1.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = local.default_tags
  }
}

# The disaster-recovery region that receives the backup copies.
provider "aws" {
  alias  = "dr"
  region = local.dr_region

  default_tags {
    tags = local.default_tags
  }
}
