using System.CommandLine;

namespace Workbench.Cli;

/// <summary>Options every command accepts.</summary>
public sealed class GlobalOptions
{
    public const string DatabaseEnvironmentVariable = "WORKBENCH_DB";

    public static readonly string DefaultDatabasePath = Path.Combine("tm", "workbench.db");

    public Option<string?> Database { get; } = new("--db")
    {
        Description = $"SQLite database file, or PostgreSQL as postgresql://user@host/db or Host=…;Database=… (default: ${DatabaseEnvironmentVariable} or {Path.Combine("tm", "workbench.db")})",
        Recursive = true,
    };

    public Option<string?> User { get; } = new("--user")
    {
        Description = "Who the history records for your edits; undo only undoes your own (default: the OS user name)",
        Recursive = true,
    };

    /// <summary>An explicit but empty <c>--db</c> is refused rather than read as the default: <c>--db "$DB"</c> with DB
    /// unset in a script would otherwise import into, or check, tm/workbench.db without a word.</summary>
    public GlobalOptions() =>
        Database.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>()))
            {
                result.AddError("--db is empty: give a database file or a PostgreSQL connection string, or leave --db out");
            }
        });

    public void AddTo(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Options.Add(Database);
        root.Options.Add(User);
    }

    public string ResolveUser(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return parsed.GetValue(User) is { Length: > 0 } user ? user : Storage.ReviewUsers.Default;
    }

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
