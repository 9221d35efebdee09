namespace SamTransform.Pipeline;

/// <summary>
/// One whole-template step of the transform. Stages run in a fixed order; a stage that reports an error about the
/// document stops the pipeline (as the reference stops on an invalid document).
/// </summary>
public interface ITransformStage
{
    string Name { get; }

    void Run(TransformContext context);
}
