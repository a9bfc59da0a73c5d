using System.Text;
using Workbench.Core.Documents;
using Workbench.Core.Formats.Tmx;

namespace Workbench.Core.Formats.Tsv;

/// <summary>
/// Writes pairs as a two-column, tab-separated file: a header row with the two language codes, then one row per
/// non-null bead, English first. A tab, line break or other control character inside a text becomes a single space
/// (sentences have no meaningful ones), so every row is exactly two fields on one line and needs no unescaping.
/// </summary>
public sealed class TsvWriter
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string englishCode;
    private readonly string japaneseCode;

    /// <summary>Throws <see cref="WorkbenchInputException"/> when a header code is not a usable BCP 47 tag.</summary>
    public TsvWriter(string englishCode = TmxExportOptions.DefaultEnglishCode, string japaneseCode = TmxExportOptions.DefaultJapaneseCode)
    {
        this.englishCode = TmxLanguageTag.Normalize(englishCode, Language.English);
        this.japaneseCode = TmxLanguageTag.Normalize(japaneseCode, Language.Japanese);
    }

    /// <summary>Writes UTF-8 without a byte-order mark; leaves <paramref name="output"/> open.</summary>
    public ExportResult Write(IEnumerable<AlignedPair> pairs, Stream output)
    {
        using var writer = new StreamWriter(output, Utf8WithoutBom, bufferSize: 1 << 16, leaveOpen: true);
        return Write(pairs, writer);
    }

    public ExportResult Write(IEnumerable<AlignedPair> pairs, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(englishCode);
        output.Write('\t');
        output.Write(japaneseCode);
        output.Write('\n');
        long written = 0;
        long skipped = 0;
        foreach (var pair in pairs)
        {
            if (pair.Link.Bead.IsNull)
            {
                skipped++;
                continue;
            }

            output.Write(Field(pair.EnglishText));
            output.Write('\t');
            output.Write(Field(pair.JapaneseText));
            output.Write('\n');
            written++;
        }

        output.Flush();
        return new ExportResult(written, skipped);
    }

    /// <summary>The text with every control character (tab and line breaks included) replaced by a space.</summary>
    public static string Field(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        return string.Create(text.Length, text, static (destination, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                destination[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
    }
}
