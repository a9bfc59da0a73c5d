using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Workbench.Storage.Postgres;

namespace Workbench.Storage.Tests.Postgres;

/// <summary>
/// A PostgreSQL server for tests: <c>WORKBENCH_TEST_PG</c> (a URL or connection string of a server where the tests may
/// create databases) when set, otherwise a throwaway cluster started from the installed binaries (initdb and pg_ctl
/// in a temporary folder, on a free loopback port) and stopped with its files at the end. PostgreSQL refuses to run
/// as root, so under root (CI) the cluster belongs to the <c>postgres</c> OS user the Debian package creates. Where
/// there are no binaries, <see cref="Unavailable"/> says why and the tests report themselves skipped with it.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string EnvironmentVariable = "WORKBENCH_TEST_PG";

    private const string ClusterUser = "postgres";

    private readonly string? clusterFolder;
    private readonly string? binaries;
    private readonly bool runAsClusterUser;
    private readonly string? adminConnectionString;
    private int databases;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } existing)
        {
            adminConnectionString = PostgresConnectionStrings.ToConnectionString(existing);
            return;
        }

        binaries = FindBinaries();
        if (binaries is null)
        {
            Unavailable = $"no PostgreSQL server binaries (initdb, pg_ctl) found; install Debian's postgresql or set {EnvironmentVariable}";
            return;
        }

        runAsClusterUser = Environment.UserName == "root";
        clusterFolder = Directory.CreateTempSubdirectory("workbench-pg-").FullName;
        var port = FreePort();
        if (runAsClusterUser)
        {
            Run("chown", ["-R", $"{ClusterUser}:{ClusterUser}", clusterFolder], asClusterUser: false);
        }

        var data = Path.Combine(clusterFolder, "data");
        Run(Path.Combine(binaries, "initdb"), ["-D", data, "-U", "workbench", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], runAsClusterUser);
        Run(
            Path.Combine(binaries, "pg_ctl"),
            [
                "-D", data, "-l", Path.Combine(clusterFolder, "server.log"), "-w", "-t", "60", "start",
                "-o", $"-p {port} -k {clusterFolder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200",
            ],
            runAsClusterUser);
        adminConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "workbench",
            Database = "postgres",
            Pooling = false,
        }.ConnectionString;
    }

    /// <summary>Why there is no server for the tests, or null when there is one.</summary>
    public string? Unavailable { get; }

    /// <summary>A new, empty database on the server, as an Npgsql connection string.</summary>
    public string CreateDatabase()
    {
        if (adminConnectionString is null)
        {
            throw new InvalidOperationException(Unavailable);
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"workbench_test_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}_{DateTime.UtcNow.Ticks}");
        using (var connection = new NpgsqlConnection(adminConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>The same database as a <c>postgresql://</c> URL, the way a user types it after <c>--db</c>.</summary>
    public static string ToUrl(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return string.Create(CultureInfo.InvariantCulture, $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}");
    }

    public void Dispose()
    {
        if (clusterFolder is null || binaries is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            Run(Path.Combine(binaries, "pg_ctl"), ["-D", Path.Combine(clusterFolder, "data"), "-m", "immediate", "-w", "stop"], runAsClusterUser);
        }
        finally
        {
            Directory.Delete(clusterFolder, recursive: true);
        }
    }

    private static string? FindBinaries()
    {
        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(folder => int.TryParse(Path.GetFileName(folder), out var version) ? version : 0)
                .Select(folder => Path.Combine(folder, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(folder => File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, IReadOnlyList<string> arguments, bool asClusterUser)
    {
        var start = new ProcessStartInfo(asClusterUser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asClusterUser)
        {
            foreach (var argument in new[] { "-u", ClusterUser, "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        // pg_ctl's server inherits the pipes: read to the end only what the command itself writes before it exits.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} failed with exit code {process.ExitCode}: {error.Result}{output.Result}");
        }
    }
}
