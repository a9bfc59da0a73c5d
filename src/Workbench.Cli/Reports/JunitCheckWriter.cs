using System.Globalization;
using System.Text;
using System.Xml;
using Workbench.Core.Terminology;

namespace Workbench.Cli.Reports;

/// <summary>JUnit XML: a test suite per document, a test case per check; findings at or above the failure
/// threshold are failures, the others are listed in the test case's output.</summary>
internal static class JunitCheckWriter
{
    public static void Write(CheckReport report, Stream output)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "workbench check");
        xml.WriteAttributeString("tests", Invariant(report.Documents.Count * CheckRules.All.Count));
        xml.WriteAttributeString("failures", Invariant(report.Documents.Sum(d => CheckRules.All.Count(r => Failing(report, d, r).Any()))));
        foreach (var document in report.Documents)
        {
            var failedRules = CheckRules.All.Count(r => Failing(report, document, r).Any());
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", document);
            xml.WriteAttributeString("tests", Invariant(CheckRules.All.Count));
            xml.WriteAttributeString("failures", Invariant(failedRules));
            xml.WriteAttributeString("errors", "0");
            foreach (var rule in CheckRules.All)
            {
                WriteTestCase(xml, report, document, rule);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteTestCase(XmlWriter xml, CheckReport report, string document, CheckRule rule)
    {
        var findings = report.Findings.Where(f => f.Location.Document == document && f.Rule == rule).ToList();
        var failing = Failing(report, document, rule).ToList();
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", document);
        xml.WriteAttributeString("name", rule.Id);
        if (failing.Count > 0)
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("message", $"{failing.Count} {rule.Id} finding(s)");
            xml.WriteAttributeString("type", CheckReport.SeverityName(rule.Severity));
            xml.WriteString(Describe(failing));
            xml.WriteEndElement();
        }

        var others = findings.Except(failing).ToList();
        if (others.Count > 0)
        {
            xml.WriteElementString("system-out", Describe(others));
        }

        xml.WriteEndElement();
    }

    private static IEnumerable<CheckFinding> Failing(CheckReport report, string document, CheckRule rule) =>
        report.Findings.Where(f => f.Location.Document == document && f.Rule == rule && f.Severity >= report.FailOn);

    private static string Describe(IEnumerable<CheckFinding> findings) =>
        string.Join('\n', findings.Select(f =>
            $"{CheckReport.ReportPath(f.Location)}:{f.Location.Line}: {CheckReport.SeverityName(f.Severity)}: {f.Message} ({f.Location.Document} #{CheckReport.SegmentNumber(f.Location)}, {CheckReport.LinkDescription(f)})"));

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
