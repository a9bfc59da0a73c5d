using Workbench.Core.Alignment;
using Workbench.Core.Alignment.Evidence;
using Workbench.Core.Lexicon;

namespace Workbench.Core.Tests.Alignment;

/// <summary>A heading glued to its sentence on one side and standing alone on the other; a dropped sentence not glued.</summary>
public sealed class GluedHeadingTests
{
    [Theory]
    [InlineData("Toppling of the Shogunate The discovery of the Emperor's plan was reported.", true)]
    [InlineData("(JR) Nara Line The JR Nara Line is a railway line.", true)]
    [InlineData("Investigation The Shinsen-gumi had asked for support from the Aizu.", true)]
    [InlineData("Miyakoji leisure train Miyakoji trains ran between Kyoto and Sakurai.", true)]
    [InlineData("In 1862, upon the visit of Iemochi TOKUGAWA, The Shogun went to Kyoto.", false)]
    [InlineData("The discovery of the plan was reported to the Rokuhara Tandai.", false)]
    [InlineData("Toppling of the Shogunate", false)]
    public void A_heading_glued_to_a_sentence_is_recognised(string line, bool expected) =>
        Assert.Equal(expected, GluedHeading.StartsEnglish(line));

    [Fact]
    public void A_japanese_heading_joins_its_sentence_when_the_english_glued_them()
    {
        string[] english =
        [
            "Emperor Godaigo was the 96th emperor of Japan, who reigned from 1318 to 1339.",
            "Toppling of the Shogunate The discovery of the Emperor's plan to overthrow the Kamakura bakufu in 1324 was reported.",
            "In 1331 the Emperor's plan was discovered again and he fled from Kyoto to Mt. Kasagi.",
        ];
        string[] japanese =
        [
            "後醍醐天皇は日本の第96代天皇で、1318年から1339年まで在位した。",
            "倒幕",
            "1324年、後醍醐天皇の鎌倉幕府打倒計画が発覚した。",
            "1331年、再び計画が発覚し、天皇は京都を脱出して笠置山に逃れた。",
        ];

        var links = new SentenceAligner().Align(english, japanese).Select(b => b.ToLinkNotation()).ToList();

        Assert.Contains("[1]:[1,2]", links);
    }

    /// <summary>
    /// RLW00004 starts "(JR) Nara Line The JR Nara Line is…" against 奈良線 | 奈良線（ならせん）は…: the Japanese heading
    /// used to be left out at the cheap edge-skip cost, as if the English started later, although the English line
    /// starts with the same heading glued to its sentence.
    /// </summary>
    [Fact]
    public void A_heading_on_the_first_line_joins_its_sentence_instead_of_an_edge_skip() =>
        Assert.Contains("[0]:[0,1]", AlignNictDev("RLW00004"));

    /// <summary>
    /// SAT00001: "It is known for its rock garden." | "The honorific title…" against one Japanese line holding both
    /// (石庭で知られる。山号を大雲山と称する。). The first sentence adds little evidence, but the line break explains the
    /// merge (two sentences on each side), so it is no dropped sentence glued on and pays no glue cost.
    /// </summary>
    [Fact]
    public void Two_sentences_on_one_japanese_line_merge_although_one_adds_little_evidence() =>
        Assert.Contains("[2,3]:[2]", AlignNictDev("SAT00001"));

    private static List<string> AlignNictDev(string name)
    {
        var document = SharedData.Documents(SharedData.NictDev).Single(d => Path.GetFileName(d.Folder) == name);
        var aligner = new SentenceAligner(AlignerOptions.Default, JmdictLexiconLoader.Load(SharedData.Jmdict));
        return aligner.Align(document.English, document.Japanese).Select(b => b.ToLinkNotation()).ToList();
    }
}
