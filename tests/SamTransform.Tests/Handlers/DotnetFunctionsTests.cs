using SamTransform.Handlers;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Handlers;

public class DotnetFunctionsTests
{
    // The template lives in <root>/app, the project in <root>/app/src/Orders.
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "dotnet-functions-tests");
    private static readonly string TemplateDirectory = Path.Combine(Root, "app");
    private static readonly string ProjectDirectory = Path.Combine(Root, "app", "src", "Orders");

    private static List<HandlerSite> Find(string yaml, IReadOnlyDictionary<string, object?>? parameters = null) =>
        [.. DotnetFunctions.InProject(TemplateReader.Read(yaml).Template!, TemplateDirectory, ProjectDirectory, parameters)];

    private static string Function(string properties, string type = "AWS::Serverless::Function") =>
        $"Resources:\n  Fn:\n    Type: {type}\n    Properties:\n" + string.Join("", properties.Split('\n').Select(l => $"      {l}\n"));

    [Theory]
    [InlineData("src/Orders")]
    [InlineData("./src/Orders/")]
    [InlineData("src/Orders/bin/Release/net8.0/publish")]
    [InlineData("src/Orders/orders.zip")]
    public void Functions_whose_code_is_the_project_or_inside_it_are_found(string codeUri)
    {
        var site = Assert.Single(Find(Function($"Runtime: dotnet8\nCodeUri: {codeUri}\nHandler: A::B.C::D")));
        Assert.Equal("Fn", site.LogicalId);
        Assert.Equal("A::B.C::D", site.Handler);
        Assert.Equal(new SourceLocation(7, 16), SourceLocation.Of(site.Node));
    }

    [Theory]
    [InlineData("Runtime: python3.12\nCodeUri: src/Orders\nHandler: app.handler")]
    [InlineData("Runtime: dotnet8\nCodeUri: s3://bucket/orders.zip\nHandler: A::B.C::D")]
    [InlineData("Runtime: dotnet8\nCodeUri: src/OrdersTests\nHandler: A::B.C::D")]
    [InlineData("Runtime: dotnet8\nCodeUri: src\nHandler: A::B.C::D")]
    [InlineData("Runtime: dotnet8\nCodeUri: {Bucket: b, Key: k}\nHandler: A::B.C::D")]
    [InlineData("Runtime: dotnet8\nInlineCode: x\nHandler: A::B.C::D")]
    [InlineData("PackageType: Image\nImageUri: repo:tag\nCodeUri: src/Orders")]
    [InlineData("Runtime: provided.al2023\nCodeUri: src/Orders\nHandler: bootstrap")]
    [InlineData("Runtime: dotnet8\nCodeUri: src/Orders\nHandler: !GetAtt Other.Name")]
    public void Other_functions_are_left_alone(string properties) => Assert.Empty(Find(Function(properties)));

    [Fact]
    public void Globals_parameters_and_IgnoreGlobals_are_honoured()
    {
        const string yaml = """
            Parameters:
              FunctionHandler:
                Type: String
                Default: A::B.C::Default
            Globals:
              Function:
                Runtime: dotnet8
                CodeUri: src/Orders
                Handler: !Ref FunctionHandler
            Resources:
              FromGlobals:
                Type: AWS::Serverless::Function
              OwnHandler:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: A::B.C::Own
              IgnoresGlobals:
                Type: AWS::Serverless::Function
                IgnoreGlobals: '*'
                Properties:
                  Handler: A::B.C::Ignored
            """;
        var sites = Find(yaml);
        Assert.Equal(["FromGlobals", "OwnHandler"], sites.Select(s => s.LogicalId));
        Assert.Equal("A::B.C::Default", sites[0].Handler);
        Assert.Equal(new SourceLocation(9, 14), SourceLocation.Of(sites[0].Node));
        Assert.Equal("A::B.C::Override", Find(yaml, new Dictionary<string, object?> { ["FunctionHandler"] = "A::B.C::Override" })[0].Handler);
    }

    [Fact]
    public void Plain_lambda_functions_with_local_code_are_found() =>
        Assert.Single(Find(Function("Runtime: dotnet8\nCode: src/Orders\nHandler: A::B.C::D", "AWS::Lambda::Function")));

    [Fact]
    public void A_missing_CodeUri_means_the_template_folder()
    {
        var sites = DotnetFunctions.InProject(TemplateReader.Read(Function("Runtime: dotnet8\nHandler: A::B.C::D")).Template!, ProjectDirectory, ProjectDirectory);
        Assert.Single(sites);
    }
}
