using Workbench.Core.Documents;
using Workbench.Core.Segmentation;

namespace Workbench.Core.Tests.Segmentation;

/// <summary>The built-in Japanese rules and the bracket post-pass, one behaviour per test.</summary>
public sealed class JapaneseRulesTests
{
    [Theory]
    [InlineData("抑止は重要だ。同盟は揺らいでいる！本当か？", "抑止は重要だ。|同盟は揺らいでいる！|本当か？")]
    [InlineData("何が変わったのか? トランプ政権は動いた。", "何が変わったのか?|トランプ政権は動いた。")]
    [InlineData("本当なのか!次に進む。", "本当なのか!|次に進む。")]
    [InlineData("本当か？！そうだ。", "本当か？！|そうだ。")]
    public void Splits_after_full_width_and_ascii_terminators(string paragraph, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(paragraph));

    [Fact]
    public void Ascii_question_mark_inside_ascii_text_is_not_a_terminator() =>
        Assert.Equal(["URLはexample.com/?q=1です。"], Sentences("URLはexample.com/?q=1です。"));

    [Theory]
    [InlineData("彼は「もう遅い。」次の話題に移った。", "彼は「もう遅い。」|次の話題に移った。")]
    [InlineData("（注：暫定値。）数値は変わる。", "（注：暫定値。）|数値は変わる。")]
    [InlineData("『熊の腕を引きちぎる』ことだった。終わり。", "『熊の腕を引きちぎる』ことだった。|終わり。")]
    public void Closing_brackets_stay_with_their_sentence(string paragraph, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(paragraph));

    [Theory]
    [InlineData("「拡散は拡散を生む。止められない」と元高官は述べた。次だ。", "「拡散は拡散を生む。止められない」と元高官は述べた。|次だ。")]
    [InlineData("「検討しています。」とルビオ議員は述べていた。", "「検討しています。」とルビオ議員は述べていた。")]
    [InlineData("彼は「本当か？そうだ」と言った。", "彼は「本当か？そうだ」と言った。")]
    public void A_quotation_continued_after_its_bracket_is_one_sentence(string paragraph, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(paragraph));

    [Fact]
    public void A_stand_alone_quotation_ending_in_bracket_and_terminator_is_split_inside() =>
        Assert.Equal(
            ["「フランス提案には、疑問が山積みだ。", "私はそうは思わない」。", "次の段落。"],
            Sentences("「フランス提案には、疑問が山積みだ。私はそうは思わない」。次の段落。"));

    [Fact]
    public void An_unbalanced_bracket_does_not_block_splitting() =>
        Assert.Equal(["「中国は拒絶してきた。", "政府高官はその立場を繰り返した。"], Sentences("「中国は拒絶してきた。政府高官はその立場を繰り返した。"));

    [Fact]
    public void Bracket_post_pass_can_be_switched_off()
    {
        var options = SegmentationOptions.Default with { JapaneseBrackets = BracketBalanceOptions.Disabled };
        var segmenter = new DocumentSegmenter(Workbench.Core.Segmentation.Srx.SrxLoader.Default, options);

        var sentences = segmenter.SegmentText("「拡散は拡散を生む。止められない」と述べた。", Language.Japanese).Select(s => s.Text);

        Assert.Equal(["「拡散は拡散を生む。", "止められない」と述べた。"], sentences);
    }

    [Theory]
    [InlineData("円周率は３．１４である。次へ。", "円周率は３．１４である。|次へ。")]
    [InlineData("成長率は2．5％だった。", "成長率は2．5％だった。")]
    [InlineData("１．はじめに", "１．はじめに")]
    [InlineData("2. 背景", "2. 背景")]
    public void Decimals_and_numbered_lists_do_not_split(string paragraph, string expected) =>
        Assert.Equal(expected.Split('|'), Sentences(paragraph));

    [Fact]
    public void End_mark_stays_on_the_last_sentence() =>
        Assert.Equal(["最初の文。", "最後の文である。■"], Sentences("最初の文。最後の文である。■"));

    [Fact]
    public void A_heading_glued_to_the_body_without_terminator_is_not_split() =>
        Assert.Equal(["開発期間 北朝鮮の取り組みはどうか？", "次。"], Sentences("開発期間 北朝鮮の取り組みはどうか？次。"));

    [Fact]
    public void Ellipsis_does_not_split() =>
        Assert.Equal(["脱退すれば…NPTが存続できるとは考えにくい。"], Sentences("脱退すれば…NPTが存続できるとは考えにくい。"));

    [Fact]
    public void Full_width_characters_are_kept_as_written() =>
        Assert.Equal(["ＮＡＴＯは１２か国で発足した。"], Sentences("ＮＡＴＯは１２か国で発足した。"));

    private static List<string> Sentences(string paragraph) =>
        [.. DocumentSegmenter.Default.SegmentText(paragraph, Language.Japanese).Select(segment => segment.Text)];
}
