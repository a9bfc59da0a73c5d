namespace Workbench.Core.Formats.Glossaries;

/// <summary>The glossary files <see cref="GlossaryWriter"/> writes.</summary>
public enum GlossaryFormat
{
    /// <summary>OmegaT's tab-separated glossary (<c>.txt</c>, UTF-8): one approved rendering per line, note and
    /// forbidden variants in the comment column.</summary>
    Omegat,

    /// <summary>TBX v3 (ISO 30042:2019, TBX-Basic dialect, <c>conceptEntry</c>/<c>langSec</c>/<c>termSec</c>).</summary>
    Tbx,

    /// <summary>TBX 2 (ISO 30042:2008, <c>martif</c>/<c>termEntry</c>/<c>langSet</c>/<c>tig</c>): what OmegaT 3.6 and
    /// other older tools read.</summary>
    Tbx2,

    /// <summary>Comma-separated, Workbench's own columns (english, japanese, note, forbidden), lossless.</summary>
    Csv,
}
