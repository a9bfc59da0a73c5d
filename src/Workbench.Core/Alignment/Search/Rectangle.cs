namespace Workbench.Core.Alignment.Search;

/// <summary>The stretch of a document to align: English sentences [EnStart, EnEnd) against Japanese [JaStart, JaEnd).</summary>
internal readonly record struct Rectangle(int EnStart, int EnEnd, int JaStart, int JaEnd)
{
    public int Rows => EnEnd - EnStart;

    public int Columns => JaEnd - JaStart;
}
