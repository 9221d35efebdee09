using Newtonsoft.Json.Linq;
using SamTransform.Model;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>The code of a function or resolver: <c>InlineCode</c> (<c>Code</c>) or <c>CodeUri</c> (<c>CodeS3Location</c>).</summary>
public sealed class GraphQLCode(string property, JToken value)
{
    /// <summary>A function's code: exactly one of the two must be set.</summary>
    public static GraphQLCode Read(JObject entry, string name) =>
        Optional(entry, name) ?? throw GraphQLFunctions.Invalid(name, GraphQL.NoCode, entry);

    /// <summary>The code when one is given (empty text counts as none), or null; both at once is an error.</summary>
    public static GraphQLCode? Optional(JObject entry, string name)
    {
        if (Scalars.IsTruthy(entry["InlineCode"]) && Scalars.IsTruthy(entry["CodeUri"])) throw GraphQLFunctions.Invalid(name, GraphQL.BothCodes, entry["CodeUri"]!);
        if (Scalars.IsTruthy(entry["InlineCode"])) return new GraphQLCode("Code", entry["InlineCode"]!);
        if (Scalars.IsTruthy(entry["CodeUri"])) return new GraphQLCode("CodeS3Location", entry["CodeUri"]!);
        return null;
    }

    public void WriteTo(JObject properties) => properties[property] = value.DeepClone();

    /// <summary>SAM's <c>Runtime</c> (<c>Name</c>, <c>Version</c>) as CloudFormation's (<c>Name</c>, <c>RuntimeVersion</c>).</summary>
    public static JObject Runtime(JObject runtime) => new()
    {
        ["Name"] = runtime["Name"]!.DeepClone(),
        ["RuntimeVersion"] = runtime["Version"]!.DeepClone(),
    };
}
