using Workbench.Core.Storage;

namespace Workbench.Storage.Tests;

public sealed class SqliteInMemoryTranslationMemoryTests : TranslationMemoryContract
{
    protected override ITranslationMemory CreateMemory() => SqliteTranslationMemory.OpenInMemory();
}
