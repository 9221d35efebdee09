using static SamTransform.Resources.GraphQLApi.Shape;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>
/// What <c>AWS::Serverless::GraphQLApi</c> accepts, as the reference's typed model checks it (fields in its order; only
/// the typed ones matter for the order of errors). The properties CloudFormation takes as they are stay <c>Any</c>.
/// </summary>
public static class GraphQLApiShape
{
    public const string Lambda = "AWS_LAMBDA";
    public const string CognitoUserPools = "AMAZON_COGNITO_USER_POOLS";
    public const string OpenIdConnect = "OPENID_CONNECT";

    public static readonly string[] AuthTypes = ["AWS_IAM", "API_KEY", Lambda, OpenIdConnect, CognitoUserPools];

    private static readonly Shape LambdaAuthorizer = Typed(
        new("AuthorizerResultTtlInSeconds", Any), new("AuthorizerUri", Any, Required: true), new("IdentityValidationExpression", Any));

    private static readonly Shape OpenIdConnectConfig = Typed(new("AuthTTL", Any), new("ClientId", Any), new("IatTTL", Any), new("Issuer", Any));

    private static readonly Shape UserPool = Typed(
        new("AppIdClientRegex", Any), new("AwsRegion", Any), new("DefaultAction", Any), new("UserPoolId", Any, Required: true));

    private static Field[] Provider() =>
    [
        new("Type", Choice(AuthTypes), Required: true),
        new("LambdaAuthorizer", LambdaAuthorizer),
        new("OpenIDConnect", OpenIdConnectConfig),
        new("UserPool", UserPool),
    ];

    private static readonly Shape Auth = Typed([.. Provider(), new("Additional", ListOf(Typed(Provider())))]);

    private static readonly Shape Logging = BooleanOrModel(
        new("CloudWatchLogsRoleArn", Any), new("ExcludeVerboseContent", Any), new("FieldLogLevel", Any));

    private static readonly Shape DeltaSync = Typed(
        new("BaseTableTTL", Any, Required: true), new("DeltaSyncTableName", Any, Required: true), new("DeltaSyncTableTTL", Any, Required: true));

    private static readonly Shape DynamoDbDataSource = Typed(
        new("TableName", Any, Required: true), new("ServiceRoleArn", Any), new("TableArn", Any),
        new("Permissions", ListOf(Choice("Read", "Write"))), new("Name", Any), new("Description", Any), new("Region", Any),
        new("DeltaSync", DeltaSync), new("UseCallerCredentials", Any), new("Versioned", Any));

    private static readonly Shape LambdaDataSource = Typed(
        new("FunctionArn", Any, Required: true), new("ServiceRoleArn", Any), new("Name", Any), new("Description", Any));

    private static readonly Shape DataSources = Typed(new("DynamoDb", MapOf(DynamoDbDataSource)), new("Lambda", MapOf(LambdaDataSource)));

    private static readonly Shape Runtime = Typed(new("Name", Any, Required: true), new("Version", Any, Required: true));

    private static readonly Shape Sync = Typed(
        new("ConflictDetection", Any, Required: true), new("ConflictHandler", Any),
        new("LambdaConflictHandlerConfig", Typed(new Field("LambdaConflictHandlerArn", Any, Required: true))));

    private static readonly Shape Function = Typed(
        new("DataSource", TextOrMap), new("Runtime", Runtime), new("Name", Text), new("Sync", Sync),
        new("InlineCode", Any), new("CodeUri", Any), new("Description", Any), new("MaxBatchSize", Any), new("Id", Any));

    private static readonly Shape Resolver = Typed(
        new("FieldName", Text), new("Caching", Typed(new("Ttl", Any, Required: true), new("CachingKeys", ListOf(Any)))),
        new("Pipeline", ListOf(Text)), new("Runtime", Runtime), new("Sync", Sync),
        new("InlineCode", Any), new("CodeUri", Any), new("MaxBatchSize", Any));

    private static readonly Shape ApiKey = Typed(new("ApiKeyId", Any), new("Description", Any), new("ExpiresOn", Any));

    private static readonly Shape DomainName = Typed(
        new("CertificateArn", Any, Required: true), new("DomainName", Any, Required: true), new("Description", Any));

    private static readonly Shape Cache = Typed(
        new("ApiCachingBehavior", Any, Required: true), new("Ttl", Any, Required: true), new("Type", Any, Required: true),
        new("AtRestEncryptionEnabled", Any), new("TransitEncryptionEnabled", Any));

    /// <summary>The resource's properties; unknown top-level properties are accepted (and ignored).</summary>
    public static readonly IReadOnlyList<Field> Properties =
    [
        new("Auth", Auth, Required: true),
        new("XrayEnabled", Shape.Boolean),
        new("Logging", Logging),
        new("DataSources", DataSources),
        new("Functions", MapOf(Function)),
        new("Resolvers", MapOf(MapOf(Resolver))),
        new("ApiKeys", MapOf(ApiKey)),
        new("DomainName", DomainName),
        new("Cache", Cache),
    ];

    /// <summary>The properties SAM documents (for the SAM input schema and tools); the transform accepts others too.</summary>
    public static readonly string[] Documented =
    [
        "Auth", "XrayEnabled", "Logging", "DataSources", "Functions", "Resolvers", "ApiKeys", "DomainName", "Cache", "Name",
        "Tags", "SchemaInline", "SchemaUri", "Visibility", "OwnerContact", "IntrospectionConfig", "QueryDepthLimit",
        "ResolverCountLimit",
    ];
}
