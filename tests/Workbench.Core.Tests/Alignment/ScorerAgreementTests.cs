using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Workbench.Core.Alignment;

namespace Workbench.Core.Tests.Alignment;

/// <summary>The C# scorer must give exactly what the reference script gives.</summary>
public sealed class ScorerAgreementTests
{
    [Fact]
    public void Agrees_with_align_score_py_on_aligner_output()
    {
        var documents = SharedData.Documents(SharedData.NictDev).Take(4).Concat(SharedData.Documents(SharedData.NewsGold)).ToList();
        var aligner = new SentenceAligner();
        var pairs = documents.Select(d => (d.Gold, Predicted: aligner.Align(d.English, d.Japanese))).ToList();
        AssertAgreement(pairs);
    }

    [Fact]
    public void Agrees_with_align_score_py_on_shifted_and_null_heavy_output()
    {
        var document = SharedData.Documents(SharedData.NewsGold)[0];
        var shifted = new List<Bead> { new(0, 0, 0, 2, 0) };
        shifted.AddRange(Enumerable.Range(0, document.English.Count).Select(i => new Bead(i, 1, Math.Min(i + 2, document.Japanese.Count), 0, 0)));
        shifted.Add(new Bead(document.English.Count, 0, 2, document.Japanese.Count - 2, 0));
        AssertAgreement([(document.Gold, shifted), (document.Gold, document.Gold)]);
    }

    private static void AssertAgreement(List<(IReadOnlyList<Bead> Gold, IReadOnlyList<Bead> Predicted)> pairs)
    {
        var directory = Directory.CreateTempSubdirectory("align-score-");
        try
        {
            var arguments = new List<string> { Path.Combine(SharedData.Root, "tools", "align_score.py"), "--json" };
            for (var k = 0; k < pairs.Count; k++)
            {
                var gold = Path.Combine(directory.FullName, $"gold{k}");
                var test = Path.Combine(directory.FullName, $"test{k}");
                File.WriteAllText(gold, AlignmentLinks.Format(pairs[k].Gold));
                File.WriteAllText(test, AlignmentLinks.Format(pairs[k].Predicted));
                arguments.Add(gold);
                arguments.Add(test);
            }

            var reference = RunPython(arguments);
            var ours = AlignmentScorer.Score(pairs);
            Assert.Equal(reference.GetProperty("precision_strict").GetDouble(), ours.PrecisionStrict, 1e-9);
            Assert.Equal(reference.GetProperty("recall_strict").GetDouble(), ours.RecallStrict, 1e-9);
            Assert.Equal(reference.GetProperty("f1_strict").GetDouble(), ours.F1Strict, 1e-9);
            Assert.Equal(reference.GetProperty("precision_lax").GetDouble(), ours.PrecisionLax, 1e-9);
            Assert.Equal(reference.GetProperty("recall_lax").GetDouble(), ours.RecallLax, 1e-9);
            Assert.Equal(reference.GetProperty("f1_lax").GetDouble(), ours.F1Lax, 1e-9);
            Assert.Equal(reference.GetProperty("predicted_beads").GetInt32(), ours.PredictedBeads);
            Assert.Equal(reference.GetProperty("gold_nonnull_beads").GetInt32(), ours.GoldNonNullBeads);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static JsonElement RunPython(List<string> arguments)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ForEach(start.ArgumentList.Add);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            Assert.Fail($"python3 is needed to run the reference scorer: {error.Message}");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, string.Create(CultureInfo.InvariantCulture, $"align_score.py failed ({process.ExitCode}): {errors}"));
            return JsonDocument.Parse(output).RootElement.Clone();
        }
    }
}
