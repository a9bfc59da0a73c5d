using Workbench.Core.Review;

namespace Workbench.Tui;

/// <summary>
/// The session's commands among the <see cref="UiCommand"/>s. A UI command that shares its name with a
/// <see cref="ReviewCommand"/> is that command, so the mapping is derived from the names rather than kept by hand.
/// </summary>
internal static class UiCommands
{
    public static IReadOnlyDictionary<UiCommand, ReviewCommand> SessionCommand { get; } =
        Enum.GetValues<ReviewCommand>().ToDictionary(command => Enum.Parse<UiCommand>(command.ToString()));
}
