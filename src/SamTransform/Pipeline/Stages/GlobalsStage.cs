using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Specification;

namespace SamTransform.Pipeline.Stages;

/// <summary>
/// Merges the <c>Globals</c> section into each SAM resource: maps merge key by key (the resource wins), lists are
/// concatenated (globals first), anything else is overridden by the resource. Honours <c>IgnoreGlobals</c>. Which
/// properties each type's section may set is declared with the type (<see cref="SamSpecs.GlobalsSections"/>).
/// </summary>
public sealed class GlobalsStage : ITransformStage
{
    private const string Prefix = "AWS::Serverless::";

    public string Name => "globals";

    public void Run(TransformContext context)
    {
        var globalsToken = context.Template["Globals"];
        context.Template.Remove("Globals");
        if (globalsToken is null) return;
        if (globalsToken is not JObject globals || globals.Count == 0)
            throw new SamDocumentException("'Globals' section is invalid. It must be a non-empty dictionary", globalsToken);

        var sections = SamSpecs.GlobalsSections;
        foreach (var section in globals.Properties())
        {
            if (sections.FirstOrDefault(s => s.Section == section.Name).Spec is not { } spec)
                throw new SamDocumentException($"'Globals' section is invalid. '{section.Name}' is not supported. Must be one of the following values - {Scalars.PythonList(sections.Select(s => s.Section))}", section);
            if (section.Value is not JObject values)
                throw new SamDocumentException($"'Globals' section is invalid. Globals for '{section.Name}' must be a dictionary", section.Value);
            var names = spec.GlobalsProperties.ToList();
            foreach (var property in values.Properties())
                if (!names.Contains(property.Name))
                    throw new SamDocumentException($"'Globals' section is invalid. '{property.Name}' is not a supported property of '{section.Name}'. Must be one of the following values - {Scalars.PythonList(names)}", property);
        }

        foreach (var resource in context.Resources)
        {
            if (!resource.Type.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            if (globals[resource.Type[Prefix.Length..]] is not JObject values) continue;
            var ignored = IgnoredProperties(resource, values);
            if (ignored is null) continue;
            if (resource.Definition["Properties"] is { Type: not JTokenType.Null and not JTokenType.Object }) continue; // reported by the expander
            var properties = resource.Properties;
            foreach (var global in values.Properties())
            {
                if (ignored.Contains(global.Name)) continue;
                var local = properties[global.Name];
                properties[global.Name] = local is null ? Inherit(global.Value) : Merge(global.Value, local);
            }
        }
    }

    /// <summary>
    /// The properties the resource opts out of (null: all of them). Each name listed must be one the Globals section
    /// sets for the type; an empty value opts out of nothing.
    /// </summary>
    private static HashSet<string>? IgnoredProperties(SamResource resource, JObject values)
    {
        var token = resource.Definition["IgnoreGlobals"];
        if (!Scalars.IsTruthy(token)) return [];
        if (token!.Type == JTokenType.String && (string)token! == "*") return null;
        if (token is JArray list)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in list)
            {
                var name = Events.PythonValues.Str(item);
                if (item.Type != JTokenType.String || values[name] is null)
                    throw new SamException($"Resource {resource.LogicalId} has invalid resource attribute 'IgnoreGlobals' on item '{name}'.", item) { ResourceIdOverride = resource.LogicalId };
                set.Add(name);
            }
            return set;
        }
        throw new SamException($"Resource {resource.LogicalId} has invalid resource attribute 'IgnoreGlobals'.", token) { ResourceIdOverride = resource.LogicalId };
    }

    /// <summary>A copy of a value of Globals that a resource takes as it is, each of its maps marked as shared (<see cref="SharedGlobal"/>).</summary>
    private static JToken Inherit(JToken global)
    {
        var copy = global.DeepClone();
        MarkShared(global, copy);
        return copy;
    }

    /// <summary>Marks every map of <paramref name="copy"/> with the map of Globals it copies, at every depth.</summary>
    private static void MarkShared(JToken original, JToken copy)
    {
        switch (copy)
        {
            case JObject map:
                map.RemoveAnnotations<SharedGlobal>();
                map.AddAnnotation(original.Annotation<SharedGlobal>() ?? new SharedGlobal((JObject)original));
                foreach (var p in map.Properties()) MarkShared(((JObject)original)[p.Name]!, p.Value);
                break;
            case JArray list:
                for (var i = 0; i < list.Count; i++) MarkShared(((JArray)original)[i], list[i]);
                break;
        }
    }

    internal static JToken Merge(JToken global, JToken local)
    {
        if (global is JObject g && local is JObject l && !Intrinsics.IsIntrinsic(g) && !Intrinsics.IsIntrinsic(l))
        {
            // A merged map is the resource's own; the values it takes from Globals as they are are shared.
            var merged = (JObject)g.DeepClone();
            MarkShared(g, merged);
            merged.RemoveAnnotations<SharedGlobal>();
            foreach (var p in l.Properties())
                merged[p.Name] = merged[p.Name] is { } existing ? Merge(existing, p.Value) : p.Value;
            return merged;
        }
        if (global is JArray ga && local is JArray la)
        {
            var merged = (JArray)ga.DeepClone();
            MarkShared(ga, merged);
            foreach (var item in la) merged.Add(item);
            return merged;
        }
        return local;
    }
}

/// <summary>
/// Marks a map of a resource's properties that came from <c>Globals</c> as it is (not merged with the resource's own):
/// in the reference, every resource that inherits it holds the same map, so what the transform of one writes into it
/// the next sees (an edge domain's <c>Route53.DistributionDomainName</c>). <see cref="Global"/> is the map of Globals.
/// </summary>
public sealed class SharedGlobal(JObject global)
{
    public JObject Global { get; } = global;
}
