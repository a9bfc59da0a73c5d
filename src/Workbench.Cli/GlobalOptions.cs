using System.CommandLine;

namespace Workbench.Cli;

/// <summary>Options every command accepts.</summary>
public sealed class GlobalOptions
{
    public const string DatabaseEnvironmentVariable = "WORKBENCH_DB";

    public static readonly string DefaultDatabasePath = Path.Combine("tm", "workbench.db");

    public Option<string?> Database { get; } = new("--db")
    {
        Description = $"SQLite database (default: ${DatabaseEnvironmentVariable} or {Path.Combine("tm", "workbench.db")})",
        Recursive = true,
    };

    public void AddTo(RootCommand root) => root.Options.Add(Database);

    public string ResolveDatabasePath(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.GetValue(Database) is { Length: > 0 } fromOption)
        {
            return fromOption;
        }

        return Environment.GetEnvironmentVariable(DatabaseEnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : DefaultDatabasePath;
    }
}
