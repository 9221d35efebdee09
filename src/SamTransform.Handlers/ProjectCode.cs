using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SamTransform.Handlers;

/// <summary>
/// What the project's C# sources declare, read from syntax alone: types by full name, their methods, whether there is
/// an entry point, whether a Lambda serializer is registered for the assembly. No references are resolved, so the check
/// works without restoring <c>Amazon.Lambda.Core</c> and without a compilation.
/// </summary>
public sealed class ProjectCode
{
    private readonly Dictionary<string, CodeType> _types = new(StringComparer.Ordinal);

    private ProjectCode()
    {
    }

    public IReadOnlyDictionary<string, CodeType> Types => _types;

    /// <summary><c>Main</c>, top-level statements, or a Lambda Annotations generated <c>Main</c>.</summary>
    public bool HasEntryPoint { get; private set; }

    /// <summary>An <c>[assembly: LambdaSerializer(...)]</c> attribute.</summary>
    public bool HasAssemblySerializer { get; private set; }

    /// <summary>
    /// Parses the files. Returns null and a reason when one cannot be read or does not parse: the check is then
    /// skipped, because a project that does not compile must never fail on our account.
    /// </summary>
    public static ProjectCode? Parse(IEnumerable<string> files, IEnumerable<string> preprocessorSymbols, out string? skipReason)
    {
        var sources = new List<(string Path, string Text)>();
        foreach (var file in files)
        {
            try
            {
                sources.Add((file, File.ReadAllText(file)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                skipReason = $"cannot read '{file}': {ex.Message}";
                return null;
            }
        }
        return Parse(sources, preprocessorSymbols, out skipReason);
    }

    /// <summary>Parses source text the caller already holds.</summary>
    public static ProjectCode? Parse(IEnumerable<(string Path, string Text)> sources, IEnumerable<string> preprocessorSymbols, out string? skipReason)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None, SourceCodeKind.Regular, preprocessorSymbols);
        var code = new ProjectCode();
        foreach (var (path, text) in sources)
        {
            var tree = CSharpSyntaxTree.ParseText(text, options, path);
            var error = tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            if (error is not null)
            {
                var position = error.Location.GetLineSpan().StartLinePosition;
                skipReason = $"{path}({position.Line + 1},{position.Character + 1}) does not parse: {error.GetMessage(CultureInfo.InvariantCulture)}";
                return null;
            }
            code.Add((CompilationUnitSyntax)tree.GetRoot());
        }
        skipReason = null;
        return code;
    }

    /// <summary>The project's type with this simple name (and arity) whose namespace is closest to <paramref name="from"/>.</summary>
    public CodeType? FindBySimpleName(string name, string from)
    {
        CodeType? best = null;
        foreach (var type in _types.Values)
        {
            if (type.Name != name) continue;
            if (best is null || SharedPrefix(type.Namespace, from) > SharedPrefix(best.Namespace, from)) best = type;
        }
        return best;
    }

    private static int SharedPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    private void Add(CompilationUnitSyntax unit)
    {
        if (unit.Members.OfType<GlobalStatementSyntax>().Any()) HasEntryPoint = true;
        foreach (var list in unit.AttributeLists)
        {
            if (list.Target?.Identifier.ValueText != "assembly") continue;
            foreach (var attribute in list.Attributes)
            {
                var name = AttributeName(attribute);
                if (name == "LambdaSerializer") HasAssemblySerializer = true;
                else if (name == "LambdaGlobalProperties" && GeneratesMain(attribute)) HasEntryPoint = true;
            }
        }
        AddMembers(unit.Members, "", null, false);
    }

    private void AddMembers(SyntaxList<MemberDeclarationSyntax> members, string @namespace, CodeType? outer, bool outerGeneric)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    var name = ns.Name.ToString().Replace(" ", "", StringComparison.Ordinal);
                    var inner = @namespace.Length == 0 ? name : $"{@namespace}.{name}";
                    // A file-scoped namespace holds the rest of the file as its members.
                    AddMembers(ns.Members, inner, null, false);
                    break;
                case TypeDeclarationSyntax type:
                    AddType(type, @namespace, outer, outerGeneric);
                    break;
            }
        }
    }

    private void AddType(TypeDeclarationSyntax declaration, string @namespace, CodeType? outer, bool outerGeneric)
    {
        // C# 14 extension blocks are type declarations without a name; they hold no handler.
        if (declaration.Identifier.ValueText.Length == 0) return;
        var arity = declaration.TypeParameterList?.Parameters.Count ?? 0;
        var name = arity == 0 ? declaration.Identifier.ValueText : $"{declaration.Identifier.ValueText}`{arity}";
        var fullName = outer is not null ? $"{outer.FullName}+{name}" : @namespace.Length == 0 ? name : $"{@namespace}.{name}";
        if (!_types.TryGetValue(fullName, out var type))
        {
            type = new CodeType(fullName, @namespace, name);
            _types.Add(fullName, type);
        }
        var modifiers = declaration.Modifiers;
        type.IsGeneric = arity > 0 || outerGeneric;
        type.IsInterface |= declaration is InterfaceDeclarationSyntax;
        // A struct always has its parameterless constructor.
        type.IsStruct |= declaration is StructDeclarationSyntax || declaration is RecordDeclarationSyntax { ClassOrStructKeyword.ValueText: "struct" };
        type.IsAbstract |= modifiers.Any(SyntaxKind.AbstractKeyword);
        type.IsStatic |= modifiers.Any(SyntaxKind.StaticKeyword);
        if (declaration.BaseList is { } baseList)
            foreach (var baseType in baseList.Types)
                type.BaseTypeNames.Add(SimpleName(baseType.Type));
        if (declaration.ParameterList is { } primary)
        {
            // A primary constructor is the type's constructor.
            type.HasConstructors = true;
            if (primary.Parameters.Count == 0) type.HasPublicParameterlessConstructor = true;
        }

        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case MethodDeclarationSyntax method:
                    type.Methods.Add(ToMethod(method, type));
                    if (method.Identifier.ValueText == "Main" && method.Modifiers.Any(SyntaxKind.StaticKeyword) && method.ParameterList.Parameters.Count <= 1)
                        HasEntryPoint = true;
                    break;
                case ConstructorDeclarationSyntax constructor when !constructor.Modifiers.Any(SyntaxKind.StaticKeyword):
                    type.HasConstructors = true;
                    if (constructor.ParameterList.Parameters.Count == 0 && constructor.Modifiers.Any(SyntaxKind.PublicKeyword))
                        type.HasPublicParameterlessConstructor = true;
                    break;
                case TypeDeclarationSyntax nested:
                    AddType(nested, @namespace, type, type.IsGeneric);
                    break;
            }
        }
    }

    private static CodeMethod ToMethod(MethodDeclarationSyntax method, CodeType type)
    {
        var modifiers = method.Modifiers;
        var attributes = method.AttributeLists.SelectMany(l => l.Attributes).Select(AttributeName).ToList();
        var parameters = method.ParameterList.Parameters
            .Select(p => new CodeParameter(
                p.Type is null ? "" : SimpleName(p.Type),
                p.Type?.ToString() ?? "",
                p.Modifiers.Count == 0 ? null : p.Modifiers[0].ValueText,
                p.Type is PointerTypeSyntax or FunctionPointerTypeSyntax))
            .ToList();
        var (returnName, returnArgument) = ReturnType(method.ReturnType);
        return new CodeMethod(
            method.Identifier.ValueText,
            IsPublic: modifiers.Any(SyntaxKind.PublicKeyword) || (type.IsInterface && method.ExplicitInterfaceSpecifier is null && !modifiers.Any(SyntaxKind.PrivateKeyword)),
            IsStatic: modifiers.Any(SyntaxKind.StaticKeyword),
            IsAsync: modifiers.Any(SyntaxKind.AsyncKeyword),
            IsAbstract: modifiers.Any(SyntaxKind.AbstractKeyword),
            TypeParameterCount: method.TypeParameterList?.Parameters.Count ?? 0,
            parameters,
            returnName,
            returnArgument,
            HasSerializerAttribute: attributes.Contains("LambdaSerializer"),
            IsAnnotatedLambdaFunction: attributes.Contains("LambdaFunction"));
    }

    /// <summary>The return type's simple name and, for <c>Task&lt;T&gt;</c>/<c>ValueTask&lt;T&gt;</c>, the simple name of T.</summary>
    private static (string Name, string? Argument) ReturnType(TypeSyntax type)
    {
        var name = SimpleName(type);
        var generic = type switch
        {
            GenericNameSyntax g => g,
            QualifiedNameSyntax { Right: GenericNameSyntax g } => g,
            AliasQualifiedNameSyntax { Name: GenericNameSyntax g } => g,
            _ => null,
        };
        if (generic is not null && name is "Task`1" or "ValueTask`1")
            return (name, SimpleName(generic!.TypeArgumentList.Arguments[0]));
        return (name, null);
    }

    /// <summary>The rightmost name of a type, with a backtick arity for generic names; the text for anything else.</summary>
    public static string SimpleName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax id => id.Identifier.ValueText,
        GenericNameSyntax g => $"{g.Identifier.ValueText}`{g.TypeArgumentList.Arguments.Count}",
        QualifiedNameSyntax q => SimpleName(q.Right),
        AliasQualifiedNameSyntax a => SimpleName(a.Name),
        NullableTypeSyntax n => SimpleName(n.ElementType),
        PredefinedTypeSyntax p => p.Keyword.ValueText,
        _ => type.ToString(),
    };

    private static string AttributeName(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
            SimpleNameSyntax s => s.Identifier.ValueText,
            _ => attribute.Name.ToString(),
        };
        return name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
    }

    private static bool GeneratesMain(AttributeSyntax attribute) =>
        attribute.ArgumentList?.Arguments.Any(a =>
            a.NameEquals?.Name.Identifier.ValueText == "GenerateMain" && a.Expression.IsKind(SyntaxKind.TrueLiteralExpression)) == true;
}
