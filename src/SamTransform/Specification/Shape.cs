namespace SamTransform.Specification;

/// <summary>The value shapes of a typed model SAM checks a property against (a GraphQL API's): see <see cref="Resources.GraphQLApi.GraphQLModel"/>.</summary>
public enum ShapeKind
{
    /// <summary>Anything (passed through to CloudFormation).</summary>
    Any,

    /// <summary>Text, or a number or boolean read as text (<c>5</c> is <c>"5"</c>); no intrinsic functions.</summary>
    Text,

    /// <summary>A boolean, or text/numbers read as one (<c>"yes"</c>, <c>1</c>).</summary>
    Boolean,

    /// <summary>One of <see cref="Shape.Choices"/>, as text.</summary>
    Choice,

    /// <summary>A map checked against <see cref="Shape.Fields"/>; fields it does not name are invalid.</summary>
    Model,

    /// <summary>A boolean, or a map checked as <see cref="Model"/>.</summary>
    BooleanOrModel,

    /// <summary>A map whose every value has the shape <see cref="Shape.Item"/>.</summary>
    MapOf,

    /// <summary>A list whose every item has the shape <see cref="Shape.Item"/>.</summary>
    ListOf,

    /// <summary>Text (as <see cref="Text"/>) or any map (an intrinsic function).</summary>
    TextOrMap,
}

public sealed record Shape(ShapeKind Kind, IReadOnlyList<Field>? Fields = null, Shape? Item = null, IReadOnlyList<string>? Choices = null)
{
    public static readonly Shape Any = new(ShapeKind.Any);
    public static readonly Shape Text = new(ShapeKind.Text);
    public static readonly Shape Boolean = new(ShapeKind.Boolean);
    public static readonly Shape TextOrMap = new(ShapeKind.TextOrMap);

    public static Shape Typed(params Field[] fields) => new(ShapeKind.Model, fields);

    public static Shape BooleanOrModel(params Field[] fields) => new(ShapeKind.BooleanOrModel, fields);

    public static Shape MapOf(Shape item) => new(ShapeKind.MapOf, Item: item);

    public static Shape ListOf(Shape item) => new(ShapeKind.ListOf, Item: item);

    public static Shape Choice(params string[] choices) => new(ShapeKind.Choice, Choices: choices);
}

/// <summary>One field of a model, in the order the reference checks them.</summary>
public sealed record Field(string Name, Shape Shape, bool Required = false);
