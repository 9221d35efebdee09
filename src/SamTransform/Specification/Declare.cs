namespace SamTransform.Specification;

/// <summary>
/// The vocabulary the type declarations in this folder are written in (<c>using static</c>, with
/// <c>using V = SamTransform.Specification.ValueKinds</c> for the kinds of value).
/// </summary>
public static class Declare
{
    /// <param name="name">The property.</param>
    /// <param name="check">SAM's type check (null: none).</param>
    /// <param name="globals">Its position in the type's <c>Globals</c> list (null: Globals may not set it).</param>
    /// <param name="passThrough">Copied unchanged to the main generated resource.</param>
    /// <param name="outputName">The name it has there, when it differs.</param>
    /// <param name="required">Absent is "Missing required property".</param>
    /// <param name="omitFalsy">Passed through only when not empty, zero or false.</param>
    public static SamProperty Prop(string name, PropertyCheck? check = null, int? globals = null, bool passThrough = false,
        string? outputName = null, bool required = false, bool omitFalsy = false) => new(name)
        {
            Check = check,
            GlobalsPosition = globals,
            Output = passThrough || outputName is not null ? PropertyOutput.PassThrough : PropertyOutput.Consumed,
            OutputName = outputName,
            Required = required,
            OmitWhenFalsy = omitFalsy,
        };

    /// <inheritdoc cref="PropertyCheck.TypeOf"/>
    public static PropertyCheck TypeOf(ValueKinds accepted, ValueKinds items = ValueKinds.None, ValueKinds values = ValueKinds.None, string[]? keys = null) =>
        PropertyCheck.TypeOf(accepted, items, values, keys);

    /// <inheritdoc cref="PropertyCheck.ShouldBe"/>
    public static PropertyCheck ShouldBe(ValueKinds kind, bool intrinsic = true, ValueKinds alsoAccepted = ValueKinds.None, Func<Newtonsoft.Json.Linq.JToken, bool>? alsoAcceptedWhen = null) =>
        PropertyCheck.ShouldBe(kind, intrinsic, alsoAccepted, alsoAcceptedWhen);

    /// <inheritdoc cref="PropertyCheck.OneOfStrings"/>
    public static PropertyCheck OneOfStrings(params string[] values) => PropertyCheck.OneOfStrings(values);

    /// <inheritdoc cref="PropertyCheck.EventMap"/>
    public static PropertyCheck EventMap => PropertyCheck.EventMap;

    // Shorthands for the checks SAM's event types use most.

    /// <summary>"Property 'X' should be a string." (an intrinsic passes).</summary>
    public static SamProperty Text(string name, bool required = false, bool passThrough = false) => Prop(name, ShouldBe(ValueKinds.String), required: required, passThrough: passThrough);

    /// <summary>"Property 'X' should be a map."</summary>
    public static SamProperty MapOf(string name, bool passThrough = false) => Prop(name, ShouldBe(ValueKinds.Map), passThrough: passThrough);

    /// <summary>"Type of property 'X' is invalid." unless an integer (or boolean) or an intrinsic.</summary>
    public static SamProperty Int(string name, bool passThrough = false) => Prop(name, TypeOf(ValueKinds.Integer | ValueKinds.Intrinsic), passThrough: passThrough);

    /// <summary>"Type of property 'X' is invalid." unless a boolean or an intrinsic.</summary>
    public static SamProperty Bool(string name, bool passThrough = false) => Prop(name, TypeOf(ValueKinds.Boolean | ValueKinds.Intrinsic), passThrough: passThrough);

    /// <summary>"Type of property 'X' is invalid." unless a list or an intrinsic.</summary>
    public static SamProperty ListOf(string name, bool passThrough = false) => Prop(name, TypeOf(ValueKinds.List | ValueKinds.Intrinsic), passThrough: passThrough);
}
