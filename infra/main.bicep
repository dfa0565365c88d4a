// ClaimAudit on Azure: `azd up` provisions this, deploys src/ClaimAudit.Functions to the function
// app tagged azd-service-name=functions, then runs infra/hooks/postdeploy.* to subscribe the blob
// trigger to Event Grid. No account keys anywhere: every identity reaches storage through Entra ID.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; seeds the unique resource names.')
param environmentName string

@minLength(1)
@description('Region of every resource. It must offer the Flex Consumption plan (az functionapp list-flexconsumption-locations).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the deploying user or service principal, granted blob and table data access for the README commands. Empty: none.')
param principalId string = ''

@description('Name of the service in azure.yaml.')
param serviceName string = 'functions'

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

var functionAppName = '${abbrs.webSitesFunctions}claimaudit-${resourceToken}'
var storageAccountName = '${abbrs.storageStorageAccounts}${resourceToken}'
// Flex Consumption pulls the app's package from this container.
var deploymentContainerName = 'app-package'
var visitBatchesContainerName = 'visit-batches'
var auditReportsContainerName = 'audit-reports'
// 835 remittance files (PRODUCT.md section 11), and what became of each.
var remittancesContainerName = 'remittances'
var remittanceResultsContainerName = 'remittances-results'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module monitoring 'core/monitor/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    location: location
    tags: tags
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
  }
}

module storage 'core/storage/storage-account.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: storageAccountName
    location: location
    tags: tags
    containers: [
      deploymentContainerName
      visitBatchesContainerName
      auditReportsContainerName
      remittancesContainerName
      remittanceResultsContainerName
    ]
    tables: [
      'PayerProfiles'
      'Batches'
      'ClinicKeys'
      'TherapyLedger'
      'NoteFingerprints'
      'ColumnMaps'
      'PayerMap'
      'Episodes'
      'VisitLedger'
      'AuditedClaims'
      'Remittances'
    ]
  }
}

module functions 'app/functions.bicep' = {
  name: 'functions'
  scope: rg
  params: {
    location: location
    tags: tags
    serviceName: serviceName
    functionAppName: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    identityName: '${abbrs.managedIdentityUserAssignedIdentities}claimaudit-${resourceToken}'
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

module eventGrid 'app/eventgrid.bicep' = {
  name: 'eventgrid'
  scope: rg
  params: {
    name: '${abbrs.eventGridSystemTopics}${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
  }
}

module userAccess 'app/user-access.bicep' = if (!empty(principalId)) {
  name: 'user-access'
  scope: rg
  params: {
    principalId: principalId
    storageAccountName: storage.outputs.name
  }
}

// azd stores these in .azure/<env>/.env; the postdeploy hook and docs/deploy.md read them.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functions.outputs.name
output AZURE_FUNCTION_APP_HOSTNAME string = functions.outputs.defaultHostName
output AZURE_FUNCTION_APP_URL string = 'https://${functions.outputs.defaultHostName}'
output AZURE_FUNCTION_APP_IDENTITY_CLIENT_ID string = functions.outputs.identityClientId
output AUDIT_FUNCTION_NAME string = 'AuditUploadedBatch'
output REMIT_FUNCTION_NAME string = 'ReceiveUploadedRemittance'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output VISIT_BATCHES_CONTAINER_NAME string = visitBatchesContainerName
output AUDIT_REPORTS_CONTAINER_NAME string = auditReportsContainerName
output REMITTANCES_CONTAINER_NAME string = remittancesContainerName
output EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.applicationInsightsConnectionString
