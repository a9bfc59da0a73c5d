using System.Text;
using Workbench.Core.Lexicon;
using Workbench.Core.Tests.Alignment;

namespace Workbench.Core.Tests.Lexicon;

public sealed class JmdictDictionaryTests
{
    [Fact]
    public void Common_looks_up_a_kanji_form_with_its_glosses_and_readings()
    {
        var common = JmdictDictionary.Common;

        Assert.Contains("obvious", common.Glosses("明白"));
        Assert.Equal(["めいはく"], common.Readings("明白"));
        Assert.Empty(common.Glosses("存在しない語形"));
    }

    [Fact]
    public void A_reading_finds_its_entries_and_a_kana_word_reads_as_itself()
    {
        var common = JmdictDictionary.Common;

        Assert.Contains(common.Lookup("めいはく"), e => e.KanjiForms.Contains("明白"));
        var tshirt = Assert.Single(common.Lookup("Ｔシャツ"));
        Assert.Equal(1000160, tshirt.Sequence);
        Assert.Equal(["ティーシャツ"], tshirt.Readings);
    }

    [Fact]
    public void English_glosses_find_their_Japanese_forms_ignoring_case()
    {
        var common = JmdictDictionary.Common;

        Assert.Contains("明白", common.JapaneseForms("obvious"));
        Assert.Contains("Ｔシャツ", common.JapaneseForms("T-SHIRT"));
        Assert.Empty(common.JapaneseForms("no such gloss at all"));
    }

    [Fact]
    public void Full_holds_every_shared_edict2_entry_and_words_common_lacks()
    {
        var full = JmdictDictionary.Full;

        Assert.Equal(214_530, full.EntryCount);
        Assert.Contains(full.Lookup("新進党"), e => e.Glosses.Contains("New Frontier Party"));
        Assert.Empty(JmdictDictionary.Common.Lookup("新進党"));
        Assert.Contains("しんしんとう", full.Readings("新進党"));
    }

    [Fact]
    public void Full_glosses_lose_part_of_speech_and_sense_notes()
    {
        var entry = Assert.Single(JmdictDictionary.Full.Lookup("ヽ"));

        Assert.Equal(["repetition mark in katakana"], entry.Glosses);
        Assert.Empty(entry.KanjiForms);
        Assert.Equal(["ヽ"], entry.TextForms);
    }

    [Fact]
    public void Compiled_text_reads_back_entry_for_entry_and_gives_the_aligner_the_text_loaders_entries()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var edict = Path.Combine(folder.FullName, "small.edict2");
            File.WriteAllText(edict, string.Join('\n',
                "抑止;抑制(P) [よくし] /(n,vs) (1) deterrence/(2) to deter/(P)/EntL1234560/",
                "ワシントン /(n) Washington/EntL1234570X/",
                "核 [かく] /(n) nucleus/nuclear weapons/a/b/c/d/e/f/g/h/EntL1234580/") + "\n", Encoding.UTF8);
            var compiled = Path.Combine(folder.FullName, "small.wbdic");

            JmdictCompiler.Compile([edict], compiled, brotli: false);
            var dictionary = JmdictDictionary.Load(compiled);

            Assert.Equal(3, dictionary.EntryCount);
            var deterrence = dictionary.Entry(0);
            Assert.Equal(1234560, deterrence.Sequence);
            Assert.Equal(["抑止", "抑制"], deterrence.KanjiForms);
            Assert.Equal(["よくし"], deterrence.Readings);
            Assert.Equal(["deterrence", "deter"], deterrence.Glosses);
            Assert.Equal(["抑止", "抑制"], dictionary.JapaneseForms("Deter"));
            Assert.Equal(["ワシントン"], dictionary.Entry(1).Readings);
            Assert.Equal(10, dictionary.Entry(2).Glosses.Count);
            Assert.Equal(JmdictLexiconLoader.Load(edict).Entries, dictionary.AsLexicon().Entries);
            Assert.Equal(JmdictLexiconLoader.Load(edict).Entries, JmdictLexiconLoader.Load(compiled).Entries);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Brotli_output_reads_back_like_the_plain_one()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var tsv = Path.Combine(folder.FullName, "small.tsv");
            File.WriteAllText(tsv, "ent_seq\tkanji_forms\tkana_forms\tglosses\n1000220\t明白\tめいはく\tobvious; clear\n", Encoding.UTF8);
            var compiled = Path.Combine(folder.FullName, "small.wbdic.br");

            JmdictCompiler.Compile([tsv], compiled, brotli: true);

            Assert.Equal(["obvious", "clear"], JmdictDictionary.Load(compiled).Glosses("明白"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_compiled_dictionary_is_an_input_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a dictionary, but long enough to have a header of forty bytes");
            var error = Assert.Throws<WorkbenchInputException>(() => JmdictDictionary.Load(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
