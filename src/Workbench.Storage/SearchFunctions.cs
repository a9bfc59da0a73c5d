using System.Globalization;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Workbench.Core;
using Workbench.Core.Documents;
using Workbench.Core.Search;
using Workbench.Core.Text;

namespace Workbench.Storage;

/// <summary>
/// The SQL functions the search index triggers (migration 0003) call, so that SQLite indexes exactly the keys Core
/// defines. Registered on every connection before it is migrated or written; a connection without them (the
/// sqlite3 shell) can read the database but cannot change pairs, so the index cannot drift.
/// </summary>
public static class SearchFunctions
{
    /// <summary>FTS5 trigram (3.34) and contentless_delete (3.43).</summary>
    public static readonly Version MinimumSqliteVersion = new(3, 43, 0);

    public static void Register(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        EnsureSupported(connection);
        // A trigger asks for the same text's key, length and grams in consecutive statements: remember the last one.
        var keys = new LastResult<string>();
        var units = new LastResult<IReadOnlyList<MatchUnit>>();
        connection.CreateFunction<string?, string?, string>(
            "wb_search_key", (lang, text) => keys.Get(lang, text, (side, t) => SearchKeys.Of(t, side)), isDeterministic: true);
        connection.CreateFunction<string?, string?, string>(
            "wb_fuzzy_grams",
            (lang, text) => FuzzyGrams(units.Get(lang, text, (side, t) => MatchUnits.Of(t, side)), Side(lang)),
            isDeterministic: true);
        connection.CreateFunction<string?, string?, long>(
            "wb_fuzzy_length",
            (lang, text) => FuzzyLength(units.Get(lang, text, (side, t) => MatchUnits.Of(t, side))),
            isDeterministic: true);
        connection.CreateFunction<string?, string>("wb_spaced", Spaced, isDeterministic: true);
        connection.CreateFunction<string?, bool>(
            "wb_has_format_character", text => VisibleText.HasFormatCharacter(text), isDeterministic: true);
    }

    /// <summary>What <c>wb_fuzzy_grams</c> stores for a side split into <paramref name="units"/>.</summary>
    public static string FuzzyGrams(IReadOnlyList<MatchUnit> units, Language language) => FuzzyKeys.IndexText(units, language);

    /// <summary>What <c>wb_fuzzy_length</c> stores for a side split into <paramref name="units"/>.</summary>
    public static long FuzzyLength(IReadOnlyList<MatchUnit> units) => FuzzyKeys.Length(units);

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
        Span<char> character = stackalloc char[2];
        foreach (var rune in key.EnumerateRunes())
        {
            if (spaced.Length > 0)
            {
                spaced.Append(' ');
            }

            spaced.Append(character[..rune.EncodeToUtf16(character)]);
        }

        return spaced.ToString();
    }

    private sealed class LastResult<T>
    {
        private string? lastLanguage;
        private string? lastText;
        private T? last;

        public T Get(string? language, string? text, Func<Language, string, T> compute)
        {
            text ??= string.Empty;
            if (!string.Equals(language, lastLanguage, StringComparison.Ordinal) || !string.Equals(text, lastText, StringComparison.Ordinal))
            {
                last = compute(Side(language), text);
                (lastLanguage, lastText) = (language, text);
            }

            return last!;
        }
    }

    private static Language Side(string? lang) => lang switch
    {
        "en" => Language.English,
        "ja" => Language.Japanese,
        _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"unknown language '{lang}'"), nameof(lang)),
    };
}
