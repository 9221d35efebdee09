using Newtonsoft.Json.Linq;
using SamTransform.Model;

namespace SamTransform.Pipeline.Stages;

/// <summary>Collects the values SAM substitutes for <c>Ref</c>s: parameter defaults, caller values, pseudo parameters.</summary>
public sealed class ParameterValuesStage : ITransformStage
{
    public string Name => "parameters";

    public void Run(TransformContext context)
    {
        var values = context.ParameterValues;
        foreach (var parameter in context.Parameters.Properties())
            if (parameter.Value is JObject p && p["Default"] is { } d)
                values[parameter.Name] = d;
        foreach (var (name, value) in context.Options.ParameterValues)
            values[name] = JsonValues.FromObject(value);
        values["AWS::Region"] = context.Options.Region;
        values["AWS::Partition"] = context.Options.Partition;
    }
}
