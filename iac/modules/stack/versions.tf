terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
      # aws           = the region the application runs in
      # aws.us_east_1 = CloudFront's WAF web ACL and ACM certificate (edge module)
      # aws.dr        = the region that receives the backup copies (backup module)
      configuration_aliases = [aws.us_east_1, aws.dr]
    }
  }
}
