using Azure;
using Azure.Data.Tables;
using ClaimAudit.Application;
using ClaimAudit.Core.Payers;

namespace ClaimAudit.Storage;

/// <summary>A profile as the API shows it: where it comes from and the ETag to send back with <c>If-Match</c>.</summary>
public sealed record StoredProfile(PayerProfile Profile, bool IsClinicOverride, string ETag);

/// <summary>
/// A row of <c>PayerProfiles</c> that no longer parses (edited by hand, written by an older version):
/// names the payer and partition so an operator can fix or delete it. A server-side fault, not the caller's.
/// </summary>
public sealed class StoredProfileCorruptException(string partition, string payerId, IReadOnlyList<string> errors)
    : StoredDataCorruptException($"the stored payer profile '{payerId}' ({(partition == PayerProfileStore.BuiltinPartition ? "built-in" : "clinic")}) is not valid: {string.Join("; ", errors)}; " +
        (partition == PayerProfileStore.BuiltinPartition ? "an operator must fix or delete it" : $"replace it (DELETE then PUT /api/payers/{payerId})"))
{
    public string PayerId { get; } = payerId;
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>The lost-update case of a conditional write: the profile changed since the caller read it.</summary>
public sealed class ProfileConflictException(string message) : Exception(message);

/// <summary>
/// Payer profiles in the <c>PayerProfiles</c> table: partition = clinic id for a clinic's own
/// profiles (its <see cref="ClinicIds">normalised</see> id), <c>_builtin</c> for shipped ones (which override the copies compiled into the engine,
/// so an operator can update shipped data without a release). Row key = lower-case payer id; the
/// profile is stored as JSON in the <c>Profile</c> property.
/// </summary>
public sealed class PayerProfileStore(AuditStorage storage) : IPayerProfileStore
{
    public const string BuiltinPartition = "_builtin";
    private const string ProfileProperty = "Profile";

    private TableClient Table => storage.Table(AuditStorage.PayerProfilesTable);

    /// <summary>The profiles in force for a clinic's audit: its own over the built-in ones. One table query per partition.</summary>
    public async Task<PayerProfileSet> GetEffectiveSetAsync(string clinicId, CancellationToken cancellationToken = default)
    {
        var all = await ListEffectiveAsync(clinicId, cancellationToken);
        return new PayerProfileSet(all.Select(p => p.Profile));
    }

    /// <summary>The clinic's effective profiles ordered by payer id.</summary>
    public async Task<IReadOnlyList<StoredProfile>> ListEffectiveAsync(string clinicId, CancellationToken cancellationToken = default)
    {
        await storage.EnsureTablesAsync(cancellationToken);
        var byId = new Dictionary<string, StoredProfile>(StringComparer.OrdinalIgnoreCase);
        foreach (var shipped in ShippedPayers.Load())
            byId[shipped.PayerId] = new StoredProfile(shipped, false, ContentETag(shipped));
        foreach (var stored in await ReadPartitionAsync(BuiltinPartition, false, cancellationToken)) byId[stored.Profile.PayerId] = stored;
        foreach (var stored in await ReadPartitionAsync(ClinicIds.Normalize(clinicId), true, cancellationToken)) byId[stored.Profile.PayerId] = stored;
        return byId.Values.OrderBy(p => p.Profile.PayerId, StringComparer.Ordinal).ToList();
    }

    public async Task<StoredProfile?> GetEffectiveAsync(string clinicId, string payerId, CancellationToken cancellationToken = default)
    {
        var all = await ListEffectiveAsync(clinicId, cancellationToken);
        return all.FirstOrDefault(p => string.Equals(p.Profile.PayerId, payerId.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Creates or replaces the clinic's profile. With <paramref name="ifMatch"/> the write happens only
    /// if the effective profile still has that ETag (<c>*</c>: if any profile exists); otherwise
    /// <see cref="ProfileConflictException"/>.
    /// </summary>
    public async Task<StoredProfile> PutAsync(string clinicId, PayerProfile profile, string? ifMatch, CancellationToken cancellationToken = default)
    {
        clinicId = ClinicIds.Normalize(clinicId);
        var rowKey = profile.PayerId.Trim().ToLowerInvariant();
        var entity = new TableEntity(clinicId, rowKey) { [ProfileProperty] = ProfileCodec.Serialize(profile) };
        Response response;
        if (string.IsNullOrEmpty(ifMatch))
        {
            await storage.EnsureTablesAsync(cancellationToken);
            response = await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }
        else
        {
            var current = await GetEffectiveAsync(clinicId, rowKey, cancellationToken);
            if (current is null || (ifMatch != "*" && ifMatch != current.ETag))
                throw new ProfileConflictException(current is null
                    ? $"payer profile '{rowKey}' does not exist, so If-Match '{ifMatch}' cannot match"
                    : $"payer profile '{rowKey}' was changed since ETag {ifMatch} was read (current ETag {current.ETag}); read it again and reapply the change");
            try
            {
                response = current.IsClinicOverride
                    ? await Table.UpdateEntityAsync(entity, new ETag(current.ETag), TableUpdateMode.Replace, cancellationToken)
                    : await Table.AddEntityAsync(entity, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                throw new ProfileConflictException($"payer profile '{rowKey}' was changed by another request while this one was written; read it again and reapply the change");
            }
        }
        return new StoredProfile(profile, true, response.Headers.ETag?.ToString() ?? "");
    }

    /// <summary>Whether the clinic has a profile of its own for the payer (without parsing it: a corrupt row can still be replaced).</summary>
    public async Task<bool> ClinicOverrideExistsAsync(string clinicId, string payerId, CancellationToken cancellationToken = default)
    {
        await storage.EnsureTablesAsync(cancellationToken);
        return (await Table.GetEntityIfExistsAsync<TableEntity>(ClinicIds.Normalize(clinicId), payerId.Trim().ToLowerInvariant(), ["PartitionKey"], cancellationToken)).HasValue;
    }

    /// <summary>Removes the clinic's override (the built-in profile, if any, is in force again). False when there was none.</summary>
    public async Task<bool> DeleteAsync(string clinicId, string payerId, string? ifMatch, CancellationToken cancellationToken = default)
    {
        await storage.EnsureTablesAsync(cancellationToken);
        clinicId = ClinicIds.Normalize(clinicId);
        var rowKey = payerId.Trim().ToLowerInvariant();
        var existing = await Table.GetEntityIfExistsAsync<TableEntity>(clinicId, rowKey, ["PartitionKey"], cancellationToken);
        if (!existing.HasValue) return false;
        // Compared here, as PutAsync does: the table refuses (400) an If-Match that is not in its ETag form at all.
        if (!string.IsNullOrEmpty(ifMatch) && ifMatch != "*" && ifMatch != existing.Value!.ETag.ToString())
            throw new ProfileConflictException($"payer profile '{rowKey}' was changed since ETag {ifMatch} was read (current ETag {existing.Value!.ETag}); read it again");
        try
        {
            await Table.DeleteEntityAsync(clinicId, rowKey, string.IsNullOrEmpty(ifMatch) ? ETag.All : existing.Value!.ETag, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            throw new ProfileConflictException($"payer profile '{rowKey}' was changed since ETag {ifMatch} was read (current ETag {existing.Value!.ETag}); read it again");
        }
    }

    private async Task<List<StoredProfile>> ReadPartitionAsync(string partition, bool isClinic, CancellationToken cancellationToken)
    {
        var result = new List<StoredProfile>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        await foreach (var entity in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var json = entity.GetString(ProfileProperty);
            if (json is null) continue;
            PayerProfile profile;
            try
            {
                profile = ProfileCodec.Parse(json);
            }
            catch (InvalidProfileException e)
            {
                throw new StoredProfileCorruptException(partition, entity.RowKey, e.Errors);
            }
            result.Add(new StoredProfile(profile, isClinic, entity.ETag.ToString()));
        }
        return result;
    }

    // Profiles compiled into the engine have no table ETag; a hash of their content serves instead.
    private static string ContentETag(PayerProfile profile) =>
        "\"builtin-" + Sha256Hex.Of(ProfileCodec.Serialize(profile))[..16] + "\"";
}
