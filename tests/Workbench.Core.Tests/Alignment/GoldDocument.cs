using Workbench.Core.Alignment;

namespace Workbench.Core.Tests.Alignment;

internal sealed record GoldDocument(string Folder, IReadOnlyList<string> English, IReadOnlyList<string> Japanese, IReadOnlyList<Bead> Gold);
