namespace Workbench.Core.Text;

/// <summary>A source file's text, normalised (LF line ends, NFC), with the encoding it was decoded from.</summary>
/// <param name="Text">The normalised text.</param>
/// <param name="EncodingName">Web name of the detected encoding, e.g. <c>utf-8</c> or <c>shift_jis</c>.</param>
public sealed record DecodedText(string Text, string EncodingName);
