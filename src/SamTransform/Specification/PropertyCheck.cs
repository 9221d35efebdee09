using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Specification;

/// <summary>
/// How SAM checks one property's value when it validates a resource or event, and the message it gives when the value
/// fails. SAM has two generations of checks with different messages ("Type of property 'X' is invalid." and
/// "Property 'X' should be a map."); which one a property gets is part of its declaration.
/// </summary>
public abstract class PropertyCheck
{
    /// <summary>The message for <paramref name="value"/> (never null: absent values are not checked), or null when it passes.</summary>
    public abstract string? Problem(string name, JToken value);

    /// <summary>The JSON types the check lets through, for the SAM input schema.</summary>
    public abstract ValueKinds Accepted { get; }

    /// <summary>
    /// "Type of property 'X' is invalid." unless the value is one of <paramref name="accepted"/>, a list whose every
    /// item is one of <paramref name="items"/>, a map whose every value is one of <paramref name="values"/>, or a map
    /// whose keys are all among <paramref name="keys"/>.
    /// </summary>
    public static PropertyCheck TypeOf(ValueKinds accepted, ValueKinds items = ValueKinds.None, ValueKinds values = ValueKinds.None, string[]? keys = null) =>
        new TypeOfCheck(accepted, items, values, keys);

    /// <summary>
    /// "Property 'X' should be a map." (or string, list, boolean) unless the value is of that kind or an intrinsic (a
    /// map of one key).
    /// </summary>
    /// <param name="kind">The kind the message names.</param>
    /// <param name="intrinsic">False for the few checks that take no intrinsic function either.</param>
    /// <param name="alsoAccepted">Other kinds that pass without being named (a REST API's <c>OpenApiVersion</c> may be <c>3.0</c>).</param>
    /// <param name="alsoAcceptedWhen">When given, a value of <paramref name="alsoAccepted"/> passes only if this holds (of the numbers, only <c>3.0</c>).</param>
    public static PropertyCheck ShouldBe(ValueKinds kind, bool intrinsic = true, ValueKinds alsoAccepted = ValueKinds.None, Func<JToken, bool>? alsoAcceptedWhen = null) =>
        new ShouldBeCheck(kind, intrinsic, alsoAccepted, alsoAcceptedWhen);

    /// <summary>"Property 'X' should be a one of the strings: 'A' or 'B'." unless the value is one of them or an intrinsic.</summary>
    public static PropertyCheck OneOfStrings(params string[] values) => new OneOfStringsCheck(values);

    /// <summary>
    /// The <c>Events</c> of a function or state machine: a map. With two events or more each must be a map ("Type of
    /// property 'Events' is invalid."); a single one that is not is reported when the event is read.
    /// </summary>
    public static PropertyCheck EventMap { get; } = new EventMapCheck();

    private sealed class TypeOfCheck(ValueKinds accepted, ValueKinds items, ValueKinds values, string[]? keys) : PropertyCheck
    {
        public override ValueKinds Accepted =>
            accepted | (items == ValueKinds.None ? 0 : ValueKinds.List) | (values == ValueKinds.None && keys is null ? 0 : ValueKinds.Map);

        public override string? Problem(string name, JToken value) => accepted.Accepts(value)
            || items != ValueKinds.None && value is JArray list && list.All(item => items.Accepts(item))
            || values != ValueKinds.None && value is JObject map && map.PropertyValues().All(v => values.Accepts(v))
            || keys is not null && value is JObject keyed && keyed.Properties().All(p => keys.Contains(p.Name, StringComparer.Ordinal))
                ? null
                : DiagnosticCatalog.PropertyTypeInvalid(name);
    }

    private sealed class ShouldBeCheck(ValueKinds kind, bool intrinsic, ValueKinds alsoAccepted, Func<JToken, bool>? alsoAcceptedWhen) : PropertyCheck
    {
        private ValueKinds Named => intrinsic ? kind | ValueKinds.Intrinsic : kind;

        public override ValueKinds Accepted => Named | alsoAccepted;

        public override string? Problem(string name, JToken value) =>
            Named.Accepts(value) || alsoAccepted.Accepts(value) && (alsoAcceptedWhen?.Invoke(value) ?? true)
                ? null
                : DiagnosticCatalog.PropertyShouldBe(name, KindName(kind));

        private static string KindName(ValueKinds kind) => kind switch
        {
            ValueKinds.Map => "map",
            ValueKinds.String => "string",
            ValueKinds.List => "list",
            ValueKinds.Boolean => "boolean",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "SAM's 'should be a' checks name one kind"),
        };
    }

    private sealed class OneOfStringsCheck(string[] values) : PropertyCheck
    {
        public override ValueKinds Accepted => ValueKinds.String | ValueKinds.Intrinsic;

        public override string? Problem(string name, JToken value) =>
            value is JObject { Count: 1 } || value.Type == JTokenType.String && values.Contains((string)value!, StringComparer.Ordinal)
                ? null
                : DiagnosticCatalog.PropertyShouldBeOneOf(name, values);
    }

    private sealed class EventMapCheck : PropertyCheck
    {
        public override ValueKinds Accepted => ValueKinds.Map;

        public override string? Problem(string name, JToken value) =>
            value is JObject events && (events.Count < 2 || events.PropertyValues().All(e => e.Type == JTokenType.Object))
                ? null
                : DiagnosticCatalog.PropertyTypeInvalid(name);
    }
}
