using static SamTransform.Specification.Declare;
using static SamTransform.Specification.Shape;
using V = SamTransform.Specification.ValueKinds;

namespace SamTransform.Specification;

public static partial class SamSpecs
{
    /// <summary>
    /// <c>AWS::Serverless::GraphQLApi</c>: SAM checks the required <c>Auth</c> first, then the types of the properties
    /// that have a check, then the typed model of those that have one (first problem only), each in this order. It
    /// accepts (and ignores) properties it does not know; the pass-through ones are copied when Python reads them as true.
    /// </summary>
    public static TypeSpec GraphQLApi { get; } = new("AWS::Serverless::GraphQLApi",
    [
        Prop("Tags", ShouldBe(V.Map), schema: Json.Tags),
        Prop("Auth", ShouldBe(V.Map), required: true, model: GraphQLApiModel.Auth),
        Prop("XrayEnabled", model: Shape.Boolean),
        Prop("SchemaInline", ShouldBe(V.String, intrinsic: false), schema: Json.String),
        Prop("SchemaUri", ShouldBe(V.String, intrinsic: false), schema: Json.String),
        Prop("Logging", TypeOf(V.Boolean | V.Map), model: GraphQLApiModel.Logging),
        Prop("DataSources", ShouldBe(V.Map), model: GraphQLApiModel.DataSources),
        Prop("Functions", ShouldBe(V.Map), model: Shape.MapOf(GraphQLApiModel.Function)),
        Prop("Resolvers", ShouldBe(V.Map), model: Shape.MapOf(Shape.MapOf(GraphQLApiModel.Resolver))),
        Prop("ApiKeys", ShouldBe(V.Map), model: Shape.MapOf(GraphQLApiModel.ApiKey)),
        Prop("DomainName", ShouldBe(V.Map), model: GraphQLApiModel.DomainName),
        Prop("Cache", ShouldBe(V.Map), model: GraphQLApiModel.Cache),
        Prop("Name", schema: Json.String),
        Prop("Visibility", passThrough: true, omitFalsy: true, schema: Json.String),
        Prop("OwnerContact", passThrough: true, omitFalsy: true, schema: Json.String),
        Prop("IntrospectionConfig", passThrough: true, omitFalsy: true, schema: Json.String),
        Prop("QueryDepthLimit", passThrough: true, omitFalsy: true, schema: Json.Integer),
        Prop("ResolverCountLimit", passThrough: true, omitFalsy: true, schema: Json.Integer),
    ]);
}

/// <summary>
/// The typed model of <see cref="SamSpecs.GraphQLApi"/>'s nested properties, as the reference checks them (fields in
/// its order). The fields CloudFormation takes as they are stay <see cref="Shape.Any"/>.
/// </summary>
public static class GraphQLApiModel
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

    public static readonly Shape Auth = Typed([.. Provider(), new("Additional", ListOf(Typed(Provider())))]);

    public static readonly Shape Logging = BooleanOrModel(
        new("CloudWatchLogsRoleArn", Any), new("ExcludeVerboseContent", Any), new("FieldLogLevel", Any));

    private static readonly Shape DeltaSync = Typed(
        new("BaseTableTTL", Any, Required: true), new("DeltaSyncTableName", Any, Required: true), new("DeltaSyncTableTTL", Any, Required: true));

    private static readonly Shape DynamoDbDataSource = Typed(
        new("TableName", Any, Required: true), new("ServiceRoleArn", Any), new("TableArn", Any),
        new("Permissions", ListOf(Choice("Read", "Write"))), new("Name", Any), new("Description", Any), new("Region", Any),
        new("DeltaSync", DeltaSync), new("UseCallerCredentials", Any), new("Versioned", Any));

    private static readonly Shape LambdaDataSource = Typed(
        new("FunctionArn", Any, Required: true), new("ServiceRoleArn", Any), new("Name", Any), new("Description", Any));

    public static readonly Shape DataSources = Typed(new("DynamoDb", Shape.MapOf(DynamoDbDataSource)), new("Lambda", Shape.MapOf(LambdaDataSource)));

    private static readonly Shape Runtime = Typed(new("Name", Any, Required: true), new("Version", Any, Required: true));

    private static readonly Shape Sync = Typed(
        new("ConflictDetection", Any, Required: true), new("ConflictHandler", Any),
        new("LambdaConflictHandlerConfig", Typed(new Field("LambdaConflictHandlerArn", Any, Required: true))));

    public static readonly Shape Function = Typed(
        new("DataSource", TextOrMap), new("Runtime", Runtime), new("Name", Shape.Text), new("Sync", Sync),
        new("InlineCode", Any), new("CodeUri", Any), new("Description", Any), new("MaxBatchSize", Any), new("Id", Any));

    public static readonly Shape Resolver = Typed(
        new("FieldName", Shape.Text), new("Caching", Typed(new("Ttl", Any, Required: true), new("CachingKeys", ListOf(Any)))),
        new("Pipeline", ListOf(Shape.Text)), new("Runtime", Runtime), new("Sync", Sync),
        new("InlineCode", Any), new("CodeUri", Any), new("MaxBatchSize", Any));

    public static readonly Shape ApiKey = Typed(new("ApiKeyId", Any), new("Description", Any), new("ExpiresOn", Any));

    public static readonly Shape DomainName = Typed(
        new("CertificateArn", Any, Required: true), new("DomainName", Any, Required: true), new("Description", Any));

    public static readonly Shape Cache = Typed(
        new("ApiCachingBehavior", Any, Required: true), new("Ttl", Any, Required: true), new("Type", Any, Required: true),
        new("AtRestEncryptionEnabled", Any), new("TransitEncryptionEnabled", Any));
}
