namespace SamTransform.Specification;

/// <summary>
/// The input of every <c>AWS::Serverless::*</c> type, one file per type in this folder (event types:
/// <see cref="EventSpecs"/>). What reads SAM's input takes its lists from here: the expanders' property checks and
/// pass-through copies, the <c>Globals</c> section, and the SAM input schema <c>validate</c> uses
/// (<see cref="SamInputSchema"/>).
/// </summary>
public static partial class SamSpecs
{
    private const string Prefix = "AWS::Serverless::";

    // Built on first use: the types are initialised from several files, in an order C# does not fix.
    private static readonly Lazy<IReadOnlyList<TypeSpec>> AllTypes = new(Types);

    private static readonly Lazy<IReadOnlyList<(string Section, TypeSpec Spec)>> Sections = new(() =>
        [.. All.Where(t => t.GlobalsProperties.Any()).Select(t => (t.TypeName[Prefix.Length..], t)).OrderBy(s => s.Item1, StringComparer.Ordinal)]);

    /// <summary>Every SAM type the project implements.</summary>
    public static IReadOnlyList<TypeSpec> All => AllTypes.Value;

    /// <summary>
    /// The sections of <c>Globals</c>: the types (without <c>AWS::Serverless::</c>) that have a property <c>Globals</c>
    /// may set, in the order SAM lists them (sorted by name).
    /// </summary>
    public static IReadOnlyList<(string Section, TypeSpec Spec)> GlobalsSections => Sections.Value;

    private static IReadOnlyList<TypeSpec> Types() =>
        [Function, Api, HttpApi, WebSocketApi, SimpleTable, LayerVersion, Application, StateMachine, Connector, GraphQLApi, CapacityProvider];
}
