namespace SamTransform.Pipeline;

/// <summary>
/// Why the transform generated a resource, as its expander says when it emits it ("execution role", "permission for
/// event GetOrders (Api GET /orders)"); <see cref="HashedId"/> when the logical id carries a hash of the content, so
/// that a change of the content gives the resource a new id (a function version, a REST API deployment).
/// </summary>
public readonly record struct EmitReason(string Text, bool HashedId = false)
{
    public static implicit operator EmitReason(string text) => new(text);

    public override string ToString() => Text;
}
