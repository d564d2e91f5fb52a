terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
      # aws    = the primary region (where Aurora runs)
      # aws.dr = the region that receives the copies
      configuration_aliases = [aws.dr]
    }
  }
}
