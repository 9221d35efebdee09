using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Events;

/// <summary>
/// How the reference (written in Python) sees template values: which count as "set" and how a value reads when it is
/// formatted into a message.
/// </summary>
public static class PythonValues
{
    /// <summary>Python truthiness (one definition: <see cref="Scalars.IsTruthy"/>).</summary>
    public static bool IsTruthy(JToken? value) => Scalars.IsTruthy(value);

    /// <summary>Python's <c>str()</c>: a string as it is, anything else as its <c>repr()</c>.</summary>
    public static string Str(JToken? value) => value is JValue { Type: JTokenType.String } s ? (string)s! : Repr(value);

    /// <summary>Python's <c>repr()</c> of a JSON value (<c>['a', 'b']</c>, <c>{'Ref': 'X'}</c>, <c>True</c>, <c>None</c>).</summary>
    public static string Repr(JToken? value) => PythonRepr.Repr(value, PythonRepr.Python3);

    /// <summary>Python's name for the type of a value (<c>dict</c>, <c>list</c>, <c>str</c>, <c>int</c>, ...).</summary>
    public static string TypeName(JToken? value) => value?.Type switch
    {
        JTokenType.Object => "dict",
        JTokenType.Array => "list",
        JTokenType.Integer => "int",
        JTokenType.Float => "float",
        JTokenType.Boolean => "bool",
        null or JTokenType.Null or JTokenType.Undefined => "NoneType",
        _ => "str",
    };

    /// <summary><c>repr()</c> of a list of strings.</summary>
    public static string Repr(IEnumerable<string> values) => Repr(new JArray(values));
}
