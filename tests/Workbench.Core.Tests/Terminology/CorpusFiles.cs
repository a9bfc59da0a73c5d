using Workbench.Core.Alignment;
using Workbench.Core.Documents;
using Workbench.Core.Segmentation;

namespace Workbench.Core.Tests.Terminology;

/// <summary>Reads ../shared beside the repository (never copied into it) and turns texts into pairs.</summary>
internal static class CorpusFiles
{
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Workbench.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Workbench.sln not found above the test directory");
    }

    public static string SharedArticles()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpus", "articles"));
        Assert.True(Directory.Exists(path), $"the shared corpus is missing: {path}");
        return path;
    }

    /// <summary>Every Japanese segment of a Japanese-only document as a 0-1 pair.</summary>
    public static IEnumerable<AlignedPair> JapaneseOnly(string document, string japanese)
    {
        var segments = DocumentSegmenter.Default.SegmentText(japanese, Language.Japanese);
        return segments.Select(s => new AlignedPair(
            document,
            new AlignmentLink(new Bead(0, 0, s.Index, 1, 1), LinkStatus.Auto, DateTimeOffset.UnixEpoch),
            [],
            [s]));
    }

    /// <summary>Pairs of parallel texts where line i of one is the translation of line i of the other.</summary>
    public static IReadOnlyList<AlignedPair> LinePairs(string document, string english, string japanese)
    {
        var en = Lines(english);
        var ja = Lines(japanese);
        Assert.Equal(en.Count, ja.Count);
        return [.. en.Select((e, i) => new AlignedPair(
            document,
            new AlignmentLink(new Bead(i, 1, i, 1, 1), LinkStatus.Confirmed, DateTimeOffset.UnixEpoch),
            [new Segment(i, i, i + 1, e)],
            [new Segment(i, i, i + 1, ja[i])]))];
    }

    private static List<string> Lines(string text) => [.. text.ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0)];
}
