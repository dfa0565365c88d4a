namespace ClaimAudit.Storage;
