using System.Text;

namespace Workbench.Core.Formats;

/// <summary>RFC 4180 records: comma-separated, double-quoted fields may hold commas, quotes ("") and line breaks.</summary>
internal static class CsvRecordReader
{
    /// <summary>Each record with the 1-based line it starts on; blank lines are skipped.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(string text, string origin)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quotedFieldLine = 0;
        var recordHasContent = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    quotedFieldLine = line;
                    recordHasContent = true;
                    break;
                case '"':
                    throw new WorkbenchInputException($"{origin}:{line}: a quote inside an unquoted field (quote the whole field and double the quote)");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    recordHasContent = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (recordHasContent || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return (recordLine, [.. fields]);
                    }

                    fields.Clear();
                    field.Clear();
                    recordHasContent = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    recordHasContent = true;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new WorkbenchInputException($"{origin}:{quotedFieldLine}: a quoted field is never closed");
        }

        if (recordHasContent || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return (recordLine, [.. fields]);
        }
    }
}
