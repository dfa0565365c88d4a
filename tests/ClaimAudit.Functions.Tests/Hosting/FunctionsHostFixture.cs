namespace ClaimAudit.Functions.Tests.Hosting;

/// <summary>
/// One <see cref="FunctionsTestHost"/> shared by the test classes of <see cref="FunctionsHostCollection"/>: tests keep apart by
/// making a clinic each (<see cref="FunctionsTestHost.CreateClinicAsync"/>). A test that needs other settings starts a host of its own.
/// </summary>
public sealed class FunctionsHostFixture : IAsyncLifetime
{
    private FunctionsTestHost? _host;

    public FunctionsTestHost Host => _host ?? throw new InvalidOperationException("the test host has not started");

    public async Task InitializeAsync() => _host = await FunctionsTestHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class FunctionsHostCollection : ICollectionFixture<FunctionsHostFixture>
{
    public const string Name = "Functions host";
}
