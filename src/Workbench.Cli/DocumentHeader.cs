using System.Globalization;
using Workbench.Core.Documents;
using Workbench.Core.Text.Japanese;

namespace Workbench.Cli;

/// <summary>How <c>list</c> and <c>show</c> print what a document's source pages declared.</summary>
internal static class DocumentHeader
{
    /// <summary>Widest title <c>list</c> prints, in terminal columns.</summary>
    private const int ListTitleColumns = 48;

    /// <summary>The document's title cut to <see cref="ListTitleColumns"/> columns (a Japanese character takes two).</summary>
    public static string? ShortTitle(DocumentSummary document) =>
        document.Title is { } title ? DisplayText.Clip(title, ListTitleColumns) : null;

    /// <summary>One line per declared field and side (<c>en title: …</c>), then a blank line; nothing for documents
    /// imported from files that declare nothing.</summary>
    public static void Write(TextWriter output, DocumentSummary document)
    {
        var any = false;
        foreach (var (code, metadata) in new[] { ("en", document.EnglishMetadata), ("ja", document.JapaneseMetadata) })
        {
            any |= WriteField(output, code, "title", metadata.Title);
            any |= WriteField(output, code, "byline", metadata.Byline);
            any |= WriteField(output, code, "published", metadata.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            any |= WriteField(output, code, "url", metadata.Url);
        }

        if (any)
        {
            output.WriteLine();
        }
    }

    private static bool WriteField(TextWriter output, string language, string field, string? value)
    {
        if (value is null)
        {
            return false;
        }

        output.WriteLine($"{language} {field}: {value}");
        return true;
    }
}
