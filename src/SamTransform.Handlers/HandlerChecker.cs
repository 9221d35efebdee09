using SamTransform.Diagnostics;
using SamTransform.Reading;
using SamTransform.Validation;

namespace SamTransform.Handlers;

/// <summary>
/// Checks .NET handler strings against a project's code, the way the Lambda runtime resolves them:
/// <c>Assembly::Namespace.Type::Method</c> (nested types written <c>Outer+Inner</c>) for a class library, or the
/// assembly name alone for an executable assembly. One diagnostic per bad handler, at the <c>Handler</c> value, with the
/// closest valid handler of the project suggested.
/// </summary>
public sealed class HandlerChecker(ProjectCode code, string assemblyName)
{
    private List<string>? _validHandlers;

    public IReadOnlyList<Diagnostic> Check(IEnumerable<HandlerSite> sites)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var site in sites) Check(site, diagnostics);
        return diagnostics;
    }

    /// <summary>Every handler string that would work in this project, in a stable order.</summary>
    public IReadOnlyList<string> ValidHandlers() => _validHandlers ??= [.. EnumerateValidHandlers()];

    private void Check(HandlerSite site, List<Diagnostic> diagnostics)
    {
        var handler = site.Handler;
        var at = SourceLocation.Of(site.Node);
        var id = site.LogicalId;
        if (handler.Length > DiagnosticCatalog.MaxDotnetHandlerLength) diagnostics.Add(DiagnosticCatalog.HandlerTooLong(handler, at, id));

        if (!handler.Contains("::", StringComparison.Ordinal))
        {
            if (handler == assemblyName)
            {
                if (!code.HasEntryPoint) diagnostics.Add(DiagnosticCatalog.HandlerNotExecutable(handler, Suggest(handler), at, id));
            }
            else if (code.HasEntryPoint && handler.Length > 0 && !handler.Contains(':', StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCatalog.HandlerAssembly(handler, handler, assemblyName, Suggest(handler), at, id));
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.HandlerFormat(handler, Suggest(handler), at, id));
            }
            return;
        }

        var parts = handler.Split("::");
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || p.Trim() != p))
        {
            diagnostics.Add(DiagnosticCatalog.HandlerFormat(handler, Suggest(handler), at, id));
            return;
        }
        var (assembly, typeName, methodName) = (parts[0], parts[1], parts[2]);
        if (assembly != assemblyName)
        {
            diagnostics.Add(DiagnosticCatalog.HandlerAssembly(handler, assembly, assemblyName, Suggest(handler), at, id));
            return;
        }
        if (!code.Types.TryGetValue(typeName, out var type))
        {
            if (!IsAnnotationsGenerated(typeName, methodName))
                diagnostics.Add(DiagnosticCatalog.HandlerTypeNotFound(handler, typeName, Suggest(handler), at, id));
            return;
        }
        if (type.IsGeneric || type.IsInterface)
        {
            var what = type.IsInterface ? "an interface" : "a generic type";
            diagnostics.Add(DiagnosticCatalog.HandlerSignature(handler, $"'{typeName}' is {what}", Suggest(handler), at, id));
            return;
        }

        var (found, unknownBase) = FindMethods(type, methodName);
        var candidates = found.Where(m => m.IsPublic).ToList();
        if (candidates.Count == 0)
        {
            // A base class outside the project (an ASP.NET Core bridge, say) may declare the method: nothing to say then.
            if (found.Count > 0 || !unknownBase)
                diagnostics.Add(DiagnosticCatalog.HandlerMethodNotFound(handler, typeName, methodName, found.Count > 0, Suggest(handler), at, id));
            return;
        }
        if (candidates.Count > 1)
        {
            diagnostics.Add(DiagnosticCatalog.HandlerSignature(handler, $"'{methodName}' is overloaded ({candidates.Count} public methods), and Lambda rejects a handler it would have to choose for", Suggest(handler), at, id));
            return;
        }
        var method = candidates[0];
        if (SignatureProblem(type, method) is { } problem)
        {
            diagnostics.Add(DiagnosticCatalog.HandlerSignature(handler, problem, Suggest(handler), at, id));
            return;
        }
        if (!method.HasSerializerAttribute && !code.HasAssemblySerializer && NeedsSerializer(method) is { } need)
            diagnostics.Add(DiagnosticCatalog.HandlerNeedsSerializer(handler, need.What, need.Type, at, id));
    }

    /// <summary>The valid handler closest to what was written (always one when the project has any: it is the fix).</summary>
    private string? Suggest(string handler)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in ValidHandlers())
        {
            var distance = Suggestions.Distance(handler, candidate);
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }
        return best;
    }

    /// <summary>Methods named <paramref name="name"/> in the type and its base classes declared in the project.</summary>
    private (List<CodeMethod> Found, bool UnknownBase) FindMethods(CodeType type, string name)
    {
        var found = new List<CodeMethod>();
        var unknownBase = false;
        var seen = new HashSet<CodeType>();
        for (var current = type; current is not null && seen.Add(current);)
        {
            found.AddRange(current.Methods.Where(m => m.Name == name && !(m.IsAbstract && found.Any(f => f.Name == m.Name))));
            CodeType? next = null;
            foreach (var baseName in current.BaseTypeNames)
            {
                var resolved = code.FindBySimpleName(baseName, current.Namespace);
                if (resolved is null)
                {
                    // By .NET naming convention I-prefixed names are interfaces, which supply no callable method.
                    if (!LooksLikeInterface(baseName)) unknownBase = true;
                }
                else if (!resolved.IsInterface && next is null)
                {
                    next = resolved;
                }
            }
            current = next;
        }
        return (found, unknownBase);
    }

    private static bool LooksLikeInterface(string name) => name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]);

    /// <summary>Why Lambda could not call the method, or null when it can (the rules of the .NET Lambda runtime).</summary>
    private static string? SignatureProblem(CodeType type, CodeMethod method)
    {
        if (method.TypeParameterCount > 0) return $"'{method.Name}' is a generic method";
        if (method.IsAbstract) return $"'{method.Name}' is abstract";
        if (!method.IsStatic && !type.CanBeInstantiated)
            return $"'{method.Name}' is an instance method, and '{type.FullName}' cannot be created (it needs to be a non-abstract class with a public parameterless constructor)";
        if (method.Parameters.Count > 2)
            return $"'{method.Name}' takes {method.Parameters.Count} parameters; a handler takes at most two, the input and an ILambdaContext";
        foreach (var parameter in method.Parameters)
        {
            if (parameter.IsPointer) return $"parameter '{parameter.TypeText}' of '{method.Name}' is a pointer";
            if (parameter.Modifier is { } modifier) return $"parameter '{parameter.TypeText}' of '{method.Name}' is declared '{modifier}'";
        }
        if (method.Parameters.Count == 2 && method.Parameters[1].TypeName != "ILambdaContext")
            return $"the second parameter of '{method.Name}' is '{method.Parameters[1].TypeText}'; it must be ILambdaContext";
        if (method.IsAsync && method.ReturnTypeName == "void") return $"'{method.Name}' is 'async void'; return a Task instead";
        return null;
    }

    /// <summary>The input or output that needs a serializer, when one does.</summary>
    private static (string What, string Type)? NeedsSerializer(CodeMethod method)
    {
        if (method.Parameters.Count > 0 && method.Parameters[0].TypeName is not ("Stream" or "ILambdaContext"))
            return ("input", method.Parameters[0].TypeText);
        var output = method.ReturnTypeArgument ?? method.ReturnTypeName;
        if (output is not ("void" or "Task" or "ValueTask" or "Stream"))
            return ("output", output.Split('`')[0]);
        return null;
    }

    /// <summary>
    /// Lambda Annotations generates a wrapper type <c>Namespace.Class_Method_Generated</c> for each method marked
    /// <c>[LambdaFunction]</c>; the sources never declare it.
    /// </summary>
    private bool IsAnnotationsGenerated(string typeName, string methodName) =>
        AnnotatedHandlers().Any(h => h.Type == typeName && h.Method == methodName);

    private IEnumerable<(string Type, string Method)> AnnotatedHandlers()
    {
        foreach (var type in code.Types.Values)
            foreach (var method in type.Methods)
                if (method.IsAnnotatedLambdaFunction)
                {
                    var generated = $"{type.Name.Split('`')[0]}_{method.Name}_Generated";
                    yield return (type.Namespace.Length == 0 ? generated : $"{type.Namespace}.{generated}", method.Name);
                }
    }

    private IEnumerable<string> EnumerateValidHandlers()
    {
        if (code.HasEntryPoint) yield return assemblyName;
        foreach (var type in code.Types.Values.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.IsGeneric || type.IsInterface) continue;
            foreach (var group in type.Methods.Where(m => m.IsPublic && m.Name != "Main").GroupBy(m => m.Name))
            {
                if (group.Count() == 1 && SignatureProblem(type, group.First()) is null)
                    yield return $"{assemblyName}::{type.FullName}::{group.Key}";
            }
        }
        foreach (var (type, method) in AnnotatedHandlers())
            yield return $"{assemblyName}::{type}::{method}";
    }
}
