using System.Net.Sockets;
using Npgsql;
using Workbench.Core.Storage;

namespace Workbench.Storage.Postgres;

/// <summary>
/// PostgreSQL's refusals as one line a user can act on: what the server said, or why it could not be reached.
/// </summary>
internal static class PostgresErrors
{
    public static string Describe(NpgsqlException error) => error switch
    {
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } server =>
            $"{server.MessageText}; create it first (createdb) or check the name",
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } server =>
            $"authentication failed: {server.MessageText}",
        PostgresException server => $"{server.MessageText} ({server.SqlState})",
        _ when Find<SocketException>(error) is { } socket => $"{OneLine(error.Message)}: {SocketReason(socket)}",
        _ when Find<TimeoutException>(error) is not null => $"{OneLine(error.Message)}: timed out",
        _ => OneLine(error.Message),
    };

    /// <summary>Runs one transactional write; a refusal of the server (constraint, lost connection) becomes
    /// <see cref="TranslationMemoryException"/>: the transaction rolled back, so nothing was written.</summary>
    public static T Refusing<T>(string action, Func<T> write)
    {
        try
        {
            return write();
        }
        catch (NpgsqlException error)
        {
            throw new TranslationMemoryException($"cannot {action}: {Describe(error)}", error);
        }
    }

    private static string SocketReason(SocketException socket) => socket.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => "connection refused; is the server running and listening there?",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "unknown host",
        SocketError.TimedOut => "timed out",
        _ => OneLine(socket.Message),
    };

    private static T? Find<T>(Exception error)
        where T : Exception
    {
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
