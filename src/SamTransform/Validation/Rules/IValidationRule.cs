namespace SamTransform.Validation.Rules;

/// <summary>One check over the transformed template. Rules report through the context, at the token concerned.</summary>
public interface IValidationRule
{
    void Check(ValidationContext context);
}
