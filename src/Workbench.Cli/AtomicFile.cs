using Workbench.Core;

namespace Workbench.Cli;

/// <summary>Writes a file under a temporary name beside it and moves it into place, so a failed or interrupted
/// export never leaves a half-written file where a CAT tool would read it. Device and process files (/dev/null,
/// /dev/stdout, /dev/fd/N, a shell's &gt;(...), /proc/self/fd/N) are written in place: a file renamed over them
/// would replace the device itself when run as root, and fail anywhere else.</summary>
internal static class AtomicFile
{
    public static T Write<T>(string path, Func<Stream, T> write)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new WorkbenchInputException("--output is empty: give a file or folder name");
        }

        var fullPath = Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new WorkbenchInputException($"{path}: is a directory, expected a file");
        }

        if (IsDeviceOrProcessFile(fullPath))
        {
            using var device = new FileStream(fullPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1 << 16);
            return write(device);
        }

        var folder = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        Interruption.Track(temporary);
        try
        {
            T result;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                result = write(stream);
            }

            Interruption.MayHaveWritten();
            File.Move(temporary, path, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporary);
            Interruption.Untrack(temporary);
        }
    }

    /// <summary>
    /// Where the one-line summary of a file written to <paramref name="path"/> goes: standard output, unless the file is
    /// a device or process file (/dev/stdout, a pipe), whose data may be the very stream standard output is, and a
    /// summary mixed into it would corrupt the TMX or TSV a pipeline reads; then standard error.
    /// </summary>
    public static TextWriter SummaryWriter(CommandContext context, string path) =>
        IsDeviceOrProcessFile(Path.GetFullPath(path)) ? context.Error : context.Out;

    private static bool IsDeviceOrProcessFile(string fullPath) =>
        fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal);

    /// <summary>A folder (existing, or written with a trailing separator) gets <paramref name="fileName"/> inside it.</summary>
    public static string Resolve(string target, string fileName)
    {
        var isFolder = Directory.Exists(target)
            || target.EndsWith(Path.DirectorySeparatorChar)
            || target.EndsWith(Path.AltDirectorySeparatorChar);
        return isFolder ? Path.Combine(target, fileName) : target;
    }

    /// <summary>A document name made safe as a file name stem.</summary>
    public static string SafeStem(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return string.Concat(name.Select(c => invalid.Contains(c) || c == '\\' ? '_' : c));
    }
}
