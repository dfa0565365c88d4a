// Data-plane access for the person (or pipeline) that runs `azd up`, so the commands in
// docs/deploy.md work with Entra ID: read reports and uploaded batches (blob), mint clinic API
// keys and edit payer profiles (table). Shared keys are disabled on the account.
// Read only on blobs: write access to visit-batches would file data, and ledger entries, under any
// clinic. Only the app's identity can write blobs; everyone else uploads through POST /api/uploads,
// which hands out a SAS for one blob under the caller's own clinic folder (the valet-key pattern).

@description('Object id of the user or service principal (azd: AZURE_PRINCIPAL_ID).')
param principalId string
param storageAccountName string

var roles = {
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource blobDataReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, principalId, roles.storageBlobDataReader)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
    principalId: principalId
  }
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, principalId, roles.storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    principalId: principalId
  }
}
