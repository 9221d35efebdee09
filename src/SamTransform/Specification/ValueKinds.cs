using Newtonsoft.Json.Linq;

namespace SamTransform.Specification;

/// <summary>
/// The kinds of value SAM's property checks tell apart, as Python sees them: a boolean is also an integer; a map is any
/// mapping, an intrinsic is what SAM's checks take for an intrinsic function: a map of exactly one key (any key).
/// </summary>
[Flags]
public enum ValueKinds
{
    None = 0,
    String = 1,
    Integer = 2,
    Float = 4,
    Boolean = 8,
    Map = 16,
    List = 32,
    Intrinsic = 64,

    /// <summary>A map of one key or more.</summary>
    NonEmptyMap = 128,
    Number = Integer | Float,
    Any = String | Number | Boolean | Map | List,
}

public static class ValueKindsExtensions
{
    /// <summary>Whether <paramref name="value"/> is one of <paramref name="kinds"/> (a boolean counts as an integer).</summary>
    public static bool Accepts(this ValueKinds kinds, JToken value) => value.Type switch
    {
        JTokenType.String => kinds.HasFlag(ValueKinds.String),
        JTokenType.Integer => kinds.HasFlag(ValueKinds.Integer),
        JTokenType.Float => kinds.HasFlag(ValueKinds.Float),
        JTokenType.Boolean => kinds.HasFlag(ValueKinds.Boolean) || kinds.HasFlag(ValueKinds.Integer),
        JTokenType.Object => kinds.HasFlag(ValueKinds.Map)
            || kinds.HasFlag(ValueKinds.Intrinsic) && ((JObject)value).Count == 1
            || kinds.HasFlag(ValueKinds.NonEmptyMap) && ((JObject)value).Count > 0,
        JTokenType.Array => kinds.HasFlag(ValueKinds.List),
        _ => false,
    };
}
