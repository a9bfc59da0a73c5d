using Workbench.Core.Documents;
using Workbench.Core.Import;
using Workbench.Core.Tests.Support;

namespace Workbench.Core.Tests.Import;

public sealed class BatchFolderTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Folders_and_name_tagged_files_pair_into_documents()
    {
        folder.Write("wotr/deterrence/en.txt", "E");
        folder.Write("wotr/deterrence/ja.txt", "J");
        folder.Write("blog/ja.md", "J");
        folder.Write("pairs/kyiv.en.html", "E");
        folder.Write("pairs/kyiv.ja.html", "J");
        folder.Write("pairs/notes.ja.txt", "J");
        folder.Write("pairs/README.txt", "not a document");

        var found = BatchFolder.Discover(folder.Path);

        Assert.Empty(found.Problems);
        Assert.Equal(
            [("blog", false), ("pairs/kyiv", true), ("pairs/notes", false), ("wotr/deterrence", true)],
            found.Documents.Select(d => (d.Name, d.EnglishPath is not null)));
        Assert.EndsWith(Path.Combine("pairs", "kyiv.ja.html"), found.Documents[1].JapanesePath, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_file_alone_or_two_japanese_files_for_one_name_are_problems_and_the_rest_still_pair()
    {
        folder.Write("lonely/en.txt", "E");
        folder.Write("twice/ja.txt", "J");
        folder.Write("twice/ja.html", "J");
        folder.Write("fine/ja.txt", "J");

        var found = BatchFolder.Discover(folder.Path);

        Assert.Equal(["fine"], found.Documents.Select(d => d.Name));
        Assert.Equal(2, found.Problems.Count);
        Assert.Contains(found.Problems, p => p.Contains("no Japanese translation", StringComparison.Ordinal) && p.Contains("ja.txt", StringComparison.Ordinal));
        Assert.Contains(found.Problems, p => p.StartsWith("twice: more than one file", StringComparison.Ordinal));
    }

    [Fact]
    public void The_content_hash_changes_with_either_file_and_with_bytes_moved_between_them()
    {
        Assert.Equal(BatchDocument.ContentHash([1, 2], [3]), BatchDocument.ContentHash([1, 2], [3]));
        Assert.NotEqual(BatchDocument.ContentHash([1, 2], [3]), BatchDocument.ContentHash([1], [2, 3]));
        Assert.NotEqual(BatchDocument.ContentHash(null, [3]), BatchDocument.ContentHash([], [3]));
        Assert.NotEqual(BatchDocument.ContentHash([1, 2], [3]), BatchDocument.ContentHash([1, 2], [4]));
    }

    [Fact]
    public void A_missing_folder_is_an_input_error()
    {
        var error = Assert.Throws<WorkbenchInputException>(() => BatchFolder.Discover(folder.PathOf("nowhere")));

        Assert.Contains("folder not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_documents_is_an_input_error_not_zero_imports()
    {
        folder.Write("notes/readme.md", "Articles go in subfolders.\n");
        folder.Write("drafts/article.txt", "Not named by language.\n");

        var error = Assert.Throws<WorkbenchInputException>(() => BatchFolder.Discover(folder.Path));

        Assert.Equal($"{folder.Path}: no documents found (expected ja.EXT with en.EXT in a folder, or NAME.ja.EXT with NAME.en.EXT)", error.Message);
    }
}
