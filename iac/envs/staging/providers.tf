locals {
  default_tags = {
    Project     = "habit-tracker"
    Environment = var.environment
    ManagedBy   = "terraform"
    Repository  = "habit-tracker/iac/envs/${var.environment}"
  }
}

# The region everything runs in.
provider "aws" {
  region = var.region

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
  region = var.dr_region

  default_tags {
    tags = local.default_tags
  }
}
