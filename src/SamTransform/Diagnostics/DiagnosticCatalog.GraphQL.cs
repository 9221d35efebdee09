namespace SamTransform.Diagnostics;

public static partial class DiagnosticCatalog
{
    /// <summary>
    /// The reference's detail texts for <c>AWS::Serverless::GraphQLApi</c> (the "Resource with id [X] is invalid. ..."
    /// causes, SAM2002). Some concern a function or resolver of the API and carry that entry's name as the id.
    /// </summary>
    public static class GraphQL
    {
        public const string PropertiesNotAnObject = "Properties of a resource must be an object.";

        /// <summary>Any problem the typed model finds: a wrong type, a missing required field, an unknown field.</summary>
        public static string InvalidProperty(string path) => $"Property '{path}' is invalid.";

        public const string BothSchemas = "Both 'SchemaInline' and 'SchemaUri' cannot be defined at the same time.";

        public const string NoSchema = "One of 'SchemaInline' or 'SchemaUri' must be set.";

        public const string MoreThanOneAuthConfiguration = "'Auth' has more than one authentication configuration defined.";

        public static string AuthConfigurationRequired(string configuration, string type) => $"'{configuration}' must be defined if type is '{type}'.";

        public const string FunctionIdWithOthers = "'Id' cannot be defined with other properties in Function.";

        public const string BothCodes = "Both 'InlineCode' and 'CodeUri' cannot be defined at the same time.";

        public const string NoCode = "One of 'InlineCode' or 'CodeUri' must be set.";

        public const string DataSourceRequired = "'DataSource' must be set.";

        public static string UnknownDataSource(string name) =>
            $"Either define DataSource '{name}' in 'DataSources' or use intrinsic function like GetAtt, ImportValue, Sub or another one to reference a DataSource defined outside of this GraphQLApi resource.";

        public static string RuntimeRequired(string name) => $"'Runtime' must be defined as a property in {name}.";

        public static string PipelineRequired(string resolver) =>
            $"Resolver '{resolver}' must have Pipeline defined. Unit resolvers are not supported. If you need a Unit resolver you can use AppSync resource.";

        public static string UnknownFunction(string function) => $"Function '{function}' does not exist.";
    }
}
