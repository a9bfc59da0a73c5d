namespace Workbench.Core.Formats;

/// <summary>Keeps text inside the XML 1.0 character range, so a stray control character never makes an invalid file.</summary>
internal static class XmlCharacters
{
    /// <summary>Returns <paramref name="text"/> without the characters XML 1.0 forbids (C0 controls other than tab, LF
    /// and CR, U+FFFE, U+FFFF, unpaired surrogates); the same instance when there are none.</summary>
    public static string RemoveInvalid(string text)
    {
        var firstInvalid = IndexOfInvalid(text, 0);
        if (firstInvalid < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, firstInvalid);
        var position = firstInvalid;
        while (position < text.Length)
        {
            var width = ValidWidthAt(text, position);
            if (width > 0)
            {
                builder.Append(text, position, width);
                position += width;
            }
            else
            {
                position++;
            }
        }

        return builder.ToString();
    }

    private static int IndexOfInvalid(string text, int start)
    {
        var position = start;
        while (position < text.Length)
        {
            var width = ValidWidthAt(text, position);
            if (width == 0)
            {
                return position;
            }

            position += width;
        }

        return -1;
    }

    /// <summary>Number of UTF-16 units of the valid character at <paramref name="position"/>, or 0 when it is invalid.</summary>
    private static int ValidWidthAt(string text, int position)
    {
        var c = text[position];
        if (c >= '\u0020' && c < '\uD800')
        {
            return 1;
        }

        if (c is '\t' or '\n' or '\r' || (c >= '\uE000' && c <= '\uFFFD'))
        {
            return 1;
        }

        if (char.IsHighSurrogate(c) && position + 1 < text.Length && char.IsLowSurrogate(text[position + 1]))
        {
            return 2;
        }

        return 0;
    }
}
