using Npgsql;
using Workbench.Core;
using Workbench.Core.Documents;

namespace Workbench.Storage.Postgres;

/// <summary>
/// Recognises a PostgreSQL database in <c>--db</c>: a URL (<c>postgresql://user:password@host:port/db?sslmode=require</c>,
/// as libpq writes them) or an Npgsql connection string (<c>Host=…;Database=…</c>). Anything else is a SQLite path.
/// </summary>
public static class PostgresConnectionStrings
{
    private static readonly string[] UrlSchemes = ["postgresql://", "postgres://"];

    /// <summary>libpq's URL query parameters that Npgsql spells differently.</summary>
    private static readonly Dictionary<string, string> LibpqParameterNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["user"] = "Username",
        ["dbname"] = "Database",
    };

    public static bool IsPostgres(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (UrlSchemes.Any(scheme => database.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // A connection string names a host; a file path never holds "host=" followed by a ';'-separated pair.
        return database.Contains('=', StringComparison.Ordinal) && database.Contains(';', StringComparison.Ordinal)
            && database.Split(';').Any(pair => pair.Split('=')[0].Trim() is { } key
                && (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>An Npgsql connection string for <paramref name="database"/> (a URL or already a connection string).</summary>
    public static string ToConnectionString(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        try
        {
            return UrlSchemes.Any(scheme => database.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
                ? FromUrl(database).ConnectionString
                : new NpgsqlConnectionStringBuilder(database).ConnectionString;
        }
        catch (ArgumentException error)
        {
            throw new WorkbenchInputException($"{Describe(database)}: not a usable PostgreSQL URL or connection string ({error.Message})", error);
        }
    }

    /// <summary>The database as messages show it: host, port, database and user, never the password.</summary>
    public static string Describe(string database)
    {
        ArgumentNullException.ThrowIfNull(database);
        try
        {
            var builder = UrlSchemes.Any(scheme => database.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
                ? FromUrl(database)
                : new NpgsqlConnectionStringBuilder(database);
            var user = string.IsNullOrEmpty(builder.Username) ? string.Empty : $"{builder.Username}@";
            return $"postgresql://{user}{builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (Exception error) when (error is ArgumentException or UriFormatException or FormatException)
        {
            return "PostgreSQL database";
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("malformed URL");
        }

        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.Host.Length > 0)
        {
            builder.Host = uri.Host;
        }

        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        var path = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (path.Length > 0)
        {
            builder.Database = path;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (Uri.UnescapeDataString(k), Uri.UnescapeDataString(v)) : (pair, string.Empty);
            builder[LibpqParameterNames.GetValueOrDefault(key, key)] = value;
        }

        return builder;
    }
}
