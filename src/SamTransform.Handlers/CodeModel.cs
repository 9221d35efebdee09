namespace SamTransform.Handlers;

/// <summary>A parameter of a method, as far as syntax tells: the type's simple name and what would stop Lambda passing a value.</summary>
/// <param name="TypeName">The simple type name, with a generic arity suffix (<c>Stream</c>, <c>List`1</c>).</param>
/// <param name="TypeText">The type as written, for messages.</param>
/// <param name="Modifier">A modifier such as <c>ref</c>, <c>out</c>, <c>in</c> or <c>params</c>; null when none.</param>
/// <param name="IsPointer">A pointer or function pointer type.</param>
public sealed record CodeParameter(string TypeName, string TypeText, string? Modifier, bool IsPointer);

/// <summary>A method declared in the project's sources.</summary>
public sealed record CodeMethod(
    string Name,
    bool IsPublic,
    bool IsStatic,
    bool IsAsync,
    bool IsAbstract,
    int TypeParameterCount,
    IReadOnlyList<CodeParameter> Parameters,
    string ReturnTypeName,
    string? ReturnTypeArgument,
    bool HasSerializerAttribute,
    bool IsAnnotatedLambdaFunction);

/// <summary>
/// A type declared in the project's sources, merged over its partial declarations. <see cref="FullName"/> is the name
/// reflection (and so the Lambda runtime) uses: namespace, then nested types joined with <c>+</c>, generic types with a
/// backtick and their arity.
/// </summary>
public sealed class CodeType(string fullName, string @namespace, string name)
{
    public string FullName { get; } = fullName;
    public string Namespace { get; } = @namespace;

    /// <summary>The type's own name with its arity suffix (<c>Function</c>, <c>Handler`1</c>).</summary>
    public string Name { get; } = name;

    public bool IsGeneric { get; set; }
    public bool IsInterface { get; set; }
    public bool IsStruct { get; set; }
    public bool IsAbstract { get; set; }
    public bool IsStatic { get; set; }
    public bool HasConstructors { get; set; }
    public bool HasPublicParameterlessConstructor { get; set; }
    public List<CodeMethod> Methods { get; } = [];

    /// <summary>Simple names (with arity) of the types in the base lists.</summary>
    public List<string> BaseTypeNames { get; } = [];

    /// <summary>An instance method needs an object the runtime can create with a public parameterless constructor.</summary>
    public bool CanBeInstantiated => !IsAbstract && !IsStatic && !IsInterface && (IsStruct || !HasConstructors || HasPublicParameterlessConstructor);
}
