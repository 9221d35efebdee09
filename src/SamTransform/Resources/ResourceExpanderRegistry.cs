namespace SamTransform.Resources;

/// <summary>The expanders by SAM type. Adding a SAM type is one expander class and one line here.</summary>
public sealed class ResourceExpanderRegistry
{
    private readonly Dictionary<string, IResourceExpander> _byType = new(StringComparer.Ordinal);

    public static ResourceExpanderRegistry Default { get; } = CreateDefault();

    private static ResourceExpanderRegistry CreateDefault()
    {
        var registry = new ResourceExpanderRegistry();
        registry.Add(new FunctionExpander());
        registry.Add(new SimpleTableExpander());
        registry.Add(new LayerVersionExpander());
        registry.Add(new Connectors.ConnectorExpander());
        registry.Add(new ApplicationExpander());
        registry.Add(new HttpApiExpander());
        registry.Add(new RestApi.RestApiExpander());
        registry.Add(new StateMachine.StateMachineExpander());
        registry.Add(new CapacityProvider.CapacityProviderExpander());
        registry.Add(new GraphQLApi.GraphQLApiExpander());
        registry.Add(new WebSocketApi.WebSocketApiExpander());
        return registry;
    }

    public void Add(IResourceExpander expander) => _byType[expander.ResourceType] = expander;

    public IResourceExpander? Find(string type) => _byType.GetValueOrDefault(type);

    public IEnumerable<string> Types => _byType.Keys;
}
