using Terminal.Gui.Configuration;

namespace Workbench.Tui;

/// <summary>
/// Terminal.Gui 2.5 applies its configuration (settings files, themes) from a module initializer. A JIT process runs it
/// when the UI first touches Terminal.Gui; a Native AOT executable runs every module initializer at start-up, which cost
/// every command, the UI-less ones included, ≈ 50 ms (benchmarks/README "Native AOT, session 7"). The installed tool
/// therefore compiles that initializer to an empty body (src/Workbench.Cli/TerminalGui.Substitutions.xml) and sets
/// <see cref="DeferredSwitch"/>; the UI then applies the configuration here, once, before its first window, as the
/// initializer would have (a failure is recorded for Terminal.Gui to print at shutdown, and the UI runs on defaults).
/// </summary>
internal static class TerminalGuiConfiguration
{
    /// <summary>Set (runtimeconfig) only by the Native AOT build, together with the substitution.</summary>
    public const string DeferredSwitch = "Workbench.Tui.DeferredTerminalGuiConfiguration";

    private static bool applied;

    public static void EnsureApplied()
    {
        if (applied || !AppContext.TryGetSwitch(DeferredSwitch, out var deferred) || !deferred)
        {
            return;
        }

        applied = true;
        try
        {
            TuiConfigurationBuilder.Shared.ApplyToStaticFacades();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            TuiJsonErrors.Add($"Applying configuration failed: {error.Message}. Running with default settings.");
        }
    }
}
