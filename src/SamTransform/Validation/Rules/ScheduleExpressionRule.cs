using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;

namespace SamTransform.Validation.Rules;

/// <summary>
/// <c>ScheduleExpression</c> syntax of EventBridge rules and EventBridge Scheduler: <c>rate(value unit)</c> with the
/// singular unit for 1 and the plural otherwise (rules only: Scheduler accepts either), <c>cron(...)</c> with its six fields, and (Scheduler only) <c>at(...)</c>.
/// </summary>
public sealed partial class ScheduleExpressionRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var (_, _, p) in context.OfType("AWS::Events::Rule"))
            foreach (var expression in ValidationContext.Branches(p["ScheduleExpression"]))
                CheckOne(context, expression, allowAt: false);
        foreach (var (_, _, p) in context.OfType("AWS::Scheduler::Schedule"))
            foreach (var expression in ValidationContext.Branches(p["ScheduleExpression"]))
                CheckOne(context, expression, allowAt: true);
    }

    private static void CheckOne(ValidationContext context, JToken expression, bool allowAt)
    {
        if (expression.Type != JTokenType.String) return;
        var text = (string)expression!;
        if (text.Contains("{{resolve:", StringComparison.Ordinal)) return;
        if (Problem(text, allowAt) is { } problem) context.Report(DiagnosticCatalog.InvalidScheduleExpression(text, problem), expression);
    }

    /// <summary>Why the expression is invalid, or null when it is valid.</summary>
    public static string? Problem(string text, bool allowAt)
    {
        var m = Call().Match(text.Trim());
        if (!m.Success) return allowAt ? "expected rate(...), cron(...) or at(...)" : "expected rate(...) or cron(...)";
        var body = m.Groups[2].Value.Trim();
        return m.Groups[1].Value switch
        {
            "rate" => Rate(body, strictPlural: !allowAt),
            "cron" => Cron(body),
            "at" when allowAt => At(body),
            "at" => "at(...) one-time schedules are for EventBridge Scheduler (AWS::Scheduler::Schedule), not rules",
            var other => $"unknown schedule type '{other}'",
        };
    }

    private static string? Rate(string body, bool strictPlural)
    {
        var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2) return "rate takes a value and a unit, for example rate(5 minutes)";
        if (!long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0) return $"the rate value '{parts[0]}' must be a positive whole number";
        var unit = parts[1];
        string[] singular = ["minute", "hour", "day"];
        var single = Array.IndexOf(singular, unit) >= 0;
        var plural = Array.IndexOf(singular, unit.TrimEnd('s')) >= 0 && unit.EndsWith('s');
        if (!single && !plural) return $"the unit '{unit}' must be minute(s), hour(s) or day(s)";
        // EventBridge rules insist on the unit's number; EventBridge Scheduler accepts rate(5 minute) and rate(1 hours).
        if (!strictPlural) return null;
        if (value == 1 && plural) return $"a value of 1 takes the singular unit '{unit.TrimEnd('s')}'";
        if (value != 1 && single) return $"a value of {value} takes the plural unit '{unit}s'";
        return null;
    }

    private static readonly (string Name, int Min, int Max, string Extra, string[] Names)[] CronFields =
    [
        ("minutes", 0, 59, ",-*/", []),
        ("hours", 0, 23, ",-*/", []),
        ("day-of-month", 1, 31, ",-*?/LW", []),
        ("month", 1, 12, ",-*/", ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]),
        ("day-of-week", 1, 7, ",-*?/L#", ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]),
        ("year", 1970, 2199, ",-*/", []),
    ];

    private static string? Cron(string body)
    {
        var fields = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6) return $"cron takes 6 fields (minutes hours day-of-month month day-of-week year), not {fields.Length}";
        for (var i = 0; i < 6; i++)
            if (CronField(fields[i], CronFields[i]) is { } problem) return problem;
        var dom = fields[2];
        var dow = fields[4];
        if ((dom == "?") == (dow == "?")) return "one of day-of-month and day-of-week must be '?' and the other not";
        return null;
    }

    private static string? CronField(string field, (string Name, int Min, int Max, string Extra, string[] Names) spec)
    {
        foreach (var c in field)
            if (!char.IsAsciiLetterOrDigit(c) && spec.Extra.IndexOf(c) < 0) return $"the {spec.Name} field '{field}' contains '{c}'";
        foreach (var part in field.Split(',', '-', '/', '#'))
        {
            if (part.Length == 0) return $"the {spec.Name} field '{field}' is incomplete";
            if (part is "*" or "?" or "L" or "W" || part.EndsWith('L') || part.EndsWith('W') && spec.Name == "day-of-month")
            {
                if (part is "?" && spec.Name is not ("day-of-month" or "day-of-week")) return $"'?' is only allowed in day-of-month and day-of-week, not {spec.Name}";
                continue;
            }
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                // After '/' the number is an increment and after '#' an occurrence, not a value of the field.
                if ((n < spec.Min || n > spec.Max) && !field.Contains('/', StringComparison.Ordinal) && !field.Contains('#', StringComparison.Ordinal))
                    return $"the {spec.Name} value {n} is outside {spec.Min}-{spec.Max}";
                continue;
            }
            if (spec.Names.Contains(part.ToUpperInvariant())) continue;
            return $"the {spec.Name} field '{field}' has '{part}', which is not a valid value";
        }
        return null;
    }

    private static string? At(string body) =>
        DateTime.TryParseExact(body, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : $"at takes a date and time as yyyy-mm-ddThh:mm:ss, not '{body}'";

    [GeneratedRegex(@"^([a-z]+)\((.*)\)$", RegexOptions.Singleline)]
    private static partial Regex Call();
}
