using SamTransform.Validation;

namespace SamTransform.Tests.Validation;

internal static class ValidationTestSupport
{
    /// <summary>Deprecations are measured against a fixed date so the tests do not change with the calendar.</summary>
    public static readonly DateOnly Today = new(2026, 1, 15);

    public static string Defects => Path.Combine(RepoPaths.Fixtures, "validate", "defects");

    public static string Clean => Path.Combine(RepoPaths.Fixtures, "validate", "clean");

    public static string OfficialSchemas => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "cfn-schemas"));

    public static ValidationResult ValidateFile(string path, string? schemas = null, RuleSettings? settings = null) =>
        TemplateValidator.ValidateFile(path, new ValidationOptions { Today = Today, SchemasDirectory = schemas, Settings = settings ?? RuleSettings.Default });

    /// <summary>Validates YAML text written to a temporary folder (local paths resolve there).</summary>
    public static ValidationResult ValidateText(string yaml, RuleSettings? settings = null)
    {
        var dir = Directory.CreateTempSubdirectory("samvalidate-");
        try
        {
            var file = Path.Combine(dir.FullName, "template.yaml");
            File.WriteAllText(file, yaml);
            return ValidateFile(file, settings: settings);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
