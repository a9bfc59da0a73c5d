namespace Workbench.Core.Formats.Glossaries;

/// <summary>The element names of the two TBX generations; the structure (entry, language section, term section with
/// an <c>administrativeStatus</c> term note) is the same.</summary>
internal sealed record TbxDialect(
    string Root, string Header, string Entry, string LanguageSection, string TermSection, string? Namespace)
{
    /// <summary>TBX 2 (ISO 30042:2008), no namespace: the form OmegaT 3.6's schema (tbx.xsd) accepts.</summary>
    public static TbxDialect Martif { get; } = new("martif", "martifHeader", "termEntry", "langSet", "tig", null);

    /// <summary>TBX v3 (ISO 30042:2019), TBX-Basic dialect in the DCA style.</summary>
    public static TbxDialect Iso2019 { get; } = new("tbx", "tbxHeader", "conceptEntry", "langSec", "termSec", "urn:iso:std:iso:30042:ed-2");
}
