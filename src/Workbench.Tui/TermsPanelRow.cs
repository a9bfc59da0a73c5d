using Workbench.Core.Terminology;

namespace Workbench.Tui;

/// <summary>One line of the terms panel: a cluster heading or one occurrence of a variant.</summary>
internal sealed record TermsPanelRow(string Text, TermLocation? Location)
{
    /// <summary>The clusters as panel lines: a heading per cluster, then each variant's occurrences.</summary>
    public static List<TermsPanelRow> From(IReadOnlyList<TermCluster> clusters, string document)
    {
        var rows = new List<TermsPanelRow>();
        foreach (var cluster in clusters)
        {
            var variants = string.Join(" / ", cluster.Variants.Select(v => $"{v.Text} ×{v.Count}"));
            var source = cluster.Source is null ? string.Empty : cluster.Source + ": ";
            rows.Add(new TermsPanelRow($"{source}{variants}", null));
            foreach (var variant in cluster.Variants)
            {
                foreach (var location in variant.Locations.Where(l => l.Document == document))
                {
                    rows.Add(new TermsPanelRow($"    {variant.Text}  — Japanese sentence {location.Segment + 1}", location));
                }
            }
        }

        return rows;
    }

    public override string ToString() => Text;
}
