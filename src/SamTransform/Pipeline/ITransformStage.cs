namespace SamTransform.Pipeline;

/// <summary>
/// One whole-template step of the transform. Stages run in a fixed order; a stage that reports an error about the
/// document stops the pipeline (as the reference stops on an invalid document).
/// </summary>
public interface ITransformStage
{
    string Name { get; }

    /// <summary>
    /// Whether errors this stage reports stop the pipeline before the next stage. A stage whose causes the reference
    /// reports together with those of the resources (embedded connectors) returns false.
    /// </summary>
    bool HaltsOnErrors => true;

    /// <summary>
    /// Whether the stage still runs when the pipeline stopped at or after the expansion of the resources (SAM's last
    /// step, whose error is reported with the resources' own: waiting for nested application templates).
    /// </summary>
    bool RunsAfterResourceErrors => false;

    void Run(TransformContext context);
}
