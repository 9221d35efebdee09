using SamTransform.Diagnostics;
using SamTransform.Handlers;
using SamTransform.Reading;
using Xunit;

namespace SamTransform.Tests.Handlers;

public class HandlerCheckerTests
{
    private const string LambdaCore = """
        namespace Amazon.Lambda.Core
        {
            public interface ILambdaContext { }
            public sealed class LambdaSerializerAttribute(System.Type t) : System.Attribute { }
        }
        """;

    private const string Functions = """
        using System.IO;
        using System.Threading.Tasks;
        using Amazon.Lambda.Core;
        [assembly: LambdaSerializer(typeof(object))]
        namespace Shop.Orders
        {
            public record Order(string Id);
            public class OrderFunctions
            {
                public Order Create(Order order, ILambdaContext context) => order;
                public async Task<Order> GetAsync(string id) { await Task.Yield(); return new Order(id); }
                public void Ping() { }
                private void Secret(Stream s) { }
                public void Twice(string a) { }
                public void Twice(int a) { }
                public void Three(string a, ILambdaContext c, int x) { }
                public void WrongContext(string a, string c) { }
                public async void Fire(Stream s) { await Task.Yield(); }
                public T Echo<T>(T value) => value;
                public void ByRef(ref int x) { }
                public class Nested { public static Stream Raw(Stream s) => s; }
            }
            public abstract class Base { public Order Inherited(Order o) => o; }
            public class Derived : Base, System.IDisposable { public void Dispose() { } }
            public abstract class NotCreatable { public void Run(Stream s) { } }
            public class NeedsArguments { public NeedsArguments(int x) { } public void Run(Stream s) { } public static void Go(Stream s) { } }
            public class Proxy : Amazon.Lambda.AspNetCoreServer.APIGatewayProxyFunction { }
            public struct Value { public Value(int x) { } public void Run(Stream s) { } }
            public record Injected(ILambdaContext Context) { public void Run(Stream s) { } }
            public static class Extensions { extension(string text) { public void Shout(Stream s) { } } }
        }
        """;

    private static List<Diagnostic> Check(string handler, params string[] extraSources)
    {
        var code = ProjectCode.Parse([.. new[] { LambdaCore, Functions }.Concat(extraSources).Select(s => ("", s))], [], out var skip);
        Assert.True(code is not null, skip);
        var template = TemplateReader.Read($"""
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: dotnet8
                  Code: .
                  Handler: {handler}
            """).Template!;
        var sites = DotnetFunctions.InProject(template, Directory.GetCurrentDirectory(), Directory.GetCurrentDirectory()).ToList();
        Assert.Single(sites);
        return [.. new HandlerChecker(code, "Shop").Check(sites)];
    }

    private static Diagnostic Single(string handler, string code, params string[] extraSources)
    {
        var diagnostics = Check(handler, extraSources);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(new SourceLocation(7, 16), diagnostic.Location);
        Assert.Equal("Fn", diagnostic.ResourceId);
        return diagnostic;
    }

    [Theory]
    [InlineData("Shop::Shop.Orders.OrderFunctions::Create")]
    [InlineData("Shop::Shop.Orders.OrderFunctions::GetAsync")]
    [InlineData("Shop::Shop.Orders.OrderFunctions::Ping")]
    [InlineData("Shop::Shop.Orders.OrderFunctions+Nested::Raw")]
    [InlineData("Shop::Shop.Orders.Derived::Inherited")]
    [InlineData("Shop::Shop.Orders.NeedsArguments::Go")]
    [InlineData("Shop::Shop.Orders.Value::Run")]
    public void Valid_handlers_pass(string handler) => Assert.Empty(Check(handler));

    [Fact]
    public void A_method_from_a_base_class_outside_the_project_is_not_questioned() =>
        Assert.Empty(Check("Shop::Shop.Orders.Proxy::FunctionHandlerAsync"));

    [Fact]
    public void Wrong_assembly_names_the_projects_assembly()
    {
        var d = Single("Shop.Api::Shop.Orders.OrderFunctions::Create", "SAM4002");
        Assert.Equal("Handler 'Shop.Api::Shop.Orders.OrderFunctions::Create' names assembly 'Shop.Api', but this project builds assembly 'Shop'. Did you mean 'Shop::Shop.Orders.OrderFunctions::Create'?", d.Message);
    }

    [Fact]
    public void Nested_type_written_with_a_dot_suggests_the_plus_form()
    {
        var d = Single("Shop::Shop.Orders.OrderFunctions.Nested::Raw", "SAM4003");
        Assert.EndsWith("Did you mean 'Shop::Shop.Orders.OrderFunctions+Nested::Raw'?", d.Message);
    }

    [Fact]
    public void Unknown_type_is_reported()
    {
        var d = Single("Shop::Shop.Order.OrderFunctions::Create", "SAM4003");
        Assert.Equal("Handler 'Shop::Shop.Order.OrderFunctions::Create': the project declares no type 'Shop.Order.OrderFunctions' (write nested types as Outer+Inner). Did you mean 'Shop::Shop.Orders.OrderFunctions::Create'?", d.Message);
    }

    [Fact]
    public void Misspelt_method_suggests_the_closest_handler()
    {
        var d = Single("Shop::Shop.Orders.OrderFunctions::Craete", "SAM4004");
        Assert.Equal("Handler 'Shop::Shop.Orders.OrderFunctions::Craete': type 'Shop.Orders.OrderFunctions' has no public method 'Craete'. Did you mean 'Shop::Shop.Orders.OrderFunctions::Create'?", d.Message);
    }

    [Fact]
    public void Private_method_is_reported_as_not_public() =>
        Assert.Contains("method 'Secret' of type 'Shop.Orders.OrderFunctions' is not public", Single("Shop::Shop.Orders.OrderFunctions::Secret", "SAM4004").Message);

    [Fact]
    public void A_method_missing_from_a_class_whose_bases_are_all_known_is_reported() =>
        Single("Shop::Shop.Orders.Derived::Missing", "SAM4004");

    [Theory]
    [InlineData("Twice", "'Twice' is overloaded (2 public methods)")]
    [InlineData("Three", "'Three' takes 3 parameters; a handler takes at most two")]
    [InlineData("WrongContext", "the second parameter of 'WrongContext' is 'string'; it must be ILambdaContext")]
    [InlineData("Fire", "'Fire' is 'async void'")]
    [InlineData("Echo", "'Echo' is a generic method")]
    [InlineData("ByRef", "parameter 'int' of 'ByRef' is declared 'ref'")]
    public void Signatures_lambda_cannot_call_are_reported(string method, string reason)
    {
        var d = Single($"Shop::Shop.Orders.OrderFunctions::{method}", "SAM4005");
        Assert.Contains(reason, d.Message);
    }

    [Theory]
    [InlineData("Shop::Shop.Orders.NotCreatable::Run")]
    [InlineData("Shop::Shop.Orders.NeedsArguments::Run")]
    [InlineData("Shop::Shop.Orders.Injected::Run")]
    public void Instance_methods_need_a_type_the_runtime_can_create(string handler) =>
        Assert.Contains("cannot be created", Single(handler, "SAM4005").Message);

    [Fact]
    public void Too_long_handler_is_reported_even_when_it_resolves()
    {
        var ns = string.Join('.', Enumerable.Repeat("VeryLongNamespacePart", 6));
        var source = $"namespace {ns} {{ public class F {{ public void H(System.IO.Stream s) {{ }} }} }}";
        var handler = $"Shop::{ns}.F::H";
        Assert.True(handler.Length > 127);
        Assert.Equal($"Handler '{handler}' is {handler.Length} characters long; the .NET Lambda runtime reads at most 127.", Single(handler, "SAM4007", source).Message);
    }

    [Fact]
    public void A_128_character_handler_is_too_long_and_127_is_not()
    {
        string HandlerOfLength(int length, out string source)
        {
            var type = new string('T', length - "Shop::".Length - "::H".Length);
            source = $"public class {type} {{ public void H(System.IO.Stream s) {{ }} }}";
            return $"Shop::{type}::H";
        }
        Assert.Empty(Check(HandlerOfLength(127, out var ok), ok));
        Single(HandlerOfLength(128, out var tooLong), "SAM4007", tooLong);
    }

    [Fact]
    public void Executable_assembly_form_needs_an_entry_point()
    {
        Assert.Equal("Handler 'Shop' is the executable-assembly form, but the project has no Main method or top-level statements. Did you mean 'Shop::Shop.Orders.Value::Run'?", Single("Shop", "SAM4006").Message);
        Assert.Empty(Check("Shop", "System.Console.WriteLine(1);"));
        Assert.Empty(Check("Shop", "static class Program { static void Main(string[] args) { } }"));
        Assert.Empty(Check("Shop", "[assembly: Amazon.Lambda.Annotations.LambdaGlobalProperties(GenerateMain = true)]"));
    }

    [Fact]
    public void Executable_project_with_another_name_is_told_its_assembly_name()
    {
        var d = Single("Orders", "SAM4002", "System.Console.WriteLine(1);");
        Assert.EndsWith("Did you mean 'Shop'?", d.Message);
    }

    [Theory]
    [InlineData("Shop:Shop.Orders.OrderFunctions:Create")]
    [InlineData("Shop::Shop.Orders.OrderFunctions")]
    [InlineData("Shop::Shop.Orders.OrderFunctions::Create::Extra")]
    [InlineData("index.handler")]
    public void Malformed_handlers_are_reported(string handler) => Single(handler, "SAM4001");

    [Fact]
    public void Non_stream_input_without_a_serializer_is_a_warning()
    {
        const string source = """
            namespace Plain { public class F { public string H(string s) => s; public System.IO.Stream Raw(System.IO.Stream s) => s;
              [Amazon.Lambda.Core.LambdaSerializer(typeof(object))] public string WithAttribute(string s) => s; } }
            """;
        var code = ProjectCode.Parse([("", LambdaCore), ("", source)], [], out _)!;
        var checker = new HandlerChecker(code, "Plain");
        var template = TemplateReader.Read("Handler: x").Template!;
        HandlerSite Site(string h) => new("Fn", h, template["Handler"]!);
        var warning = Assert.Single(checker.Check([Site("Plain::Plain.F::H")]));
        Assert.Equal(DiagnosticLevel.Warning, warning.Level);
        Assert.Equal("SAM4008", warning.Code);
        Assert.Empty(checker.Check([Site("Plain::Plain.F::Raw"), Site("Plain::Plain.F::WithAttribute")]));
    }

    [Fact]
    public void Lambda_annotations_generated_handlers_are_accepted()
    {
        const string source = """
            namespace Api { public class Functions { [Amazon.Lambda.Annotations.LambdaFunction] public string Get(string id) => id; } }
            """;
        Assert.Empty(Check("Shop::Api.Functions_Get_Generated::Get", source));
        Assert.EndsWith("Did you mean 'Shop::Api.Functions_Get_Generated::Get'?", Single("Shop::Api.Functions_Got_Generated::Get", "SAM4003", source).Message);
    }

    [Fact]
    public void Preprocessor_symbols_decide_which_code_exists()
    {
        const string source = "namespace P { public class F {\n#if FEATURE\n public void H(System.IO.Stream s) { }\n#endif\n } }";
        Assert.Empty(new HandlerChecker(ProjectCode.Parse([("", source)], ["FEATURE"], out _)!, "P").Check([new HandlerSite("Fn", "P::P.F::H", new Newtonsoft.Json.Linq.JValue("P::P.F::H"))]));
        Assert.Single(new HandlerChecker(ProjectCode.Parse([("", source)], [], out _)!, "P").Check([new HandlerSite("Fn", "P::P.F::H", new Newtonsoft.Json.Linq.JValue("P::P.F::H"))]));
    }

    [Fact]
    public void Code_that_does_not_parse_is_not_checked()
    {
        Assert.Null(ProjectCode.Parse([("F.cs", "public class { broken")], [], out var reason));
        Assert.StartsWith("F.cs(1,14) does not parse:", reason);
    }
}
