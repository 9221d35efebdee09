using Newtonsoft.Json.Linq;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Reading;

public class TemplateReaderTests
{
    private static JObject Read(string yaml)
    {
        var result = TemplateReader.Read(yaml);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        return result.Template!;
    }

    [Theory]
    [InlineData("A: !Ref Foo", """{"A":{"Ref":"Foo"}}""")]
    [InlineData("A: !GetAtt Fn.Arn", """{"A":{"Fn::GetAtt":["Fn","Arn"]}}""")]
    [InlineData("A: !GetAtt A.B.C", """{"A":{"Fn::GetAtt":["A","B.C"]}}""")]
    [InlineData("A: !GetAtt [Fn, Arn]", """{"A":{"Fn::GetAtt":["Fn","Arn"]}}""")]
    [InlineData("A: !Sub 'x-${AWS::Region}'", """{"A":{"Fn::Sub":"x-${AWS::Region}"}}""")]
    [InlineData("A: !Join [',', [a, b]]", """{"A":{"Fn::Join":[",",["a","b"]]}}""")]
    [InlineData("A: !If [C, 1, 2]", """{"A":{"Fn::If":["C",1,2]}}""")]
    [InlineData("A: !Select [0, !GetAZs '']", """{"A":{"Fn::Select":[0,{"Fn::GetAZs":""}]}}""")]
    [InlineData("A: !Condition IsProd", """{"A":{"Condition":"IsProd"}}""")]
    [InlineData("A: !Not [!Equals [a, b]]", """{"A":{"Fn::Not":[{"Fn::Equals":["a","b"]}]}}""")]
    [InlineData("A: !Base64 hello", """{"A":{"Fn::Base64":"hello"}}""")]
    [InlineData("A: !FindInMap [M, K, V]", """{"A":{"Fn::FindInMap":["M","K","V"]}}""")]
    [InlineData("A: !ImportValue Shared", """{"A":{"Fn::ImportValue":"Shared"}}""")]
    [InlineData("A: !Split [',', 'a,b']", """{"A":{"Fn::Split":[",","a,b"]}}""")]
    [InlineData("A: !Cidr [10.0.0.0/16, 2, 8]", """{"A":{"Fn::Cidr":["10.0.0.0/16",2,8]}}""")]
    [InlineData("A: !And [!Condition X, !Or [!Condition Y, !Condition Z]]", """{"A":{"Fn::And":[{"Condition":"X"},{"Fn::Or":[{"Condition":"Y"},{"Condition":"Z"}]}]}}""")]
    [InlineData("A: !Transform {Name: AWS::Include}", """{"A":{"Fn::Transform":{"Name":"AWS::Include"}}}""")]
    public void Short_form_tags_become_long_form(string yaml, string expected)
    {
        Assert.True(JToken.DeepEquals(JToken.Parse(expected), Read(yaml)), Read(yaml).ToString());
    }

    [Theory]
    [InlineData("2012-10-17", JTokenType.String)]
    [InlineData("'300'", JTokenType.String)]
    [InlineData("300", JTokenType.Integer)]
    [InlineData("-12", JTokenType.Integer)]
    [InlineData("1.5", JTokenType.Float)]
    [InlineData("true", JTokenType.Boolean)]
    [InlineData("False", JTokenType.Boolean)]
    [InlineData("~", JTokenType.Null)]
    [InlineData("hello", JTokenType.String)]
    [InlineData("10.0.0.0/16", JTokenType.String)]
    [InlineData("1.2.3", JTokenType.String)]
    public void Scalars_resolve_as_cloudformation_reads_them(string scalar, JTokenType expected)
    {
        Assert.Equal(expected, Read("A: " + scalar)["A"]!.Type);
    }

    /// <summary>What the reference read (its hashed definition shows the values): PyYAML's YAML 1.1 numbers.</summary>
    [Theory]
    [InlineData("1e22", "\"1e22\"")]
    [InlineData("1.0e16", "\"1.0e16\"")]
    [InlineData("1E+3", "\"1E+3\"")]
    [InlineData("1e-3", "\"1e-3\"")]
    [InlineData("1.0e+16", "10000000000000000.0")]
    [InlineData("1.5e-3", "0.0015")]
    [InlineData(".5", "0.5")]
    [InlineData("-.5", "\"-.5\"")]
    [InlineData("+.5", "\"+.5\"")]
    [InlineData("1.", "1.0")]
    [InlineData("1:30", "90")]
    [InlineData("-1:30", "-90")]
    [InlineData("190:20:30.15", "685230.15")]
    [InlineData("0x1F", "31")]
    [InlineData("-0x10", "-16")]
    [InlineData("017", "15")]
    [InlineData("09", "\"09\"")]
    [InlineData("0o17", "\"0o17\"")]
    [InlineData("0b101", "5")]
    [InlineData("1_000", "1000")]
    public void Numbers_resolve_as_pyyaml_reads_them(string scalar, string expectedJson)
    {
        Assert.Equal(expectedJson, Read("A: " + scalar)["A"]!.ToString(Newtonsoft.Json.Formatting.None));
    }

    [Fact]
    public void Date_like_policy_version_stays_a_string()
    {
        Assert.Equal("2012-10-17", (string)Read("Version: 2012-10-17")["Version"]!);
    }

    [Fact]
    public void Every_node_keeps_its_line_and_column()
    {
        var doc = Read("Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n");
        var handler = doc["Resources"]!["Fn"]!["Properties"]!["Handler"]!;
        Assert.Equal(new SourceLocation(5, 16), SourceLocation.Of(handler));
        Assert.Equal(new SourceLocation(5, 7), SourceLocation.Of(handler.Parent));
    }

    [Fact]
    public void Json_documents_keep_positions_too()
    {
        var doc = Read("{\n  \"Resources\": {\n    \"A\": 1\n  }\n}");
        Assert.Equal(3, SourceLocation.Of(doc["Resources"]!["A"])!.Value.Line);
    }

    [Fact]
    public void Json_positions_are_the_first_character_of_the_key_or_value()
    {
        var doc = Read("{\n  \"Resources\": {\n    \"Fn\": {\"Type\" :  \"AWS::Serverless::Function\",\r\n      \"Handler\": \"Orders::Orders.Fn::Run\", \"N\": [1, {\"a\": true}]\n}}}");
        var fn = doc["Resources"]!["Fn"]!;
        Assert.Equal(new SourceLocation(1, 1), SourceLocation.Of(doc));
        Assert.Equal(new SourceLocation(2, 3), SourceLocation.Of(doc.Property("Resources")));
        Assert.Equal(new SourceLocation(3, 5), SourceLocation.Of(fn.Parent));
        Assert.Equal(new SourceLocation(3, 11), SourceLocation.Of(fn));
        Assert.Equal(new SourceLocation(3, 12), SourceLocation.Of(fn["Type"]!.Parent));
        Assert.Equal(new SourceLocation(3, 22), SourceLocation.Of(fn["Type"]));
        Assert.Equal(new SourceLocation(4, 7), SourceLocation.Of(fn["Handler"]!.Parent));
        Assert.Equal(new SourceLocation(4, 18), SourceLocation.Of(fn["Handler"]));
        Assert.Equal(new SourceLocation(4, 50), SourceLocation.Of(fn["N"]![0]));
        Assert.Equal(new SourceLocation(4, 53), SourceLocation.Of(fn["N"]![1]));
        Assert.Equal(new SourceLocation(4, 59), SourceLocation.Of(fn["N"]![1]!["a"]));
    }

    /// <summary>
    /// Literal block scalars whose first lines hold only spaces: PyYAML reads them (its values, from
    /// <c>yaml.safe_load</c>, are the expected ones); YamlDotNet 18 alone refuses them.
    /// </summary>
    [Theory]
    [InlineData("A: |\n  \n    x\nB: 1\n", "\nx\n")]
    [InlineData("A: |\n  \n\n    x\nB: 1\n", "\n\nx\n")]
    [InlineData("A: |\n  \n  \n    x\n", "\n\nx\n")]
    [InlineData("A: |\n    \n    x\n", "\nx\n")]
    [InlineData("A: |-\n  \n    x\n", "\nx")]
    [InlineData("A: |  # a comment\n  \n  x\n", "\nx\n")]
    [InlineData("A: |\n     \nB: 1\n", "")]
    [InlineData("L:\n  - |\n   \n    x\n  - |\n    \n    y\n", "\nx\n")]
    [InlineData("A: |\r\n  \r\n    x\r\n", "\nx\n")]
    public void Leading_space_only_lines_of_a_literal_block_read_as_pyyaml_reads_them(string yaml, string expected)
    {
        var doc = Read(yaml);
        var value = doc["A"] ?? doc["L"]![0]!;
        Assert.Equal(expected, (string?)value);
        if (doc["L"] is JArray list) Assert.Equal("\ny\n", (string?)list[1]);
        // The lines after keep their positions.
        if (doc["B"] is { } b) Assert.Equal(yaml.Split('\n').Length - 1, SourceLocation.Of(b)!.Value.Line);
    }

    [Fact]
    public void A_space_only_line_longer_than_the_block_indentation_stays_an_error()
    {
        // PyYAML refuses it too ("expected <block end>, but found '<scalar>'").
        var result = TemplateReader.Read("A: |\n      \n    x\nB: 1\n");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "SAM1001");
    }

    [Fact]
    public void Duplicate_keys_are_an_error_with_position()
    {
        var result = TemplateReader.Read("A: 1\nB: 2\nA: 3\n");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SAM1002", error.Code);
        Assert.Equal(3, error.Location!.Value.Line);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Billion_laughs_is_rejected()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var i = 0; i < 9; i++)
        {
            var prev = (char)('a' + i);
            var next = (char)('a' + i + 1);
            yaml += $"{next}: &{next} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n";
        }
        var result = TemplateReader.Read(yaml);
        Assert.Contains(result.Diagnostics, d => d.Code == "SAM1003");
        Assert.Null(result.Template);
    }

    [Fact]
    public void Aliases_within_limits_expand()
    {
        var doc = Read("base: &b {Runtime: python3.12}\nuse: *b\nmerged:\n  <<: *b\n  Handler: x\n");
        Assert.Equal("python3.12", (string)doc["use"]!["Runtime"]!);
        Assert.Equal("python3.12", (string)doc["merged"]!["Runtime"]!);
    }

    [Fact]
    public void Deep_nesting_is_a_diagnostic_not_a_crash()
    {
        var yaml = "a: " + new string('[', 100_000) + new string(']', 100_000);
        var result = TemplateReader.Read(yaml);
        Assert.Contains(result.Diagnostics, d => d.Code == "SAM1004");
    }

    [Theory]
    [InlineData("A: [1, 2", "SAM1001")]
    [InlineData("A:\n\t- 1", "SAM1001")]
    [InlineData("- 1\n- 2", "SAM1007")]
    [InlineData("", "SAM1008")]
    [InlineData("A: !Bogus x", "SAM1005")]
    public void Bad_documents_give_a_diagnostic(string yaml, string code)
    {
        var result = TemplateReader.Read(yaml);
        Assert.Contains(result.Diagnostics, d => d.Code == code);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line()
    {
        var bytes = "A: 1\nB: \"x"u8.ToArray().Concat(new byte[] { 0xff, 0x22, 0x0a }).ToArray();
        var result = TemplateReader.ReadBytes(bytes);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SAM1006", error.Code);
        Assert.Equal(2, error.Location!.Value.Line);
    }
}
