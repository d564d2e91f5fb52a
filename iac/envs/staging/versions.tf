terraform {
  required_version = ">= 1.6"

  required_providers {
    # No .terraform.lock.hcl is committed: providers cannot be downloaded where this was written.
    # The first `terraform init` creates it; commit it then (with
    # `terraform providers lock -platform=linux_amd64 -platform=darwin_arm64`).
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80" # 5.80+: Aurora Serverless v2 auto-pause, Valkey serverless caches
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
    archive = {
      source  = "hashicorp/archive"
      version = "~> 2.4"
    }
  }
}
