terraform {
  required_version = ">= 1.10" # the environments' backends lock with use_lockfile

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
    }
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project   = "habit-tracker"
      ManagedBy = "terraform"
      Component = "bootstrap"
    }
  }
}
