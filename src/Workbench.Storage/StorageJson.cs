using System.Text.Json.Serialization;
using Workbench.Core.Documents;

namespace Workbench.Storage;

/// <summary>
/// The JSON that Storage writes into its columns (edit history, glossary renderings, the fuzzy-gram lookup), with
/// serialisers generated at build time: no reflection at run time (Native AOT), and the default options, so the text is
/// byte for byte what the reflection serialiser wrote before.
/// </summary>
[JsonSerializable(typeof(List<LinkJson.StoredLink>))]
[JsonSerializable(typeof(IReadOnlyList<SegmentTextChange>))]
[JsonSerializable(typeof(List<SegmentTextChange>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StorageJson : JsonSerializerContext;
