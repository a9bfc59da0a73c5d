using System.Text;

namespace Workbench.Core.Formats;

/// <summary>Reads a glossary file as strict UTF-8 (a byte-order mark is allowed), turning failures into input errors.</summary>
internal static class GlossaryText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadAll(string path)
    {
        if (!File.Exists(path))
        {
            throw new WorkbenchInputException($"{path}: file not found");
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            throw new WorkbenchInputException($"{path}: not valid UTF-8 (save the glossary as UTF-8)");
        }
    }
}
