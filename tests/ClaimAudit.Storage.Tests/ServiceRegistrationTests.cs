using ClaimAudit.Application;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimAudit.Storage.Tests;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void Each_store_is_one_instance_whether_asked_for_by_its_class_or_by_the_application_interface()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AuditStorage"] = AzuriteFixture.ConnectionString }).Build();
        using var provider = new ServiceCollection().AddAuditStorage(configuration).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.Same(provider.GetRequiredService<BatchStore>(), provider.GetRequiredService<IBatchStore>());
        Assert.Same(provider.GetRequiredService<HistoryStore>(), provider.GetRequiredService<IHistoryStore>());
        Assert.Same(provider.GetRequiredService<ReportStore>(), provider.GetRequiredService<IReportStore>());
        Assert.Same(provider.GetRequiredService<PayerProfileStore>(), provider.GetRequiredService<IPayerProfileStore>());
        Assert.Same(provider.GetRequiredService<ClinicMapStore>(), provider.GetRequiredService<IClinicMapStore>());
        Assert.Same(provider.GetRequiredService<EpisodeStore>(), provider.GetRequiredService<EpisodeStore>());
        Assert.Same(StorageFaults.Instance, provider.GetRequiredService<IStorageFaultClassifier>());
    }
}
