namespace Workbench.Core.Search;

public enum MatchUnitKind
{
    /// <summary>An English word, or one Japanese character.</summary>
    Word,

    /// <summary>A run of digits (with inner , and .): any number matches any number before the number penalty.</summary>
    Number,

    /// <summary>A punctuation mark or symbol: left out of the edit distance, counted by the punctuation penalty.</summary>
    Punctuation,
}
