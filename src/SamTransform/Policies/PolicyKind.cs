namespace SamTransform.Policies;

/// <summary>What an entry of a function's <c>Policies</c> list is.</summary>
public enum PolicyKind
{
    /// <summary>A managed policy name, ARN or intrinsic yielding one.</summary>
    Managed,

    /// <summary>An inline policy document (a map with <c>Statement</c>).</summary>
    Statement,

    /// <summary>A SAM policy template, <c>{ TemplateName: { parameters } }</c>.</summary>
    Template,

    Unknown,
}
