using Workbench.Core.Documents;

namespace Workbench.Core.Review;

/// <summary>An edit ready to store: <see cref="LinkEdit.Before"/> starts at link <paramref name="Start"/>; after it
/// the cursor goes to link <paramref name="Cursor"/> of the edited list.</summary>
public sealed record EditPlan(int Start, LinkEdit Edit, int Cursor);
