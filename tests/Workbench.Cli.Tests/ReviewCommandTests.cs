using System.Diagnostics;
using System.Globalization;
using Workbench.Core.Documents;
using Workbench.Storage;
using Workbench.Core.Tests.Support;

namespace Workbench.Cli.Tests;

public sealed class ReviewCommandTests : IDisposable
{
    private const string English = "Deterrence depends on credibility.\nAllies doubt the promise.\n";
    private const string Japanese = "抑止は信頼性にかかっている。\n同盟国はその約束を疑っている。\n";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TemporaryDirectory folder = new();

    private string Database => Path.Combine(folder.Path, "tm.db");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Review_without_a_terminal_exits_2_with_one_clear_line()
    {
        using var review = WorkbenchProcess.Start(folder.Path, "review", "--db", Database);
        var error = review.StandardError.ReadToEnd();
        review.WaitForExit();

        Assert.Equal(2, review.ExitCode);
        Assert.Equal("workbench: review needs an interactive terminal; stdin and stdout must not be redirected", error.Trim());
        Assert.False(File.Exists(Database), "a refused review must not create the database");
    }

    [Fact]
    public void Confirm_then_quit_in_a_real_terminal_stores_one_confirmed_link_and_restores_the_screen()
    {
        const string Tmux = "/usr/bin/tmux";
        Assert.True(File.Exists(Tmux), $"{Tmux} is required for the end-to-end review test: apt-get install tmux");
        var en = folder.Write("essay/en.txt", English);
        var ja = folder.Write("essay/ja.txt", Japanese);
        Assert.Equal(0, CliRun.Invoke("import", "--db", Database, "--en", en, "--ja", ja).ExitCode);
        var exitFile = Path.Combine(folder.Path, "review.exit");
        var socket = $"workbench-review-{Guid.NewGuid():N}";
        var command =
            $"{Quote(WorkbenchProcess.DotnetHost)} {Quote(WorkbenchProcess.DllPath)} review --db {Quote(Database)} --doc essay; " +
            $"echo $? > {Quote(exitFile)}; sleep 60";
        try
        {
            RunTmux(Tmux, socket, "new-session", "-d", "-x", "80", "-y", "24", "-s", "review", command);
            WaitForScreen(Tmux, socket, screen => screen.Contains("review: essay", StringComparison.Ordinal), "the review screen");

            RunTmux(Tmux, socket, "send-keys", "-t", "review", "c");
            WaitForScreen(Tmux, socket, screen => screen.Contains("✓1", StringComparison.Ordinal), "the confirmed count");
            RunTmux(Tmux, socket, "send-keys", "-t", "review", "q");
            var deadline = DateTime.UtcNow + Patience;
            while (!File.Exists(exitFile) || File.ReadAllText(exitFile).Trim().Length == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "workbench review did not exit after q");
                Thread.Sleep(100);
            }

            Assert.Equal("0", File.ReadAllText(exitFile).Trim());
            Assert.DoesNotContain("review: essay", Capture(Tmux, socket), StringComparison.Ordinal);
        }
        finally
        {
            var socketPath = RunTmux(Tmux, socket, "display-message", "-p", "#{socket_path}").Trim();
            RunTmux(Tmux, socket, "kill-server");
            if (socketPath.Length > 0)
            {
                File.Delete(socketPath);
            }
        }

        using var memory = SqliteTranslationMemory.Open(Database);
        var links = memory.GetLinks(memory.FindDocument("essay")!.Id);
        Assert.Single(links, link => link.Status == LinkStatus.Confirmed);
        Assert.Equal(LinkStatus.Confirmed, links[0].Status);
    }

    [Fact]
    public void Resizing_the_pane_mid_session_keeps_the_Japanese_column_aligned()
    {
        const string Tmux = "/usr/bin/tmux";
        Assert.True(File.Exists(Tmux), $"{Tmux} is required for the end-to-end review test: apt-get install tmux");
        const string LongJapanese = "北大西洋条約機構は冷戦終結以来もっとも深刻な核抑止の信頼性の危機に直面しており同盟国は米国の約束を問い直している。";
        var en = folder.Write("long/en.txt", English + "NATO faces its gravest crisis of nuclear credibility since the end of the Cold War.\n");
        var ja = folder.Write("long/ja.txt", Japanese + LongJapanese + "\n");
        Assert.Equal(0, CliRun.Invoke("import", "--db", Database, "--en", en, "--ja", ja).ExitCode);
        var socket = $"workbench-review-{Guid.NewGuid():N}";
        var command = $"{Quote(WorkbenchProcess.DotnetHost)} {Quote(WorkbenchProcess.DllPath)} review --db {Quote(Database)} --doc long; sleep 60";
        try
        {
            RunTmux(Tmux, socket, "new-session", "-d", "-x", "80", "-y", "24", "-s", "review", command);
            WaitForScreen(Tmux, socket, screen => screen.Contains("review: long", StringComparison.Ordinal), "the review screen");
            foreach (var (width, height) in new[] { (160, 40), (80, 24), (120, 30) })
            {
                RunTmux(Tmux, socket, "resize-window", "-t", "review", "-x", width.ToString(CultureInfo.InvariantCulture), "-y", height.ToString(CultureInfo.InvariantCulture));
                WaitForScreen(
                    Tmux,
                    socket,
                    screen => JapaneseColumnAligned(screen, width) && string.Concat(screen.Split('\n').Select(JapaneseCell)).Contains(LongJapanese, StringComparison.Ordinal),
                    $"an aligned Japanese column at {width}×{height}");
            }

            RunTmux(Tmux, socket, "send-keys", "-t", "review", "q");
        }
        finally
        {
            var socketPath = RunTmux(Tmux, socket, "display-message", "-p", "#{socket_path}").Trim();
            RunTmux(Tmux, socket, "kill-server");
            if (socketPath.Length > 0)
            {
                File.Delete(socketPath);
            }
        }
    }

    /// <summary>Every bead row has its two separators at the same display columns and the header spans the width.</summary>
    private static bool JapaneseColumnAligned(string screen, int width)
    {
        var rows = screen.Split('\n').Where(row => row.Count(c => c == '│') >= 2).ToList();
        return rows.Count >= 4 &&
            rows.Select(row => Column(row, row.IndexOf('│', row.IndexOf('│') + 1))).Distinct().Count() == 1 &&
            rows.All(row => Column(row, row.Length) <= width);
    }

    private static string JapaneseCell(string row)
    {
        var first = row.IndexOf('│', StringComparison.Ordinal);
        var second = first < 0 ? -1 : row.IndexOf('│', first + 1);
        return second < 0 ? string.Empty : row[(second + 1)..].Trim();
    }

    /// <summary>Display columns of <paramref name="row"/>'s first <paramref name="length"/> characters.</summary>
    private static int Column(string row, int length) => row[..length].Sum(c => IsWide(c) ? 2 : 1);

    /// <summary>East Asian Wide ranges our texts use, counted independently of the code under test.</summary>
    private static bool IsWide(char c) =>
        c is (>= '\u2E80' and <= '\u303E') or (>= '\u3041' and <= '\u33FF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uFF00' and <= '\uFF60');

    private static void WaitForScreen(string tmux, string socket, Func<string, bool> shows, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        var screen = string.Empty;
        while (DateTime.UtcNow < deadline)
        {
            screen = Capture(tmux, socket);
            if (shows(screen))
            {
                return;
            }

            Thread.Sleep(100);
        }

        Assert.Fail($"tmux never showed {what}; last screen:\n{screen}");
    }

    private static string Capture(string tmux, string socket) => RunTmux(tmux, socket, "capture-pane", "-p", "-t", "review");

    private static string RunTmux(string tmux, string socket, params string[] args)
    {
        var start = new ProcessStartInfo(tmux) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(socket);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
