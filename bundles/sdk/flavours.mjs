// The embedded SDK flavours, as LLRT ships them: `std-sdk` (the default), `full-sdk` (std + the rest of LLRT's
// client list) and `no-sdk`. Every package named here is a dependency in package.json, pinned exactly.
export const STD_PACKAGES = [
  'client-dynamodb', 'lib-dynamodb', 'util-dynamodb', 'client-s3', 's3-request-presigner', 's3-presigned-post',
  'lib-storage', 'client-sqs', 'client-sns', 'client-eventbridge', 'client-sfn', 'client-ses', 'client-kms',
  'client-secrets-manager', 'client-ssm', 'client-sts', 'client-cognito-identity', 'client-cognito-identity-provider',
  'client-cloudwatch-logs', 'client-cloudwatch-events', 'client-xray', 'client-lambda', 'credential-providers',
].map((p) => '@aws-sdk/' + p);

export const FULL_ONLY_PACKAGES = [
  'client-athena', 'client-firehose', 'client-glue', 'client-kinesis', 'client-opensearch',
  'client-opensearchserverless', 'client-scheduler', 'client-sesv2', 'client-auto-scaling', 'client-batch',
  'client-ec2', 'client-ecr', 'client-ecs', 'client-eks', 'client-servicediscovery', 'client-dynamodb-streams',
  'client-elasticache', 'client-rds', 'client-rds-data', 'client-amplify', 'client-appsync', 'client-location',
  'client-bedrock', 'client-bedrock-agent', 'client-bedrock-runtime', 'client-bedrock-agent-runtime', 'client-polly',
  'client-rekognition', 'client-textract', 'client-translate', 'client-appconfig', 'client-appconfigdata',
  'client-cloudformation', 'client-cloudwatch', 'client-service-catalog', 'client-mediaconvert', 'client-api-gateway',
  'client-apigatewayv2', 'client-elastic-load-balancing-v2', 'client-acm', 'client-iam', 'client-sso',
  'client-sso-admin', 'client-sso-oidc', 'client-efs',
].map((p) => '@aws-sdk/' + p);

export const FLAVOURS = {
  'no-sdk': [],
  'std-sdk': STD_PACKAGES,
  'full-sdk': [...STD_PACKAGES, ...FULL_ONLY_PACKAGES],
};
