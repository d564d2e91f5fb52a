terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.100"
      # WAF for CloudFront and CloudFront's ACM certificate must live in us-east-1.
      configuration_aliases = [aws.us_east_1]
    }
  }
}
