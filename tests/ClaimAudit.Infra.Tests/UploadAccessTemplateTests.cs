namespace ClaimAudit.Infra.Tests;

/// <summary>
/// Who can write uploads (issue 14 item 7): write access to <c>visit-batches</c> files data, and ledger entries,
/// under any clinic, so only the app's identity has it; clinics upload with the one-blob SAS of
/// <c>POST /api/uploads</c>, which the app signs with a user-delegation key.
/// </summary>
public sealed partial class TemplateTests
{
    private const string StorageBlobDataReader = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";
    // Built-in roles whose data actions include generateUserDelegationKey.
    private const string StorageBlobDelegator = "db58b8e5-c6ad-4a2a-8342-4190687cbf4a";

    [Theory]
    [InlineData(StorageBlobDataOwner)]
    [InlineData(StorageBlobDataContributor)]
    public void Only_the_app_identity_can_write_blobs(string writeRole) =>
        Assert.All(RoleAssignments(writeRole), assignment =>
        {
            Assert.Equal(FunctionApp.Scope.Template, assignment.Scope.Template);
            Assert.Equal($"[reference({IdentityResourceId}, '2023-01-31').principalId]", assignment.String("properties.principalId"));
        });

    [Fact]
    public void The_app_identity_can_get_a_user_delegation_key_for_the_upload_SAS()
    {
        // A user-delegation key is requested of the account, so the role must hold at the account's scope.
        var assignments = new[] { StorageBlobDataOwner, StorageBlobDataContributor, StorageBlobDelegator }
            .SelectMany(RoleAssignments)
            .Where(a => a.Scope.Template == FunctionApp.Scope.Template
                        && a.String("properties.principalId") == $"[reference({IdentityResourceId}, '2023-01-31').principalId]"
                        && a.String("scope") == $"[{StorageAccountOf(FunctionApp.Scope)}]");
        Assert.NotEmpty(assignments);
    }
}
