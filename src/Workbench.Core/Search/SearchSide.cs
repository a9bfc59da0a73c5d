namespace Workbench.Core.Search;

/// <summary>Which side of the pairs a concordance search looks in.</summary>
public enum SearchSide
{
    English,
    Japanese,
    Both,
}
