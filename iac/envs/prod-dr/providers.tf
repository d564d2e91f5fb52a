# The same in every environment: the names and regions it reads are in main.tf's locals.

terraform {
  required_version = ">= 1.6"

  required_providers {
    # The only provider: .terraform.lock.hcl (committed) records 5.100.0 with the hashes of every
    # platform's build, the version `terraform validate` and the mocked plans (tests/) ran with.
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
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
