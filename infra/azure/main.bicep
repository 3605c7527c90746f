// KoersInsights in Azure: the functions host as a container app with a managed identity, the lake in a storage
// account without shared-key access, the warehouse in Azure Database for PostgreSQL (15), the pseudonymisation key
// in Key Vault. Deploy: az deployment group create -g <rg> -f infra/azure/main.bicep -p infra/azure/main.parameters.json
// (reliability-privacy.md §17–20: secrets never in the repo, managed identity, no shared key on storage).

targetScope = 'resourceGroup'

@description('Short name used as a prefix for every resource (lower case letters and digits).')
@minLength(3)
@maxLength(11)
param prefix string = 'koers'

param location string = resourceGroup().location

@description('Container image of the functions host (functions/KoersInsights.FunctionsHost), e.g. <registry>/koers-functions:1.0.')
param functionsImage string

@description('Entra ID object id and name of the administrator group of the PostgreSQL server.')
param postgresAdminGroupObjectId string
param postgresAdminGroupName string

@description('Password of the PostgreSQL break-glass administrator (pass from a Key Vault reference in the parameters file).')
@secure()
param postgresAdminPassword string

@description('IANA time zone for the NCRONTAB schedules.')
param timeZone string = 'Europe/Amsterdam'

var unique = uniqueString(resourceGroup().id)

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${prefix}-logs-${unique}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 90
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${prefix}lake${unique}', 24)
  location: location
  sku: { name: 'Standard_ZRS' }
  kind: 'StorageV2'
  properties: {
    allowSharedKeyAccess: false // Entra ID only; SAS links are user-delegation SAS (§19, §20)
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    isHnsEnabled: false
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource lakeContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'lake'
  properties: { publicAccess: 'None' }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${prefix}-kv-${unique}', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2023-12-01-preview' = {
  name: '${prefix}-pg-${unique}'
  location: location
  sku: { name: 'Standard_B2s', tier: 'Burstable' }
  properties: {
    version: '15'
    storage: { storageSizeGB: 64 }
    backup: { backupRetentionDays: 14, geoRedundantBackup: 'Disabled' }
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      // The loader and reporting logins use passwords kept in Key Vault; administrators sign in with Entra ID.
      passwordAuth: 'Enabled'
      tenantId: subscription().tenantId
    }
    administratorLogin: 'koersadmin'
    administratorLoginPassword: postgresAdminPassword
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2023-12-01-preview' = {
  parent: postgres
  name: 'koers'
}

resource postgresAdmins 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2023-12-01-preview' = {
  parent: postgres
  name: postgresAdminGroupObjectId
  properties: {
    principalType: 'Group'
    principalName: postgresAdminGroupName
    tenantId: subscription().tenantId
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${prefix}-env-${unique}'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource functions 'Microsoft.App/containerApps@2024-03-01' = {
  name: '${prefix}-functions'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      // The warehouse connection string (with the loader login's password) lives in Key Vault, never in the template.
      secrets: [
        {
          name: 'warehouse-connection'
          keyVaultUrl: '${vault.properties.vaultUri}secrets/warehouse-connection'
          identity: 'system'
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'functions'
          image: functionsImage
          resources: { cpu: json('1.0'), memory: '2Gi' }
          env: [
            { name: 'DOTNET_ENVIRONMENT', value: 'Production' }
            { name: 'KOERS_LAKE', value: '${storage.properties.primaryEndpoints.blob}${lakeContainer.name}' }
            { name: 'KOERS_WAREHOUSE', secretRef: 'warehouse-connection' }
            { name: 'Koers__Pseudonyms__KeyVaultUri', value: vault.properties.vaultUri }
            { name: 'Koers__Functions__TimeZone', value: timeZone }
          ]
          probes: [
            {
              type: 'Liveness'
              httpGet: { path: '/health', port: 7071 }
              periodSeconds: 60
            }
          ]
        }
      ]
      // Singleton locks make more replicas safe, but one is enough for nightly jobs.
      scale: { minReplicas: 1, maxReplicas: 1 }
    }
  }
}

// Built-in role definition ids (Azure RBAC documentation).
var blobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var blobDelegator = 'db58b8e5-c6ad-4a2a-8342-4190687cbf4a'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource lakeWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, functions.id, blobDataContributor)
  properties: {
    principalId: functions.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDataContributor)
  }
}

resource linkSigner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, functions.id, blobDelegator)
  properties: {
    principalId: functions.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', blobDelegator)
  }
}

resource keyReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, functions.id, keyVaultSecretsUser)
  properties: {
    principalId: functions.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
  }
}

output lakeUrl string = '${storage.properties.primaryEndpoints.blob}${lakeContainer.name}'
output postgresHost string = postgres.properties.fullyQualifiedDomainName
output keyVaultUri string = vault.properties.vaultUri
output functionsPrincipalId string = functions.identity.principalId
