using System.Collections.Concurrent;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamTransform.Data;

/// <summary>Loads the JSON data files compiled into the library, once per process.</summary>
public static class EmbeddedData
{
    private static readonly ConcurrentDictionary<string, JToken> Cache = new(StringComparer.Ordinal);

    /// <summary>A data file by its path under <c>Data/</c>, for example <c>policy_templates.json</c>. Callers must not change it.</summary>
    public static JToken Load(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("SamTransform.Data." + n.Replace('/', '.'))
            ?? throw new InvalidOperationException($"Missing embedded data file '{n}'.");
        using var reader = new StreamReader(stream);
        // No line info: a position in a data file means nothing to the user, and a token with a position counts as
        // text of the template (Python27.Py27Strings).
        return JToken.Parse(reader.ReadToEnd(), new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Ignore });
    });
}
