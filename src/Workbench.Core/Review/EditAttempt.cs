namespace Workbench.Core.Review;

/// <summary>Either an <see cref="EditPlan"/> or the reason the edit cannot be made here, shown to the reviewer.</summary>
public sealed record EditAttempt(EditPlan? Plan, string? Refusal)
{
    public static EditAttempt Accept(EditPlan plan) => new(plan, null);

    public static EditAttempt Refuse(string reason) => new(null, reason);
}
