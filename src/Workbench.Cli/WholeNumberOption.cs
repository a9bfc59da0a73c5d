using System.CommandLine;
using System.Globalization;

namespace Workbench.Cli;

/// <summary>
/// An option that takes a whole number within a range. A value that is not a number, is too large to be one
/// (99999999999) or falls outside the range gets the same one-line usage error, naming the option and its range,
/// when the command line is parsed (exit 2), where System.CommandLine would say "Cannot parse argument … as expected
/// type 'System.Int32'" for some of them and each command would check the range its own way for the others.
/// </summary>
internal static class WholeNumberOption
{
    public static Option<int> Create(string name, string description, int minimum, int maximum, Func<int> defaultValue, params string[] aliases)
    {
        var range = string.Create(CultureInfo.InvariantCulture, $"{minimum}–{maximum}");
        return new Option<int>(name, aliases)
        {
            Description = $"{description} ({range})",
            DefaultValueFactory = _ => defaultValue(),
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return defaultValue();
                }

                var given = result.Tokens[^1].Value;
                if (int.TryParse(given, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
                {
                    return value;
                }

                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} takes a whole number from {minimum} to {maximum}; got '{given}'"));
                return minimum;
            },
        };
    }
}
