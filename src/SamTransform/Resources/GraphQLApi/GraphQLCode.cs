using Newtonsoft.Json.Linq;
using static SamTransform.Diagnostics.DiagnosticCatalog;

namespace SamTransform.Resources.GraphQLApi;

/// <summary>The code of a function or resolver: <c>InlineCode</c> (<c>Code</c>) or <c>CodeUri</c> (<c>CodeS3Location</c>).</summary>
public sealed class GraphQLCode(string property, JToken value)
{
    /// <summary>A function's code: exactly one of the two must be set.</summary>
    public static GraphQLCode Read(JObject entry, string name)
    {
        var inline = entry["InlineCode"] is { Type: not JTokenType.Null } i ? i : null;
        var uri = entry["CodeUri"] is { Type: not JTokenType.Null } u ? u : null;
        if (inline is not null && uri is not null) throw GraphQLFunctions.Invalid(name, GraphQL.BothCodes, uri);
        return Optional(entry) ?? throw GraphQLFunctions.Invalid(name, GraphQL.NoCode, entry);
    }

    /// <summary>The code when one is given (inline first), or null.</summary>
    public static GraphQLCode? Optional(JObject entry)
    {
        if (entry["InlineCode"] is { Type: not JTokenType.Null } inline) return new GraphQLCode("Code", inline);
        if (entry["CodeUri"] is { Type: not JTokenType.Null } uri) return new GraphQLCode("CodeS3Location", uri);
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
