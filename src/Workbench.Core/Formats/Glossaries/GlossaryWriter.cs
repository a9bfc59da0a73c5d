using System.Text;
using Workbench.Core.Documents;
using Workbench.Core.Terminology;

namespace Workbench.Core.Formats.Glossaries;

/// <summary>Writes a glossary in one of the <see cref="GlossaryFormat"/>s, UTF-8 without a byte-order mark.</summary>
public static class GlossaryWriter
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file extension each format is conventionally given (OmegaT only reads .txt/.utf8/.tab/.csv/.tbx).</summary>
    public static string Extension(GlossaryFormat format) => format switch
    {
        GlossaryFormat.Omegat => ".txt",
        GlossaryFormat.Csv => ".csv",
        _ => ".tbx",
    };

    /// <summary>Writes <paramref name="entries"/> to <paramref name="output"/> (left open); refuses an empty glossary,
    /// which TBX cannot express and OmegaT would show as nothing.</summary>
    public static void Write(IReadOnlyList<GlossaryEntry> entries, GlossaryFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(output);
        if (entries.Count == 0)
        {
            throw new WorkbenchInputException("the glossary is empty: nothing to export");
        }

        using var writer = new StreamWriter(output, Utf8WithoutBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        switch (format)
        {
            case GlossaryFormat.Omegat:
                OmegatGlossaryWriter.Write(entries, writer);
                break;
            case GlossaryFormat.Csv:
                CsvGlossaryWriter.Write(entries, writer);
                break;
            case GlossaryFormat.Tbx2:
                TbxGlossaryWriter.Write(entries, TbxDialect.Martif, writer);
                break;
            default:
                TbxGlossaryWriter.Write(entries, TbxDialect.Iso2019, writer);
                break;
        }

        writer.Flush();
    }
}
