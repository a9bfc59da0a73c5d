using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Search;

namespace Workbench.Storage;

/// <summary>
/// The SQL functions the search index triggers (migration 0003) call, so that SQLite indexes exactly the keys Core
/// defines. Registered on every connection before it is migrated or written; a connection without them (the
/// sqlite3 shell) can read the database but cannot change pairs, so the index cannot drift.
/// </summary>
public static class SearchFunctions
{
    /// <summary>FTS5 trigram (3.34), contentless_delete (3.43) and group_concat(... ORDER BY) (3.44).</summary>
    public static readonly Version MinimumSqliteVersion = new(3, 44, 0);

    public static void Register(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        EnsureSupported(connection);
        connection.CreateFunction<string?, string?, string>(
            "wb_search_key", (lang, text) => SearchKeys.Of(text ?? string.Empty, Side(lang)), isDeterministic: true);
        connection.CreateFunction<string?, string?, string>(
            "wb_fuzzy_grams", (lang, text) => FuzzyKeys.IndexText(text ?? string.Empty, Side(lang)), isDeterministic: true);
        connection.CreateFunction<string?, string?, long>(
            "wb_fuzzy_length", (lang, text) => FuzzyKeys.Length(text ?? string.Empty, Side(lang)), isDeterministic: true);
        connection.CreateFunction<string?, string>("wb_spaced", Spaced, isDeterministic: true);
    }

    /// <summary>Fails with one clear line when the SQLite library is too old for the search index.</summary>
    public static void EnsureSupported(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var text = connection.ExecuteScalar<string>("SELECT sqlite_version()") ?? "0";
        var version = Version.Parse(string.Join('.', text.Split('.').Take(3)));
        if (version < MinimumSqliteVersion)
        {
            throw new WorkbenchInputException(
                $"SQLite {text} is too old for the search index (FTS5 trigram with contentless delete needs {MinimumSqliteVersion.ToString(3)} or newer)");
        }
    }

    /// <summary>The characters of a key separated by spaces: one token per character for the 1–2 character index.</summary>
    public static string Spaced(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return string.Empty;
        }

        var spaced = new StringBuilder(key.Length * 2);
        foreach (var rune in key.EnumerateRunes())
        {
            if (spaced.Length > 0)
            {
                spaced.Append(' ');
            }

            spaced.Append(rune.ToString());
        }

        return spaced.ToString();
    }

    private static Language Side(string? lang) => lang switch
    {
        "en" => Language.English,
        "ja" => Language.Japanese,
        _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"unknown language '{lang}'"), nameof(lang)),
    };
}
