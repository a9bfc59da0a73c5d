namespace Workbench.Core.Documents;

/// <summary>The two sides of a Workbench document: the English original and its Japanese translation.</summary>
public enum Language
{
    English,
    Japanese,
}
