using Newtonsoft.Json.Linq;

namespace SamTransform.Specification;

/// <summary>Where a property's value ends up in the CloudFormation SAM generates.</summary>
public enum PropertyOutput
{
    /// <summary>Read by the transform (turned into other properties or resources).</summary>
    Consumed,

    /// <summary>Copied unchanged to the main generated resource, under the same name or <see cref="SamProperty.OutputName"/>.</summary>
    PassThrough,
}

/// <summary>
/// One property of a SAM resource type or event type: its name, the check SAM makes of its value (with SAM's message),
/// whether it is required, whether <c>Globals</c> may set it, and where it goes in the output.
/// </summary>
public sealed record SamProperty(string Name)
{
    /// <summary>The type check SAM makes when it validates the resource; null when it accepts anything.</summary>
    public PropertyCheck? Check { get; init; }

    /// <summary>"Missing required property 'X'." when absent (or null).</summary>
    public bool Required { get; init; }

    /// <summary>
    /// The property's place in the list of properties the <c>Globals</c> section may set for the type (the order SAM's
    /// messages list them in); null when <c>Globals</c> may not set it.
    /// </summary>
    public int? GlobalsPosition { get; init; }

    public PropertyOutput Output { get; init; }

    /// <summary>
    /// Its place among the properties copied unchanged to the API's stage (a REST API's <c>AWS::ApiGateway::Stage</c>),
    /// in the order they are written there; null when the stage does not take it.
    /// </summary>
    public int? StagePosition { get; init; }

    /// <summary>The name of the output property when it differs (<c>Name</c> → <c>StateMachineName</c>).</summary>
    public string? OutputName { get; init; }

    /// <summary>Passed through only when Python reads it as true: an empty string, map or list, a zero, false are left out.</summary>
    public bool OmitWhenFalsy { get; init; }

    /// <summary>
    /// The property's JSON schema in the SAM input schema <c>validate</c> checks templates against
    /// (<see cref="SamInputSchema"/>); null when the property is accepted but not documented (it is then reported as
    /// unknown). Derived from <see cref="Model"/> when that is given.
    /// </summary>
    public JObject? Schema { get; init; }

    /// <summary>The typed model SAM checks the value against after the type checks (GraphQL APIs), or null.</summary>
    public Shape? Model { get; init; }

    /// <summary>
    /// The kind of value the type's field model accepts for the property (<see cref="PropertyModel"/>, capacity
    /// providers), with <see cref="ModelFields"/> for a nested model; null when the type has no such model or any value passes.
    /// </summary>
    public ModelValueKind? ModelKind { get; init; }

    /// <summary>The fields of a nested <see cref="ModelValueKind.Model"/>, in the order SAM checks them.</summary>
    public IReadOnlyList<ModelField>? ModelFields { get; init; }
}
