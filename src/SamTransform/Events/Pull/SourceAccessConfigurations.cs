using Newtonsoft.Json.Linq;

namespace SamTransform.Events.Pull;

/// <summary>Checks the <c>SourceAccessConfigurations</c> of a broker or cluster event (MQ, DocumentDB).</summary>
internal static class SourceAccessConfigurations
{
    /// <summary>Returns the URI of the one entry of <paramref name="requiredType"/>, after checking every entry's type.</summary>
    public static JToken RequireUri(FunctionEventContext context, string eventType, IReadOnlyList<string> supportedTypes, string requiredType)
    {
        var configurations = context.Get("SourceAccessConfigurations");
        if (!PythonValues.IsTruthy(configurations))
            throw context.Invalid($"No SourceAccessConfigurations for Amazon {eventType} event provided.", configurations);
        if (configurations is not JArray list)
            throw context.Invalid("Provided SourceAccessConfigurations cannot be parsed into a list.", configurations);

        JToken? uri = null;
        for (var index = 0; index < list.Count; index++)
        {
            if (list[index] is not JObject entry)
                throw context.Invalid($"Property 'SourceAccessConfigurations[{index}]' should be a map.", list[index]);
            if (entry["Type"] is not JValue { Type: JTokenType.String } typeToken)
                throw context.Invalid($"Property 'SourceAccessConfigurations[{index}].Type' should be a string.", (JToken?)entry["Type"] ?? entry);
            var type = (string)typeToken!;
            if (!supportedTypes.Contains(type))
                throw context.Invalid($"Invalid property Type specified in SourceAccessConfigurations. The supported values are: {PythonValues.Repr(supportedTypes)}.", typeToken);
            if (type != requiredType) continue;
            if (PythonValues.IsTruthy(uri))
                throw context.Invalid($"Multiple {requiredType} properties specified in SourceAccessConfigurations.", entry);
            uri = entry["URI"];
            if (!PythonValues.IsTruthy(uri))
                throw context.Invalid($"No {requiredType} URI property specified in SourceAccessConfigurations.", entry);
        }
        if (!PythonValues.IsTruthy(uri))
            throw context.Invalid($"No {requiredType} property specified in SourceAccessConfigurations.", list);
        return uri!;
    }

    /// <summary><c>SecretsManagerKmsKeyId</c> when set: it must be a plain string (it is written into an ARN).</summary>
    public static string? KmsKeyId(FunctionEventContext context)
    {
        var key = context.Get("SecretsManagerKmsKeyId");
        if (!PythonValues.IsTruthy(key)) return null;
        if (key!.Type != JTokenType.String) throw context.Invalid("Property 'SecretsManagerKmsKeyId' should be a string.", key);
        return (string)key!;
    }
}
