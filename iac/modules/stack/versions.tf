terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80" # 5.80+: Aurora Serverless v2 auto-pause, Valkey serverless caches
      # aws           = the region the application runs in
      # aws.us_east_1 = CloudFront's WAF web ACL and ACM certificate (edge module)
      # aws.dr        = the region that receives the backup copies (backup module)
      configuration_aliases = [aws.us_east_1, aws.dr]
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
