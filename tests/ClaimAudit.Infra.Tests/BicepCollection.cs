namespace ClaimAudit.Infra.Tests;

/// <summary>Compiles infra/main.bicep once for every test class that reads the ARM output.</summary>
[CollectionDefinition(Name)]
public sealed class BicepCollection : ICollectionFixture<CompiledTemplate>
{
    public const string Name = "bicep";
}
