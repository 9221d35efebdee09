using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SamTransform.Tests.Robustness;

/// <summary>What a mutation does to a template.</summary>
internal enum MutationKind
{
    RemoveKey,
    SwapType,
    ListForMap,
    Null,
    EmptyString,
    LongString,
    UnknownIntrinsic,
    MalformedIntrinsic,
    DeepNesting,
    MissingReference,
    CircularDependsOn,
    RenameResource,
    TruncateText,
    DamageLine,
}

/// <summary>One mutated variant: a description to reproduce it by and the template text to feed the reader.</summary>
internal sealed record Mutation(MutationKind Kind, string Description, string Text);

/// <summary>
/// Derives broken variants of a valid template, deterministically from a seed. Tree mutations edit a copy of the read
/// document and write it back out as text (as JSON, or as YAML via a leading comment, so both reader paths are hit);
/// text mutations damage the original file. Targets are mostly drawn from the Resources section, where the expanders
/// work.
/// </summary>
internal static class TemplateMutator
{
    private static readonly MutationKind[] Kinds = Enum.GetValues<MutationKind>();

    private static readonly string[] LogicalIdLike = ["MissingResource", "Missing.Arn", "AWS::NoSuchPseudo", "", "Fn::Sub"];

    public static IEnumerable<Mutation> Mutate(string text, JObject template, ulong seed, int count)
    {
        var random = new SeededRandom(seed);
        // Cycle through the kinds from a seeded start so every template gets every kind once per full round.
        var offset = random.Next(Kinds.Length);
        for (var i = 0; i < count; i++)
        {
            var kind = Kinds[(offset + i) % Kinds.Length];
            yield return kind switch
            {
                MutationKind.TruncateText => Truncate(text, random),
                MutationKind.DamageLine => DamageLine(text, random),
                _ => MutateTree(kind, template, random),
            };
        }
    }

    private static Mutation MutateTree(MutationKind kind, JObject template, SeededRandom random)
    {
        var copy = (JObject)template.DeepClone();
        var description = kind switch
        {
            MutationKind.RemoveKey => RemoveKey(copy, random),
            MutationKind.CircularDependsOn => CircularDependsOn(copy, random),
            MutationKind.RenameResource => RenameResource(copy, random),
            _ => ReplaceValue(kind, copy, random),
        };
        var json = copy.ToString(random.Chance(50) ? Formatting.Indented : Formatting.None);
        // A document that does not start with '{' goes through the YAML reader.
        var asYaml = random.Chance(50);
        return new Mutation(kind, $"{kind} {description}{(asYaml ? " (as YAML)" : " (as JSON)")}", asYaml ? "# mutated\n" + json : json);
    }

    private static string ReplaceValue(MutationKind kind, JObject root, SeededRandom random)
    {
        var target = PickValue(root, random);
        if (target is null) return "(no target)";
        var path = target.Path;
        JToken replacement = kind switch
        {
            MutationKind.SwapType => OtherType(target, random),
            MutationKind.ListForMap => target switch
            {
                JObject obj => new JArray(obj.Properties().Select(p => p.Value)),
                JArray array => new JObject(array.Select((item, i) => new JProperty("Item" + i, item))),
                _ => new JArray(target),
            },
            MutationKind.Null => JValue.CreateNull(),
            MutationKind.EmptyString => new JValue(""),
            MutationKind.LongString => new JValue(LongString(random)),
            MutationKind.UnknownIntrinsic => new JObject(new JProperty(random.Pick(["Fn::Frobnicate", "Fn::", "Fn::GetAttr", "Ref::"]), target)),
            MutationKind.MalformedIntrinsic => MalformedIntrinsic(random),
            MutationKind.DeepNesting => Nest(target, random.Next(50, 600), random),
            MutationKind.MissingReference => random.Next(3) switch
            {
                0 => new JObject(new JProperty("Ref", random.Pick(LogicalIdLike))),
                1 => new JObject(new JProperty("Fn::GetAtt", new JArray(random.Pick(LogicalIdLike), "Arn"))),
                _ => new JObject(new JProperty("Fn::Sub", "arn:${AWS::Partition}:${MissingResource.Arn}/${" + random.Pick(LogicalIdLike) + "}")),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        Replace(target, replacement);
        return path;
    }

    private static void Replace(JToken target, JToken replacement)
    {
        if (target.Parent is JProperty property) property.Value = replacement;
        else target.Replace(replacement);
    }

    private static JToken OtherType(JToken target, SeededRandom random)
    {
        JToken[] choices =
        [
            new JValue(42), new JValue(-1), new JValue(true), new JValue(3.25), new JValue("text"),
            new JArray(), new JObject(), new JArray("a", 1, JValue.CreateNull()), new JObject(new JProperty("Key", "Value")),
        ];
        var candidates = choices.Where(c => c.Type != target.Type).ToList();
        return random.Pick(candidates);
    }

    private static JToken MalformedIntrinsic(SeededRandom random) => random.Next(10) switch
    {
        0 => JObject.Parse("""{"Ref": 5}"""),
        1 => JObject.Parse("""{"Ref": ["A", "B"]}"""),
        2 => JObject.Parse("""{"Fn::GetAtt": 5}"""),
        3 => JObject.Parse("""{"Fn::GetAtt": []}"""),
        4 => JObject.Parse("""{"Fn::Sub": [1]}"""),
        5 => JObject.Parse("""{"Fn::Sub": ["${A}", "not-a-map"]}"""),
        6 => JObject.Parse("""{"Fn::If": ["OnlyCondition"]}"""),
        7 => JObject.Parse("""{"Fn::Join": "x"}"""),
        8 => JObject.Parse("""{"Fn::FindInMap": []}"""),
        _ => JObject.Parse("""{"Fn::Sub": "${unterminated"}"""),
    };

    /// <summary>Wraps a value in alternating maps and lists, depth levels deep.</summary>
    private static JToken Nest(JToken value, int depth, SeededRandom random)
    {
        var current = value;
        for (var i = 0; i < depth; i++)
            current = random.Chance(50) ? new JArray(current) : new JObject(new JProperty("Nested", current));
        return current;
    }

    /// <summary>A long string that mixes characters SAM parses: Sub variables, ARNs, dots, YAML indicators.</summary>
    private static string LongString(SeededRandom random)
    {
        const string alphabet = "abcXYZ019-_.:/${}!*& \"'\\#\n\tÄ€😀";
        var length = random.Next(10_000, 120_000);
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
        // Keep surrogate pairs whole: a lone surrogate cannot be written as UTF-8.
        for (var i = 0; i < length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && (i + 1 == length || !char.IsLowSurrogate(chars[i + 1]))) chars[i] = 'x';
            else if (char.IsLowSurrogate(chars[i]) && (i == 0 || !char.IsHighSurrogate(chars[i - 1]))) chars[i] = 'y';
        }
        return new string(chars);
    }

    private static string RemoveKey(JObject root, SeededRandom random)
    {
        var properties = Candidates(root, random).OfType<JProperty>().ToList();
        if (properties.Count == 0) return "(no key)";
        var property = random.Pick(properties);
        var path = property.Path;
        property.Remove();
        return path;
    }

    private static string CircularDependsOn(JObject root, SeededRandom random)
    {
        if (root["Resources"] is not JObject resources) return "(no Resources)";
        var ids = resources.Properties().Where(p => p.Value is JObject).Select(p => p.Name).ToList();
        if (ids.Count == 0) return "(no resources)";
        var a = random.Pick(ids);
        var b = random.Pick(ids);
        resources[a]!["DependsOn"] = b;
        resources[b]!["DependsOn"] = random.Chance(50) ? new JArray(a) : a;
        return $"{a} <-> {b}";
    }

    /// <summary>Renames a resource so that every reference to it dangles (sometimes to an id CloudFormation rejects).</summary>
    private static string RenameResource(JObject root, SeededRandom random)
    {
        if (root["Resources"] is not JObject resources || resources.Count == 0) return "(no resources)";
        var property = random.Pick(resources.Properties().ToList());
        var name = random.Pick(["Renamed", "bad-id!", "", property.Name + property.Name]);
        if (resources.ContainsKey(name)) name += "2";
        property.Replace(new JProperty(name, property.Value));
        return $"{property.Name} -> '{name}'";
    }

    private static Mutation Truncate(string text, SeededRandom random)
    {
        var at = random.Next(1, Math.Max(2, text.Length));
        if (at < text.Length && char.IsLowSurrogate(text[at])) at--; // never split a surrogate pair
        at = Math.Min(at, text.Length);
        return new Mutation(MutationKind.TruncateText, $"TruncateText at {at}", text[..at]);
    }

    /// <summary>Deletes, duplicates or tab-indents one line of the original text.</summary>
    private static Mutation DamageLine(string text, SeededRandom random)
    {
        var lines = text.Split('\n').ToList();
        var index = random.Next(lines.Count);
        var how = random.Next(3);
        switch (how)
        {
            case 0: lines.RemoveAt(index); break;
            case 1: lines.Insert(index, lines[index]); break;
            default: lines[index] = "\t" + lines[index]; break;
        }
        var what = how switch { 0 => "delete", 1 => "duplicate", _ => "tab-indent" };
        return new Mutation(MutationKind.DamageLine, $"DamageLine {what} line {index + 1}", string.Join('\n', lines));
    }

    private static JToken? PickValue(JObject root, SeededRandom random)
    {
        var values = Candidates(root, random).Where(t => t is not JProperty).ToList();
        return values.Count == 0 ? null : random.Pick(values);
    }

    /// <summary>Tokens to mutate: three times in four from under Resources (where the expanders work), else anywhere.</summary>
    private static IEnumerable<JToken> Candidates(JObject root, SeededRandom random)
    {
        var scope = random.Chance(75) && root["Resources"] is JObject { Count: > 0 } resources ? resources : root;
        return scope.Descendants();
    }
}
