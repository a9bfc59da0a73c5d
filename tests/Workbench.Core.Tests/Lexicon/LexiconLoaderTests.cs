using Workbench.Core.Lexicon;
using Workbench.Core.Tests.Alignment;

namespace Workbench.Core.Tests.Lexicon;

public sealed class LexiconLoaderTests
{
    [Theory]
    [InlineData("jmdict_common.tsv")]
    [InlineData("jmdict_common.hunalign.dic")]
    [InlineData("jmdict_common.edict2.txt")]
    [InlineData("jmdict_full.part00.edict2.txt.gz")]
    public void Loads_every_shared_jmdict_form(string file)
    {
        var lexicon = JmdictLexiconLoader.Load(Path.Combine(SharedData.Jmdict, file));
        Assert.True(lexicon.Entries.Count > 10_000, $"{file}: {lexicon.Entries.Count} entries");
    }

    [Fact]
    public void Tsv_entries_pair_glosses_with_kanji_forms()
    {
        var lexicon = JmdictLexiconLoader.Load(Path.Combine(SharedData.Jmdict, "jmdict_common.tsv"));
        Assert.Contains(new LexiconEntry("obvious", "明白"), lexicon.Entries);
    }

    [Fact]
    public void The_bundled_lexicon_holds_the_same_entries_as_the_shared_common_tsv()
    {
        var shared = JmdictLexiconLoader.Load(Path.Combine(SharedData.Jmdict, "jmdict_common.tsv")).Entries;

        var bundled = JmdictLexiconLoader.Bundled.Entries;

        Assert.True(bundled.Count > 10_000, $"only {bundled.Count} bundled entries");
        Assert.Equal(shared, bundled);
    }

    [Fact]
    public void A_folder_means_its_common_tsv() =>
        Assert.NotEmpty(JmdictLexiconLoader.Load(SharedData.Jmdict).Entries);

    [Fact]
    public void Unreadable_lexicon_names_the_file()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "this is not a lexicon\n");
            var error = Assert.Throws<WorkbenchInputException>(() => JmdictLexiconLoader.Load(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Throws<WorkbenchInputException>(() => JmdictLexiconLoader.Load(path + ".missing"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
