namespace SamTransform.Diagnostics;

/// <summary>The reference transform's messages about a property's presence and type (see <c>Specification/</c>).</summary>
public static partial class DiagnosticCatalog
{
    public static string PropertyTypeInvalid(string name) => $"Type of property '{name}' is invalid.";

    /// <summary><paramref name="kind"/>: map, string, list or boolean.</summary>
    public static string PropertyShouldBe(string name, string kind) => $"Property '{name}' should be a {kind}.";

    public static string PropertyShouldBeOneOf(string name, IReadOnlyList<string> values) =>
        $"Property '{name}' should be a one of the strings: {string.Join(" or ", values.Select(v => $"'{v}'"))}.";

    /// <summary>A logical id (written, or built from the template's text) that is not ASCII letters and digits.</summary>
    public const string LogicalIdNotAlphanumeric = "Logical ids must be alphanumeric.";

    public static string MissingRequiredProperty(string name) => $"Missing required property '{name}'.";

    public static string PropertyNotDefined(string name, string type) => $"property {name} not defined for resource of type {type}";
}
