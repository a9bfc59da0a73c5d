namespace Workbench.Core.Terminology;

/// <summary>
/// Aho–Corasick multi-pattern search: finds every occurrence of every pattern in one pass over the text, so
/// checking a segment against thousands of glossary terms costs time proportional to the segment, not the glossary.
/// </summary>
internal sealed class AhoCorasickAutomaton
{
    private const int Root = 0;
    private const int NoState = -1;

    // Transitions in compressed rows: the children of state s are keys/targets[childStart[s] .. childStart[s + 1]),
    // sorted by key. The root gets a dense table because every text character starts there.
    private readonly int[] childStart;
    private readonly char[] childKeys;
    private readonly int[] childTargets;
    private readonly int[] rootTable = new int[char.MaxValue + 1];
    private readonly int[] failure;
    private readonly int[] outputLink;
    private readonly int[] patternAtState;
    private readonly int[] nextPatternAtState;
    private readonly int[] patternLengths;

    public AhoCorasickAutomaton(IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        PatternCount = patterns.Count;
        var trie = new List<Dictionary<char, int>> { new() };
        var endingPatterns = new List<List<int>> { new() };
        patternLengths = new int[patterns.Count];
        for (var p = 0; p < patterns.Count; p++)
        {
            var state = Root;
            foreach (var c in patterns[p])
            {
                if (!trie[state].TryGetValue(c, out var next))
                {
                    next = trie.Count;
                    trie[state][c] = next;
                    trie.Add([]);
                    endingPatterns.Add([]);
                }

                state = next;
            }

            patternLengths[p] = patterns[p].Length;
            if (patterns[p].Length > 0)
            {
                endingPatterns[state].Add(p);
            }
        }

        var stateCount = trie.Count;
        childStart = new int[stateCount + 1];
        var totalChildren = trie.Sum(t => t.Count);
        childKeys = new char[totalChildren];
        childTargets = new int[totalChildren];
        var offset = 0;
        for (var s = 0; s < stateCount; s++)
        {
            childStart[s] = offset;
            foreach (var (key, target) in trie[s].OrderBy(kv => kv.Key))
            {
                childKeys[offset] = key;
                childTargets[offset] = target;
                offset++;
            }
        }

        childStart[stateCount] = offset;
        Array.Fill(rootTable, Root);
        foreach (var (key, target) in trie[Root])
        {
            rootTable[key] = target;
        }

        patternAtState = new int[stateCount];
        nextPatternAtState = new int[patterns.Count];
        Array.Fill(patternAtState, NoState);
        for (var s = 0; s < stateCount; s++)
        {
            foreach (var p in endingPatterns[s])
            {
                nextPatternAtState[p] = patternAtState[s];
                patternAtState[s] = p;
            }
        }

        failure = new int[stateCount];
        outputLink = new int[stateCount];
        BuildFailureLinks(trie);
    }

    public int PatternCount { get; }

    /// <summary>Appends every match in <paramref name="text"/> to <paramref name="matches"/>.</summary>
    public void FindAll(string text, List<AhoCorasickMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        var state = Root;
        for (var i = 0; i < text.Length; i++)
        {
            state = Step(state, text[i]);
            for (var s = patternAtState[state] != NoState ? state : outputLink[state]; s > Root; s = outputLink[s])
            {
                for (var p = patternAtState[s]; p != NoState; p = nextPatternAtState[p])
                {
                    matches.Add(new AhoCorasickMatch(p, i + 1 - patternLengths[p], patternLengths[p]));
                }
            }
        }
    }

    private int Step(int state, char c)
    {
        while (true)
        {
            if (state == Root)
            {
                return rootTable[c];
            }

            var next = Child(state, c);
            if (next != NoState)
            {
                return next;
            }

            state = failure[state];
        }
    }

    private int Child(int state, char c)
    {
        int low = childStart[state], high = childStart[state + 1] - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var key = childKeys[middle];
            if (key == c)
            {
                return childTargets[middle];
            }

            if (key < c)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return NoState;
    }

    private void BuildFailureLinks(List<Dictionary<char, int>> trie)
    {
        var queue = new Queue<int>();
        foreach (var child in trie[Root].Values)
        {
            failure[child] = Root;
            outputLink[child] = Root;
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (key, child) in trie[state])
            {
                failure[child] = Step(failure[state], key);
                var fallback = failure[child];
                outputLink[child] = patternAtState[fallback] != NoState ? fallback : outputLink[fallback];
                queue.Enqueue(child);
            }
        }
    }
}
