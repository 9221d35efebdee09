#:project ../src/SamTransform/SamTransform.csproj
// Checks Model/Python27 against strings the reference translator hashed (tools/sam-hash-spy.py output, lines
// "SHA1INPUT: b'...'", in one or more files):
//
//   python3 tools/sam-hash-spy.py ../shared/tools/sam-reference.py T.yaml 2>&1 >/dev/null | grep SHA1INPUT > T.spy
//   dotnet run tools/py27-check.cs -- T.spy [MORE.spy ...]
//
// For every hashed string that renders a dict (a REST API deployment's input), each "||" part that is a Python
// literal is read back into JSON tokens — keys inserted in the order the string shows them, each string marked
// unicode or native as its u prefix says — and rendered again with Py27Repr; each part that is JSON (a custom
// domain) is rendered again with PythonJson.DumpsInDictOrder. A part that comes back identical shows that the
// 2.7 dict order and the literals are reproduced; one that does not names the first dict whose order depends on
// the order its keys were inserted in (the builder must then insert them as SAM does).
using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using SamTransform.Model;
using SamTransform.Model.Python27;

int parts = 0, same = 0, reproducible = 0, documents = 0;
var verbose = args.Contains("-v");
var ghostAt = Array.IndexOf(args, "--ghosts");
string[] ghosts = ghostAt >= 0 ? args[ghostAt + 1].Split(',') : [];
foreach (var file in args.Where((a, i) => a != "-v" && (ghostAt < 0 || (i != ghostAt && i != ghostAt + 1))))
{
    foreach (var line in File.ReadLines(file))
    {
        if (!line.StartsWith("SHA1INPUT: ", StringComparison.Ordinal)) continue;
        var text = BytesLiteral(line["SHA1INPUT: ".Length..]);
        if (!text.StartsWith("{'", StringComparison.Ordinal) && !text.StartsWith("{u'", StringComparison.Ordinal)) continue;
        documents++;
        foreach (var part in text.Split("||"))
        {
            JToken parsed;
            if (part.StartsWith("{\"", StringComparison.Ordinal)) parsed = JToken.Parse(part);
            else if (part.StartsWith('{') || part.StartsWith('[')) parsed = new Literal(part).Parse();
            else continue;
            var json = part.StartsWith("{\"", StringComparison.Ordinal);
            string Render() => json ? PythonJson.DumpsInDictOrder(parsed) : Py27Repr.Repr(parsed);
            parts++;
            if (Render() == part) { same++; reproducible++; continue; }
            // The order a dict shows is not the one it would show with its keys inserted in that order: look for an
            // insertion order that gives it, dict by dict.
            var all = true;
            foreach (var obj in (parsed as JContainer)!.DescendantsAndSelf().OfType<JObject>().ToList())
            {
                var shown = obj.Properties().Select(p => p.Name).ToList();
                if (Py27Repr.DictOrder(obj).Select(p => p.Name).SequenceEqual(shown)) continue;
                var found = InsertionOrders.Find(obj, shown);
                if (found.Count == 0)
                {
                    all = false;
                    Console.WriteLine($"{Path.GetFileName(file)}: NO insertion order gives {obj.Path}: {string.Join(", ", shown)}");
                    if (ghosts.Length > 0) Console.WriteLine("    " + Histories.Describe(obj, shown, ghosts.Where(g => !shown.Contains(g)).ToArray()));
                    continue;
                }
                var properties = obj.Properties().ToList();
                obj.RemoveAll();
                foreach (var name in found[0]) obj.Add(properties.First(p => p.Name == name));
                if (verbose) Console.WriteLine($"{Path.GetFileName(file)}: {obj.Path}: {InsertionOrders.Constraints(found, shown)}");
            }
            if (all && Render() == part) reproducible++;
            else if (all) Console.WriteLine($"{Path.GetFileName(file)}: reordered but still differs");
        }
    }
}
Console.WriteLine($"{documents} hashed documents, {parts} parts: {same} render again identically with keys inserted in the order shown, {reproducible} once the keys of some dicts are inserted in another order");
return reproducible == parts ? 0 : 1;

static string BytesLiteral(string literal)
{
    // b'...' or b"..." as Python 3 prints bytes: \\, \', \", \n, \r, \t, \xNN
    var body = literal[2..^1];
    var bytes = new List<byte>();
    for (var i = 0; i < body.Length; i++)
    {
        if (body[i] != '\\') { bytes.Add((byte)body[i]); continue; }
        var c = body[++i];
        switch (c)
        {
            case 'n': bytes.Add((byte)'\n'); break;
            case 'r': bytes.Add((byte)'\r'); break;
            case 't': bytes.Add((byte)'\t'); break;
            case 'x': bytes.Add(byte.Parse(body.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); i += 2; break;
            default: bytes.Add((byte)c); break;
        }
    }
    return Encoding.UTF8.GetString(bytes.ToArray());
}

/// <summary>Reads a Python 2 literal (dict, list, str/unicode, int/long, float, True/False/None) into tokens.</summary>
sealed class Literal(string text)
{
    private int _at;

    public JToken Parse()
    {
        var value = Value();
        if (_at != text.Length) throw new FormatException($"trailing text at {_at}");
        return value;
    }

    private JToken Value()
    {
        var c = text[_at];
        if (c == '{')
        {
            _at++;
            var obj = new JObject();
            while (text[_at] != '}')
            {
                var (key, unicode) = Text();
                Expect(": ");
                var property = new JProperty(key, Value());
                if (unicode) Py27Strings.MarkUnicodeName(property);
                obj.Add(property);
                if (text[_at] == ',') Expect(", ");
            }
            _at++;
            return obj;
        }
        if (c == '[')
        {
            _at++;
            var array = new JArray();
            while (text[_at] != ']')
            {
                array.Add(Value());
                if (text[_at] == ',') Expect(", ");
            }
            _at++;
            return array;
        }
        if (c is '\'' or '"' || (c == 'u' && text[_at + 1] is '\'' or '"'))
        {
            var (s, unicode) = Text();
            var value = new JValue(s);
            return unicode ? Py27Strings.MarkUnicode(value) : value;
        }
        var start = _at;
        while (_at < text.Length && text[_at] is not (',' or '}' or ']')) _at++;
        var word = text[start.._at];
        return word switch
        {
            "True" => new JValue(true),
            "False" => new JValue(false),
            "None" => JValue.CreateNull(),
            "nan" => new JValue(double.NaN),
            "inf" => new JValue(double.PositiveInfinity),
            "-inf" => new JValue(double.NegativeInfinity),
            _ when word.EndsWith('L') => new JValue(System.Numerics.BigInteger.Parse(word[..^1], CultureInfo.InvariantCulture)),
            _ when word.Contains('.') || word.Contains('e') => new JValue(double.Parse(word, CultureInfo.InvariantCulture)),
            _ => new JValue(long.Parse(word, CultureInfo.InvariantCulture)),
        };
    }

    private (string Text, bool Unicode) Text()
    {
        var unicode = text[_at] == 'u';
        if (unicode) _at++;
        var quote = text[_at++];
        var sb = new StringBuilder();
        var bytes = new List<byte>(); // a native str's \xNN are UTF-8 bytes
        void Flush() { if (bytes.Count > 0) { sb.Append(Encoding.UTF8.GetString(bytes.ToArray())); bytes.Clear(); } }
        while (text[_at] != quote)
        {
            var c = text[_at++];
            if (c != '\\') { Flush(); sb.Append(c); continue; }
            var e = text[_at++];
            switch (e)
            {
                case 'n': Flush(); sb.Append('\n'); break;
                case 'r': Flush(); sb.Append('\r'); break;
                case 't': Flush(); sb.Append('\t'); break;
                case 'x':
                    var b = int.Parse(text.AsSpan(_at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                    _at += 2;
                    if (unicode) sb.Append((char)b); else bytes.Add((byte)b);
                    break;
                case 'u': Flush(); sb.Append((char)int.Parse(text.AsSpan(_at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)); _at += 4; break;
                case 'U': Flush(); sb.Append(char.ConvertFromUtf32(int.Parse(text.AsSpan(_at, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture))); _at += 8; break;
                default: Flush(); sb.Append(e); break;
            }
        }
        Flush();
        _at++;
        return (sb.ToString(), unicode);
    }

    private void Expect(string s)
    {
        if (string.CompareOrdinal(text, _at, s, 0, s.Length) != 0) throw new FormatException($"expected '{s}' at {_at}");
        _at += s.Length;
    }
}

/// <summary>Insertion orders of a dict's keys that make a 2.7 dict iterate them in a given order.</summary>
static class InsertionOrders
{
    public static List<List<string>> Find(JObject obj, List<string> shown)
    {
        var hashes = obj.Properties().Select(p => Py27Dict.Hash(p.Name, Py27Strings.IsUnicode(p))).ToArray();
        var n = hashes.Length;
        var target = Enumerable.Range(0, n).ToArray(); // the properties are in the shown order
        var found = new List<List<string>>();
        if (n <= 9)
        {
            foreach (var perm in Permutations(n))
                if (Matches(perm, hashes, target)) found.Add([.. perm.Select(i => shown[i])]);
            return found;
        }
        // Larger dicts: from the shown order, swap pairs while that brings the iteration closer to the shown order.
        var random = new Random(1);
        for (var attempt = 0; attempt < 200 && found.Count == 0; attempt++)
        {
            var order = Enumerable.Range(0, n).ToArray();
            if (attempt > 0) random.Shuffle(order);
            var score = Score(order, hashes);
            for (var step = 0; step < 20000 && score < n; step++)
            {
                int a = random.Next(n), b = random.Next(n);
                (order[a], order[b]) = (order[b], order[a]);
                var s = Score(order, hashes);
                if (s >= score) score = s; else (order[a], order[b]) = (order[b], order[a]);
            }
            if (score == n) found.Add([.. order.Select(i => shown[i])]);
        }
        return found;
    }

    /// <summary>"a < b" for each pair whose order every found insertion order agrees on (all of them when exhaustive).</summary>
    public static string Constraints(List<List<string>> found, List<string> keys)
    {
        var rules = new List<string>();
        foreach (var a in keys)
            foreach (var b in keys)
                if (a != b && found.All(o => o.IndexOf(a) < o.IndexOf(b))) rules.Add($"{a} < {b}");
        return $"{found.Count} insertion order(s); " + (rules.Count > 12 ? $"{rules.Count} pairs fixed, e.g. " + string.Join("; ", rules.Take(12)) : string.Join("; ", rules));
    }

    private static bool Matches(int[] insertion, long[] hashes, int[] target)
    {
        var order = Py27Dict.IterationOrder([.. insertion.Select(i => hashes[i])]);
        for (var i = 0; i < order.Length; i++) if (insertion[order[i]] != target[i]) return false;
        return true;
    }

    private static int Score(int[] insertion, long[] hashes)
    {
        var order = Py27Dict.IterationOrder([.. insertion.Select(i => hashes[i])]);
        var score = 0;
        for (var i = 0; i < order.Length; i++) if (insertion[order[i]] == i) score++;
        return score;
    }

    private static IEnumerable<int[]> Permutations(int n)
    {
        var a = Enumerable.Range(0, n).ToArray();
        yield return (int[])a.Clone();
        while (true)
        {
            var i = n - 2;
            while (i >= 0 && a[i] >= a[i + 1]) i--;
            if (i < 0) yield break;
            var j = n - 1;
            while (a[j] <= a[i]) j--;
            (a[i], a[j]) = (a[j], a[i]);
            Array.Reverse(a, i + 1, n - i - 1);
            yield return (int[])a.Clone();
        }
    }
}

/// <summary>
/// Histories with deletions that give a dict's order: the shown keys and some of the candidate deleted keys
/// (--ghosts) inserted in any order, each deleted key deleted at any point after its insertion.
/// </summary>
static class Histories
{
    public static string Describe(JObject obj, List<string> shown, string[] ghosts)
    {
        var results = new List<string>();
        for (var mask = 1; mask < 1 << ghosts.Length; mask++)
        {
            var chosen = ghosts.Where((_, i) => (mask & (1 << i)) != 0).ToArray();
            if (shown.Count + 2 * chosen.Length > 11) continue;
            var count = 0;
            string? example = null;
            var keys = shown.Concat(chosen).ToList();
            var hashes = keys.Select(k => Py27Dict.Hash(k)).ToArray();
            foreach (var history in Enumerate(shown.Count, chosen.Length))
            {
                var table = new Py27Dict.Table();
                foreach (var op in history) if (op >= 0) table.Insert(op, hashes[op]); else table.Delete(~op);
                if (table.Order().SequenceEqual(Enumerable.Range(0, shown.Count)))
                {
                    count++;
                    example ??= string.Join(" ", history.Select(op => op >= 0 ? "+" + keys[op] : "-" + keys[~op]));
                }
            }
            if (count > 0) results.Add($"deleting {string.Join(",", chosen)}: {count} histories, e.g. {example}");
        }
        return results.Count == 0 ? "no history with those deleted keys" : $"{results.Count} sets of deleted keys fit, e.g.\n    " + string.Join("\n    ", results.Take(3));
    }

    /// <summary>Sequences of key numbers (insert) and ~number (delete): every key inserted, keys from `live` on deleted after.</summary>
    private static IEnumerable<int[]> Enumerate(int live, int ghosts)
    {
        var total = live + ghosts;
        var ops = new int[total + ghosts];
        var inserted = new bool[total];
        var deleted = new bool[total];
        IEnumerable<int[]> Step(int at)
        {
            if (at == ops.Length) { yield return ops; yield break; }
            for (var k = 0; k < total; k++)
            {
                if (!inserted[k])
                {
                    inserted[k] = true; ops[at] = k;
                    foreach (var r in Step(at + 1)) yield return r;
                    inserted[k] = false;
                }
                else if (k >= live && !deleted[k])
                {
                    deleted[k] = true; ops[at] = ~k;
                    foreach (var r in Step(at + 1)) yield return r;
                    deleted[k] = false;
                }
            }
        }
        return Step(0);
    }
}
