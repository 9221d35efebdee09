using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using SamTransform.Pipeline;
using SamTransform.Reading;
using SamTransform.Validation.Rules;
using SamTransform.Validation.Schemas;

namespace SamTransform.Validation;

/// <summary>
/// <c>validate</c>: checks the SAM input against the SAM schema, transforms it, then checks the CloudFormation result
/// against resource schemas and the quota rules. Every diagnostic carries the position the user wrote.
/// <code>
/// var result = TemplateValidator.ValidateFile("template.yaml", new ValidationOptions());
/// foreach (var d in result.Diagnostics) Console.WriteLine(d.Format("template.yaml"));
/// </code>
/// </summary>
public static class TemplateValidator
{
    public static ValidationResult ValidateFile(string path, ValidationOptions options) =>
        Validate(TemplateReader.ReadFile(path), options with { TemplateDirectory = options.TemplateDirectory ?? Path.GetDirectoryName(Path.GetFullPath(path)) });

    /// <summary>Validates a template already read (its reading diagnostics come first).</summary>
    public static ValidationResult Validate(ReadResult read, ValidationOptions options)
    {
        if (!read.Succeeded) return new ValidationResult(null, read.Diagnostics);
        var result = Validate(read.Template!, options);
        return read.Diagnostics.Count == 0 ? result : result with { Diagnostics = [.. read.Diagnostics, .. result.Diagnostics] };
    }

    public static ValidationResult Validate(JObject template, ValidationOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var input = new ValidationContext(template, new Dictionary<string, string>(), options, diagnostics);
        SamInputChecker.Check(template, input);
        var inputCount = diagnostics.Count;

        var resolver = options.TemplateDirectory is { } dir ? new LocalArtifactResolver(dir) : null;
        var transformOptions = resolver is null ? options.Transform : options.Transform with { LocalArtifacts = resolver };
        var transformed = SamTransformer.Transform(template, transformOptions);
        if (resolver is not null) diagnostics.AddRange(resolver.Diagnostics);

        // The input schema already explains an unknown or mistyped property more precisely than the transform.
        var explained = diagnostics.Where(d => d.IsError && d.Location is not null).Select(d => d.Location!.Value).ToHashSet();
        var explainedResources = diagnostics.Where(d => d.IsError && d.Code is "SAM3001" or "SAM3002").Select(d => d.ResourceId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var d in transformed.Diagnostics)
            if (!(d.Location is { } at && explained.Contains(at)) && !(d.IsError && d.ResourceId is { } id && explainedResources.Contains(id) && d.Message.Contains("not defined for resource", StringComparison.Ordinal)))
                diagnostics.Add(d);

        if (transformed.Output is { } output)
        {
            var context = new ValidationContext(output, transformed.Origins, options, diagnostics, ValidationContext.KeysOfContainers(template));
            var store = options.SchemasDirectory is { } schemas ? SchemaStore.FromDirectory(schemas) : SchemaStore.Bundled;
            var before = diagnostics.Count;
            CfnSchemaChecker.Check(context, store, reportUnknownTypes: options.SchemasDirectory is not null);
            var schemaFound = diagnostics.Count - before;
            var checkNames = ReferenceRule.Applies(template);
            foreach (var rule in RuleRegistry.All)
                if (checkNames || rule is not (ReferenceRule or DependencyCycleRule or SubstitutionOutsideSubRule)) rule.Check(context);
            Deduplicate(diagnostics, before, schemaFound);
            // What the input check already said at a position is not said again about the generated copy.
            var inputErrors = diagnostics.Take(inputCount).Where(d => d.Location is not null).Select(d => (d.Location, d.Level)).ToHashSet();
            for (var i = diagnostics.Count - 1; i >= before; i--)
                if (inputErrors.Contains((diagnostics[i].Location, diagnostics[i].Level))) diagnostics.RemoveAt(i);
        }
        else if (ReferenceRule.Applies(template))
        {
            // The transform stopped at a problem: the names of the template as written are still checked, so that
            // one run reports them too.
            var before = diagnostics.Count;
            ReferenceRule.CheckAsWritten(input);
            var known = diagnostics.Take(before).Where(d => d.Location is not null).Select(d => d.Location).ToHashSet();
            for (var i = diagnostics.Count - 1; i >= before; i--)
                if (known.Contains(diagnostics[i].Location)) diagnostics.RemoveAt(i);
        }
        return new ValidationResult(transformed.Output, Order(diagnostics));
    }

    /// <summary>
    /// A rule's message says more than the schema's about the same value: drop the schema's. Of several schema
    /// errors about one value (pattern and length, ...) the first is enough.
    /// </summary>
    private static void Deduplicate(List<Diagnostic> diagnostics, int schemaStart, int schemaCount)
    {
        var seen = diagnostics.Skip(schemaStart + schemaCount).Select(d => d.Path).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var kept = new List<Diagnostic>();
        foreach (var d in diagnostics.Skip(schemaStart).Take(schemaCount))
            if (d.Path is null || d.Code == "SAM3012" || seen.Add(d.Path)) kept.Add(d);
        diagnostics.RemoveRange(schemaStart, schemaCount);
        diagnostics.InsertRange(schemaStart, kept);
    }

    /// <summary>
    /// In source order, each problem once: a value of <c>Globals</c> copied into several functions is one problem at
    /// the place it is written.
    /// </summary>
    private static List<Diagnostic> Order(List<Diagnostic> diagnostics) =>
        [.. diagnostics
            .DistinctBy(d => d.Location is null ? (object)d : (d.Code, d.Location, d.Message))
            .OrderBy(d => d.Location?.Line ?? int.MaxValue)
            .ThenBy(d => d.Location?.Column ?? int.MaxValue)
            .ThenBy(d => d.Code, StringComparer.Ordinal)];
}
