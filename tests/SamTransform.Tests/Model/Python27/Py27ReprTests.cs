using Newtonsoft.Json.Linq;
using SamTransform.Model.Python27;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Model.Python27;

/// <summary>
/// Expected strings are what the reference translator hashed (tools/sam-hash-spy.py) for the templates in Cases/
/// (recorded with tools/py27-cases.py), or for the small templates quoted beside each test.
/// </summary>
public class Py27ReprTests
{
    private static string CasesFolder => Path.Combine(RepoPaths.Root, "tests", "SamTransform.Tests", "Model", "Python27", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CasesFolder, "*.yaml").Order(StringComparer.Ordinal)) data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_definition_body_renders_as_the_reference_hashes_it(string name)
    {
        var read = TemplateReader.ReadFile(Path.Combine(CasesFolder, name + ".yaml"));
        Assert.True(read.Succeeded);
        var body = read.Template!["Resources"]!["MyApi"]!["Properties"]!["DefinitionBody"]!;
        var expected = File.ReadAllLines(Path.Combine(CasesFolder, name + ".sha1input"))[0];
        Assert.Equal(expected, Py27Repr.Repr(body));
    }

    [Fact]
    public void A_definition_body_read_from_json_renders_the_same()
    {
        var read = TemplateReader.Read("""
            {"Resources": {"MyApi": {"Type": "AWS::Serverless::Api", "Properties": {"StageName": "prod",
              "DefinitionBody": {"swagger": "2.0", "info": {"title": {"Ref": "AWS::StackName"}}, "paths": {
                "/oixzhs": {"get": {"responses": {}}}, "/u": {"get": {"responses": {}}}, "/pumz": {"get": {"responses": {}}},
                "/p": {"get": {"responses": {}}}, "/a": {"get": {"responses": {}}}, "/amvgn": {"get": {"responses": {}}}}}}}}}
            """);
        var body = read.Template!["Resources"]!["MyApi"]!["Properties"]!["DefinitionBody"]!.DeepClone();
        Assert.Equal(
            "{u'info': {u'title': {u'Ref': u'AWS::StackName'}}, u'paths': {u'/oixzhs': {u'get': {u'responses': {}}}, u'/amvgn': {u'get': {u'responses': {}}}, u'/a': {u'get': {u'responses': {}}}, u'/u': {u'get': {u'responses': {}}}, u'/pumz': {u'get': {u'responses': {}}}, u'/p': {u'get': {u'responses': {}}}}, u'swagger': u'2.0'}",
            Py27Repr.Repr(body));
    }

    /// <summary>
    /// The Swagger SAM generates for an API with one <c>Api</c> event (Path /hello, Method GET, function Fn): its own
    /// texts are native, the path, the method and the uri formatted with the function's id are unicode.
    /// </summary>
    [Fact]
    public void A_generated_document_mixes_native_and_unicode_strings()
    {
        var uri = new JValue("arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations");
        var operation = new JObject
        {
            ["x-amazon-apigateway-integration"] = new JObject
            {
                ["type"] = "aws_proxy",
                ["httpMethod"] = "POST",
                ["uri"] = new JObject { ["Fn::Sub"] = Py27Strings.MarkUnicode(uri) },
            },
            ["responses"] = new JObject(),
        };
        var document = new JObject
        {
            ["swagger"] = "2.0",
            ["info"] = new JObject { ["version"] = "1.0", ["title"] = new JObject { ["Ref"] = "AWS::StackName" } },
            ["paths"] = new JObject(Py27Strings.MarkUnicodeName(new JProperty("/hello", new JObject(Py27Strings.MarkUnicodeName(new JProperty("get", operation)))))),
        };
        Assert.Equal(
            "{'info': {'version': '1.0', 'title': {'Ref': 'AWS::StackName'}}, 'paths': {u'/hello': {u'get': {'x-amazon-apigateway-integration': {'httpMethod': 'POST', 'type': 'aws_proxy', 'uri': {'Fn::Sub': u'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations'}}, 'responses': {}}}}, 'swagger': '2.0'}",
            Py27Repr.Repr(document));
    }

    [Fact]
    public void Lists_scalars_and_none()
    {
        Assert.Equal("[1, 'a', True, False, None, 1.5, [], {}]", Py27Repr.Repr(new JArray(1, "a", true, false, JValue.CreateNull(), 1.5, new JArray(), new JObject())));
        Assert.Equal("None", Py27Repr.Repr(null));
    }

    [Theory]
    [InlineData("it's", "\"it's\"")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData("both ' and \"", "'both \\' and \"'")]
    [InlineData("tab\tnl\ncr\r\\", "'tab\\tnl\\ncr\\r\\\\'")]
    [InlineData("caf\u00e9", "'caf\\xc3\\xa9'")]
    [InlineData("\u007f\u0001", "'\\x7f\\x01'")]
    public void Native_strings_escape_as_python_2_str(string text, string expected)
    {
        // repr() of a Python 2.7 str holding the UTF-8 bytes of the text (CPython 2.7.18)
        Assert.Equal(expected, Py27Repr.Repr(new JValue(text)));
    }

    [Theory]
    [InlineData(3.0, "3.0")]
    [InlineData(1.0 / 3, "0.333333333333")]
    [InlineData(123456789.123456789, "123456789.123")]
    [InlineData(1e10, "10000000000.0")]
    [InlineData(1e11, "1e+11")]
    [InlineData(1e16, "1e+16")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(0.30000000000000004, "0.3")]
    public void Str_of_a_float_has_twelve_digits(double value, string expected)
    {
        // str() of a float in CPython 2.7.18
        Assert.Equal(expected, Py27Repr.Str(new JValue(value)));
    }

    [Theory]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(123456789.123456789, "123456789.12345679")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(double.NaN, "nan")]
    [InlineData(double.NegativeInfinity, "-inf")]
    public void Repr_of_a_float_is_the_shortest(double value, string expected)
    {
        Assert.Equal(expected, Py27Repr.Repr(new JValue(value)));
    }

    [Fact]
    public void Str_of_a_text_is_the_text()
    {
        Assert.Equal("3.0.1", Py27Repr.Str(new JValue("3.0.1")));
        Assert.Equal("{'Fn::Sub': 'x'}", Py27Repr.Str(new JObject { ["Fn::Sub"] = "x" }));
    }
}
