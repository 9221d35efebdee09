using System.Text;
using System.Text.Unicode;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamTransform.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SamTransform.Reading;

/// <summary>The result of reading a template: the document (null when it could not be read) and what went wrong.</summary>
public sealed record ReadResult(JObject? Template, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Template is not null && !Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Reads YAML or JSON templates into Newtonsoft tokens that remember their source position.
/// CloudFormation short-form tags become their long form. Every resource an input can claim is bounded: its size in
/// bytes, its node count (aliases included, so a "billion laughs" document stops early) and its nesting; the builder
/// is iterative, so no input can overflow the stack.
/// </summary>
public static class TemplateReader
{
    public const int MaxDepth = 512;

    /// <summary>Nodes a document may have once aliases are expanded: several times any deployable template.</summary>
    public const long MaxNodes = 1_000_000;

    /// <summary>
    /// The largest input read. CloudFormation accepts templates of at most 1 MB, so this only turns away inputs that
    /// would cost memory for nothing.
    /// </summary>
    public const long MaxTemplateBytes = 16 * 1024 * 1024;

    private static readonly SourceLocation Start = new(1, 1);

    public static ReadResult ReadFile(string path)
    {
        if (!File.Exists(path)) return new ReadResult(null, [DiagnosticCatalog.FileNotFound(path)]);
        var length = new FileInfo(path).Length;
        if (length > MaxTemplateBytes) return TooLarge(length);
        return ReadBytes(File.ReadAllBytes(path));
    }

    public static ReadResult ReadBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxTemplateBytes) return TooLarge(bytes.Length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new ReadResult(null, [DiagnosticCatalog.NotUtf8Encoding("UTF-16", Start)]);
        if (!Utf8.IsValid(bytes))
        {
            var chars = new char[bytes.Length];
            Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            var prefix = Encoding.UTF8.GetString(bytes[..read]);
            var line = 1 + prefix.Count(c => c == '\n');
            var column = prefix.Length - (prefix.LastIndexOf('\n') + 1) + 1;
            return new ReadResult(null, [DiagnosticCatalog.InvalidUtf8(read, new SourceLocation(line, column))]);
        }
        return Read(Encoding.UTF8.GetString(bytes));
    }

    public static ReadResult Read(string text)
    {
        if (text.Length > MaxTemplateBytes) return TooLarge(text.Length);
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.Length > 0 && trimmed[0] == '{')
        {
            var json = TryReadJson(text);
            if (json is not null) return json;
        }
        // Each retry empties the space-only lines of one block scalar YamlDotNet refuses (BlockScalarIndentation).
        for (var attempt = 0; ; attempt++)
        {
            var builder = new YamlBuilder(text);
            var result = builder.Build();
            if (builder.ExtraSpacesLine is not { } line || attempt == MaxBlockScalarRetries || !BlockScalarIndentation.TryFix(text, line, out text)) return result;
        }
    }

    /// <summary>Block scalars with leading space-only lines fixed in one document, at most (each costs one more parse).</summary>
    private const int MaxBlockScalarRetries = 64;

    private static ReadResult TooLarge(long size) => new(null, [DiagnosticCatalog.TemplateTooLarge(size, MaxTemplateBytes, Start)]);

    /// <summary>Fast path for JSON documents; falls back to the YAML reader (which reports better errors) on failure.</summary>
    private static ReadResult? TryReadJson(string text)
    {
        using var reader = new CountingJsonReader(text) { MaxDepth = MaxDepth, DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double };
        try
        {
            var settings = new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error, LineInfoHandling = LineInfoHandling.Load, CommentHandling = CommentHandling.Ignore };
            var token = JToken.ReadFrom(reader, settings);
            if (reader.Read()) return null;
            return token is JObject obj
                ? new ReadResult(obj, [])
                : new ReadResult(null, [DiagnosticCatalog.NotAMapping(SourceLocation.Of(token))]);
        }
        catch (NodeLimitException)
        {
            return new ReadResult(null, [DiagnosticCatalog.TooManyNodes(MaxNodes, new SourceLocation(reader.LineNumber, Math.Max(1, reader.LinePosition)))]);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class NodeLimitException : Exception;

    /// <summary>
    /// Stops a JSON document at <see cref="MaxNodes"/> tokens, before it has cost the memory, and gives each token the
    /// position of its first character (the quote of a key, the first character of a value), where Newtonsoft's own
    /// line info is the position after it: the loader reads positions through <see cref="IJsonLineInfo"/>, which this
    /// reader implements again.
    /// </summary>
    private sealed class CountingJsonReader(string text) : JsonTextReader(new StringReader(text)), IJsonLineInfo
    {
        private readonly List<int> _lineStarts = LineStarts(text);
        private long _tokens;
        private int _line;
        private int _column;

        int IJsonLineInfo.LineNumber => _line;

        int IJsonLineInfo.LinePosition => _column;

        bool IJsonLineInfo.HasLineInfo() => _line > 0;

        public override bool Read()
        {
            if (++_tokens > MaxNodes) throw new NodeLimitException();
            // Where the previous token ended; the next one starts at the first character after it that is not
            // white space or a separator.
            var index = LineNumber == 0 ? 0 : _lineStarts[Math.Min(LineNumber, _lineStarts.Count) - 1] + LinePosition;
            if (!base.Read()) return false;
            while (index < text.Length && text[index] is ' ' or '\t' or '\r' or '\n' or ',' or ':' or '\uFEFF') index++;
            var line = _lineStarts.BinarySearch(index);
            if (line < 0) line = ~line - 1;
            (_line, _column) = (line + 1, index - _lineStarts[line] + 1);
            return true;
        }

        /// <summary>Where each line starts, with Newtonsoft's line breaks (<c>\n</c>, <c>\r\n</c>, a lone <c>\r</c>).</summary>
        private static List<int> LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))) starts.Add(i + 1);
            return starts;
        }
    }

    private sealed class Frame(JContainer container, string? tag, string? anchor, SourceLocation location)
    {
        public JContainer Container { get; } = container;
        public string? Tag { get; } = tag;
        public string? Anchor { get; } = anchor;
        public SourceLocation Location { get; } = location;
        public string? PendingKey;
        public SourceLocation PendingKeyLocation;
        public bool PendingKeyIsMerge;
        public bool PendingKeyIsNonString;
        public List<JObject>? Merges;
        public long Nodes = 1;
    }

    private sealed class YamlBuilder(string text)
    {
        private readonly List<Diagnostic> _diagnostics = [];
        private readonly Dictionary<string, (JToken Token, long Nodes)> _anchors = new(StringComparer.Ordinal);
        private readonly Stack<Frame> _stack = new();
        private JToken? _root;
        private long _totalNodes;
        private bool _fatal;

        /// <summary>Set when YamlDotNet refused a literal block scalar's leading space-only lines, at this line.</summary>
        public int? ExtraSpacesLine { get; private set; }

        public ReadResult Build()
        {
            var parser = new Parser(new StringReader(text));
            var documents = 0;
            try
            {
                while (!_fatal && parser.MoveNext())
                {
                    var ev = parser.Current!;
                    switch (ev)
                    {
                        case DocumentStart:
                            if (++documents > 1) Fail(DiagnosticCatalog.UnsupportedYaml("a template must be a single YAML document", At(ev.Start)));
                            break;
                        case Scalar scalar:
                            OnScalar(scalar);
                            break;
                        case MappingStart ms:
                            Push(new JObject(), ms.Tag, ms.Anchor, At(ms.Start));
                            break;
                        case SequenceStart ss:
                            Push(new JArray(), ss.Tag, ss.Anchor, At(ss.Start));
                            break;
                        case MappingEnd or SequenceEnd:
                            Pop();
                            break;
                        case AnchorAlias alias:
                            OnAlias(alias);
                            break;
                    }
                }
            }
            catch (YamlException ex)
            {
                if (ex.Message.Contains(BlockScalarIndentation.YamlDotNetMessage, StringComparison.Ordinal)) ExtraSpacesLine = (int)ex.Start.Line;
                _diagnostics.Add(TabIndentation(ex) ?? DiagnosticCatalog.YamlSyntax(CleanMessage(ex.Message), At(ex.Start)));
                return new ReadResult(null, _diagnostics);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // YamlDotNet's scanner can fail with a bare exception on some malformed input (an unclosed flow
                // collection followed by block content, for one); report it after the last event that parsed.
                _diagnostics.Add(DiagnosticCatalog.YamlSyntax("the YAML parser could not continue after this point (is a '[', '{' or quote left open?)", At(parser.Current?.End ?? Mark.Empty)));
                return new ReadResult(null, _diagnostics);
            }
            if (_fatal) return new ReadResult(null, _diagnostics);
            if (_root is null || _root.Type == JTokenType.Null)
                return new ReadResult(null, [.. _diagnostics, DiagnosticCatalog.EmptyDocument(new SourceLocation(1, 1))]);
            if (_root is not JObject obj)
                return new ReadResult(null, [.. _diagnostics, DiagnosticCatalog.NotAMapping(SourceLocation.Of(_root))]);
            return new ReadResult(obj, _diagnostics);
        }

        /// <summary>
        /// YamlDotNet blames a tab in the indentation on the mapping around it (often line 1); point at the first line
        /// from there on that a tab indents, and say what to do.
        /// </summary>
        private Diagnostic? TabIndentation(YamlException ex)
        {
            if (!ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase)) return null;
            var line = 1;
            for (var i = 0; i < text.Length; line++)
            {
                var end = text.IndexOf('\n', i);
                if (end < 0) end = text.Length;
                if (line >= ex.Start.Line)
                {
                    var indent = i;
                    while (indent < end && text[indent] is ' ' or '\t') indent++;
                    var tab = text.IndexOf('\t', i, indent - i);
                    if (tab >= 0 && indent < end && text[indent] is not ('\r' or '#'))
                        return DiagnosticCatalog.YamlSyntax("a tab character indents this line; YAML indentation must use spaces", new SourceLocation(line, tab - i + 1));
                }
                i = end + 1;
            }
            return null;
        }

        private static string CleanMessage(string message)
        {
            // YamlDotNet prefixes "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; we print the position ourselves.
            var i = message.IndexOf("): ", StringComparison.Ordinal);
            return message.StartsWith("(Line", StringComparison.Ordinal) && i > 0 ? message[(i + 3)..] : message;
        }

        private static SourceLocation At(Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

        /// <summary>
        /// Charges new nodes to the document's budget; false (and the document rejected) when it is spent. Nodes
        /// copied for an alias or a merge key are charged like written ones, so expansion cannot outgrow the budget.
        /// </summary>
        private bool Charge(long nodes, SourceLocation at, bool copied)
        {
            _totalNodes += nodes;
            if (_totalNodes <= MaxNodes) return true;
            Fail(copied ? DiagnosticCatalog.AliasExpansionTooLarge(MaxNodes, at) : DiagnosticCatalog.TooManyNodes(MaxNodes, at));
            return false;
        }

        private void Fail(Diagnostic diagnostic)
        {
            _diagnostics.Add(diagnostic);
            _fatal = true;
        }

        /// <summary>True when the next node would be a mapping key.</summary>
        private bool ExpectingKey => _stack.Count > 0 && _stack.Peek() is { Container: JObject, PendingKey: null };

        private void Push(JContainer container, TagName tag, AnchorName anchor, SourceLocation at)
        {
            if (ExpectingKey)
            {
                Fail(DiagnosticCatalog.UnsupportedYaml("a mapping key must be a plain value, not a list or a mapping", at));
                return;
            }
            if (_stack.Count >= MaxDepth)
            {
                Fail(DiagnosticCatalog.NestingTooDeep(MaxDepth, at));
                return;
            }
            if (!Charge(1, at, copied: false)) return;
            SourceAnnotation.Attach(container, at);
            _stack.Push(new Frame(container, tag.IsEmpty ? null : tag.Value, anchor.IsEmpty ? null : anchor.Value, at));
        }

        private void Pop()
        {
            var frame = _stack.Pop();
            if (frame.Merges is { } merges && frame.Container is JObject target) Merge(target, merges);
            JToken value = frame.Container;
            if (frame.Tag is not null) value = ApplyTag(frame.Tag, value, frame.Location, isScalar: false);
            Complete(value, frame.Anchor, frame.Nodes, frame.Location);
        }

        /// <summary>
        /// Applies merge keys as PyYAML (the reference's reader) does, which decides the order keys are inserted in:
        /// the merged mappings' keys come first (of a list, the last mapping's first), then the mapping's own keys; a
        /// key keeps the place where it first appears and the value with precedence (its own, then the mapping
        /// earlier in a list).
        /// </summary>
        private static void Merge(JObject target, List<JObject> merges)
        {
            var own = target.Properties().ToList();
            target.RemoveAll();
            var byName = new Dictionary<string, JProperty>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var property in merges.SelectMany(m => m.Properties()).Select(p => (JProperty)p.DeepClone()).Concat(own))
            {
                if (!byName.ContainsKey(property.Name)) order.Add(property.Name);
                byName[property.Name] = property;
            }
            foreach (var name in order) target.Add(byName[name]);
        }

        private void OnScalar(Scalar scalar)
        {
            var at = At(scalar.Start);
            if (!Charge(1, at, copied: false)) return;
            var frame = _stack.Count > 0 ? _stack.Peek() : null;
            if (frame is { Container: JObject, PendingKey: null })
            {
                // A mapping key. Keys are always strings in CloudFormation's JSON model.
                frame.PendingKey = scalar.Value;
                frame.PendingKeyLocation = at;
                frame.PendingKeyIsMerge = scalar.Value == "<<" && scalar.Style == ScalarStyle.Plain;
                frame.PendingKeyIsNonString = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty && ScalarResolver.Resolve(scalar.Value).Type != JTokenType.String;
                if (!scalar.Anchor.IsEmpty) _anchors[scalar.Anchor.Value] = (new JValue(scalar.Value), 1);
                return;
            }
            JToken value;
            var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
            if (tag is null || tag == "!")
                value = scalar.Style == ScalarStyle.Plain && tag is null ? ScalarResolver.Resolve(scalar.Value) : new JValue(scalar.Value);
            else if (tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal))
                value = StandardTag(tag["tag:yaml.org,2002:".Length..], scalar.Value, at);
            else
                value = ApplyTag(tag, new JValue(scalar.Value), at, isScalar: true);
            SourceAnnotation.Attach(value, at);
            if (value.Type is JTokenType.Float or JTokenType.Integer && value is JValue number && System.Convert.ToString(number.Value, System.Globalization.CultureInfo.InvariantCulture) != scalar.Value)
                value.AddAnnotation(new WrittenNumberAnnotation(scalar.Value));
            Complete(value, scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value, 1, at);
        }

        private JToken StandardTag(string name, string text, SourceLocation at)
        {
            switch (name)
            {
                case "str": return new JValue(text);
                case "null": return JValue.CreateNull();
                case "int":
                case "float":
                case "bool":
                    var v = ScalarResolver.Resolve(text);
                    if (v.Type != JTokenType.String) return v;
                    break;
            }
            _diagnostics.Add(DiagnosticCatalog.UnknownTag("!!" + name, at));
            return new JValue(text);
        }

        private void OnAlias(AnchorAlias alias)
        {
            var at = At(alias.Start);
            if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
            {
                Fail(DiagnosticCatalog.YamlSyntax($"alias '*{alias.Value.Value}' names no anchor", at));
                return;
            }
            if (!Charge(anchored.Nodes, at, copied: true)) return;
            if (ExpectingKey)
            {
                if (anchored.Token is not JValue key)
                {
                    Fail(DiagnosticCatalog.UnsupportedYaml("a mapping key must be a plain value, not a list or a mapping", at));
                    return;
                }
                var frame = _stack.Peek();
                frame.PendingKey = key.Type == JTokenType.String ? (string)key! : key.ToString(Formatting.None);
                frame.PendingKeyLocation = at;
                return;
            }
            Complete(anchored.Token.DeepClone(), null, anchored.Nodes, at);
        }

        private void Complete(JToken value, string? anchor, long nodes, SourceLocation at)
        {
            if (anchor is not null) _anchors[anchor] = (value, nodes);
            if (_stack.Count == 0)
            {
                _root = value;
                return;
            }
            var parent = _stack.Peek();
            parent.Nodes += nodes;
            switch (parent.Container)
            {
                case JArray array:
                    array.Add(value);
                    break;
                case JObject obj:
                    var key = parent.PendingKey!;
                    var keyIsNonString = parent.PendingKeyIsNonString;
                    parent.PendingKey = null;
                    parent.PendingKeyIsNonString = false;
                    if (parent.PendingKeyIsMerge)
                    {
                        parent.PendingKeyIsMerge = false;
                        if (!Charge(nodes, at, copied: true)) return; // the merge copies the mapping's entries again
                        parent.Merges ??= [];
                        if (value is JObject m) parent.Merges.Add(m);
                        else if (value is JArray list && list.All(x => x is JObject)) parent.Merges.AddRange(list.Cast<JObject>().Reverse());
                        else _diagnostics.Add(DiagnosticCatalog.UnsupportedYaml("a merge key '<<' must be followed by a mapping or a list of mappings", parent.PendingKeyLocation));
                        return;
                    }
                    if (obj.Property(key, StringComparison.Ordinal) is { } existing)
                    {
                        _diagnostics.Add(DiagnosticCatalog.DuplicateKey(key, parent.PendingKeyLocation));
                        existing.Value = value;
                        return;
                    }
                    var property = new JProperty(key, value);
                    SourceAnnotation.Attach(property, parent.PendingKeyLocation);
                    if (keyIsNonString) property.AddAnnotation(NonStringKeyAnnotation.Instance);
                    obj.Add(property);
                    break;
            }
        }

        private JToken ApplyTag(string tag, JToken value, SourceLocation at, bool isScalar)
        {
            if (!tag.StartsWith('!') || tag.StartsWith("!!", StringComparison.Ordinal))
            {
                _diagnostics.Add(DiagnosticCatalog.UnknownTag(tag, at));
                return value;
            }
            var name = tag[1..];
            if (isScalar) SourceAnnotation.Attach(value, at);
            string key;
            switch (name)
            {
                case "Ref": key = "Ref"; break;
                case "Condition": key = "Condition"; break;
                case "GetAtt":
                    key = "Fn::GetAtt";
                    if (isScalar && value.Type == JTokenType.String)
                    {
                        var text = value.Value<string>()!;
                        var dot = text.IndexOf('.', StringComparison.Ordinal);
                        value = dot < 0 ? new JArray(text) : new JArray(text[..dot], text[(dot + 1)..]);
                        foreach (var token in ((JArray)value).Append(value)) SourceAnnotation.Attach(token, at);
                    }
                    break;
                case "Sub" or "Join" or "If" or "Select" or "Split" or "FindInMap" or "Base64" or "Cidr" or "GetAZs"
                    or "ImportValue" or "Equals" or "And" or "Or" or "Not" or "Transform" or "ToJsonString" or "Length"
                    or "ForEach" or "GetAZs":
                    key = "Fn::" + name;
                    break;
                default:
                    _diagnostics.Add(DiagnosticCatalog.UnknownTag(tag, at));
                    return value;
            }
            // The key stands for the tag the user wrote: it has the tag's position like the value (read from JSON,
            // the reference sees every string of the template alike).
            var property = new JProperty(key, value);
            SourceAnnotation.Attach(property, at);
            var wrapped = new JObject(property);
            SourceAnnotation.Attach(wrapped, at);
            return wrapped;
        }
    }
}
