namespace Workbench.Cli;

/// <summary>Writes a file under a temporary name beside it and moves it into place, so a failed or interrupted
/// export never leaves a half-written file where a CAT tool would read it.</summary>
internal static class AtomicFile
{
    public static T Write<T>(string path, Func<Stream, T> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            T result;
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                result = write(stream);
            }

            File.Move(temporary, path, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

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
