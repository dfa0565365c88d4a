using System.Runtime.CompilerServices;
using ClaimAudit.Core.Analytics;
using ClaimAudit.Core.Remittances;

namespace ClaimAudit.Application.Tests;

/// <summary>Audited claims by clinic and visit id: a later save of a visit replaces it, as the table does.</summary>
public sealed class InMemoryAuditedClaimStore : IAuditedClaimStore
{
    public Dictionary<(string Clinic, string VisitId), AuditedClaim> Claims { get; } = [];
    public int Saves { get; private set; }

    public Task SaveAsync(string clinicId, string batchId, IEnumerable<AuditedClaim> claims, CancellationToken cancellationToken = default)
    {
        Saves++;
        foreach (var claim in claims) Claims[(clinicId, claim.VisitId)] = claim;
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<AuditedClaim> ListAsync(string clinicId, DateOnly? firstDate = null, DateOnly? lastDate = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var ((clinic, _), claim) in Claims)
            if (clinic == clinicId && (firstDate is null || claim.DateOfService >= firstDate) && (lastDate is null || claim.DateOfService <= lastDate)) yield return claim;
    }
}

/// <summary>Remittance advices by clinic and key.</summary>
public sealed class InMemoryRemittanceStore : IRemittanceStore
{
    public Dictionary<(string Clinic, string Key), RemittanceAdvice> Advices { get; } = [];

    public Task<int> SaveAsync(string clinicId, IReadOnlyList<RemittanceAdvice> advices, CancellationToken cancellationToken = default)
    {
        var added = 0;
        foreach (var advice in advices)
        {
            if (!Advices.ContainsKey((clinicId, advice.Key))) added++;
            Advices[(clinicId, advice.Key)] = advice;
        }
        return Task.FromResult(added);
    }

    public async IAsyncEnumerable<RemittanceAdvice> ListAsync(string clinicId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var ((clinic, _), advice) in Advices)
            if (clinic == clinicId) yield return advice;
    }
}
