// Event Grid system topic of the storage account. The blob trigger with
// `Source = BlobTriggerSource.EventGrid` does not poll: it is pushed BlobCreated events through a
// subscription on this topic. The subscription's webhook needs the function's blobs_extension
// system key, which exists only once code is deployed, so infra/hooks/postdeploy.* creates it.

param name string
param location string
param tags object = {}
param storageAccountName string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = systemTopic.name
