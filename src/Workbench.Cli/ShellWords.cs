namespace Workbench.Cli;

/// <summary>Words of a command line the program prints as a next step, quoted for a POSIX shell only when they
/// need it, so the line runs as printed.</summary>
internal static class ShellWords
{
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || ";&|<>()'\"$`\\?*[]{}!#~".Contains(c, StringComparison.Ordinal))
            ? value
            : $"'{value.Replace("'", "'\\''", StringComparison.Ordinal)}'";
    }
}
