namespace Workbench.Core.Formats.Tmx;

/// <summary>What <see cref="TmxReader"/> does with inline codes (bpt, ept, it, ph, ut, hi, sub) inside a segment.</summary>
public enum TmxInlineMarkup
{
    /// <summary>Drop the codes and their native content (<c>&lt;b&gt;</c>...); keep the text of <c>hi</c>.</summary>
    Flatten,

    /// <summary>Replace codes by OmegaT-style placeholders: paired codes become <c>&lt;gN&gt;</c>/<c>&lt;/gN&gt;</c>
    /// (N = the bpt/ept <c>i</c>), isolated codes <c>&lt;xN/&gt;</c>, highlights <c>&lt;hN&gt;</c>...<c>&lt;/hN&gt;</c>.</summary>
    Placeholders,
}
