// The ClaimAudit function app on a Flex Consumption plan, running as a user-assigned managed
// identity. The identity is the only credential: it pulls the deployment package, runs the
// Functions host against AzureWebJobsStorage, reads and writes the app's data through the
// AuditStorage connection, and publishes telemetry to Application Insights.

param location string
param tags object = {}

@description('azd service name (azure.yaml) that `azd deploy` looks up through the azd-service-name tag.')
param serviceName string

param functionAppName string
param planName string
param identityName string
param storageAccountName string
param deploymentContainerName string
param applicationInsightsName string

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

// Built-in role definition ids (the same in every tenant).
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
  tags: tags
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

// Identity-based connections: the same storage account under two connection names. The host's
// own state (AzureWebJobsStorage) and the app's data (AuditStorage, the blob trigger's
// `Connection`) are kept apart so the data could move to another account by changing settings only.
var blobServiceUri = storage.properties.primaryEndpoints.blob
var queueServiceUri = storage.properties.primaryEndpoints.queue
var tableServiceUri = storage.properties.primaryEndpoints.table

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobServiceUri}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
  // The host starts as soon as the site exists: let it find its storage permissions in place.
  dependsOn: [
    blobDataOwner
    queueDataContributor
    tableDataContributor
  ]

  resource appSettings 'config' = {
    name: 'appsettings'
    properties: {
      AzureWebJobsStorage__blobServiceUri: blobServiceUri
      AzureWebJobsStorage__queueServiceUri: queueServiceUri
      AzureWebJobsStorage__tableServiceUri: tableServiceUri
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identity.properties.clientId
      AuditStorage__blobServiceUri: blobServiceUri
      AuditStorage__queueServiceUri: queueServiceUri
      AuditStorage__tableServiceUri: tableServiceUri
      AuditStorage__credential: 'managedidentity'
      AuditStorage__clientId: identity.properties.clientId
      // DefaultAzureCredential in app code picks the user-assigned identity from this.
      AZURE_CLIENT_ID: identity.properties.clientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
      // host.json's functionTimeout, repeated where the isolated worker can read it: the worker does not
      // read host.json, and it stops an audit a minute before this (AuditBudgets) so the batch is
      // recorded as failed with a reason instead of the host killing it mid-write.
      AzureFunctionsJobHost__functionTimeout: '00:30:00'
    }
  }
}

// Role assignments of the app's identity. Names are derived from the identity's resource id (known
// when the deployment starts), principalType avoids a failure while the new identity replicates.

// Owner, not Contributor: the blob trigger writes receipts (blob metadata) and the Flex platform
// writes the deployment package.
// It includes generateUserDelegationKey (as Storage Blob Delegator does), which POST /api/uploads needs
// to sign its one-blob upload SAS: the app holds no account key (shared keys are disabled). This is the
// only identity with write access to the containers (user-access.bicep gives the deploying user read).
resource blobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageBlobDataOwner)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataOwner)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// The blob trigger moves a batch that fails repeatedly to the webjobs-blobtrigger-poison queue.
resource queueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageQueueDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageQueueDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// PayerProfiles, Batches, ClinicKeys, TherapyLedger, NoteFingerprints, ColumnMaps, PayerMap, Episodes, VisitLedger,
// AuditedClaims, Remittances.
resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, roles.storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Entra-authenticated telemetry ingestion (local auth is disabled on the component).
resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, identity.id, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
output identityName string = identity.name
output identityPrincipalId string = identity.properties.principalId
output identityClientId string = identity.properties.clientId

// The page (GET /api/ui, served by this app) sends a large file straight from the browser to the blob
// endpoint with the upload URL of POST /api/uploads: a cross-origin PUT, which the browser makes only
// after a CORS preflight the blob service must allow. Allowed: exactly this app's own https origin (its
// real default host name, not a guess at one and never '*'), PUT and its OPTIONS preflight, and the
// headers the page sends (x-ms-blob-type, Content-Type, the SDK-style x-ms-* ones). The SAS still decides
// what may be written; CORS only lets the page's script make the request. Set here rather than in the
// storage module because only this module knows the host name, and it deploys after the account.
resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    cors: {
      corsRules: [
        {
          allowedOrigins: [
            'https://${functionApp.properties.defaultHostName}'
          ]
          allowedMethods: [
            'PUT'
            'OPTIONS'
          ]
          allowedHeaders: [
            'content-type'
            'x-ms-*'
          ]
          exposedHeaders: [
            'etag'
            'x-ms-request-id'
          ]
          maxAgeInSeconds: 3600
        }
      ]
    }
  }
}
