#!/usr/bin/env pwsh
# azd postdeploy hook (Windows): subscribe the AuditUploadedBatch blob trigger to the storage
# account's BlobCreated events under visit-batches/, and ReceiveUploadedRemittance under remittances/.
# Same steps as postdeploy.sh.
#
# A blob trigger with Source = BlobTriggerSource.EventGrid does not poll; Event Grid pushes to the
# host's blobs webhook, authenticated by the blobs_extension system key. That key exists only once
# the deployed host has indexed the trigger, so this runs after deploy rather than in Bicep.
# Safe to run again: `event-subscription create` is a create-or-update (PUT).
#
# Reads the azd environment (infra/main.bicep outputs), which azd exports to hooks:
#   AZURE_RESOURCE_GROUP, AZURE_FUNCTION_APP_NAME, EVENTGRID_SYSTEM_TOPIC_NAME (required)
#   AZURE_SUBSCRIPTION_ID, AZURE_FUNCTION_APP_HOSTNAME, AUDIT_FUNCTION_NAME,
#   VISIT_BATCHES_CONTAINER_NAME (optional)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Fail([string] $message) {
    [Console]::Error.WriteLine("postdeploy: $message")
    exit 1
}

function Get-Setting([string] $name, [string] $default = '') {
    $value = [Environment]::GetEnvironmentVariable($name)
    if ([string]::IsNullOrWhiteSpace($value)) { return $default }
    return $value
}

foreach ($required in 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'EVENTGRID_SYSTEM_TOPIC_NAME') {
    if (-not (Get-Setting $required)) {
        Fail "$required is not set in the azd environment; run 'azd provision' (or 'azd up') first."
    }
}

if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Fail 'the Azure CLI (az) is required: https://aka.ms/azure-cli'
}
az account show --output none 2>$null
if ($LASTEXITCODE -ne 0) {
    Fail "the Azure CLI is not signed in; run 'az login' (azd and az keep separate sign-ins)."
}

$resourceGroup = Get-Setting 'AZURE_RESOURCE_GROUP'
$appName = Get-Setting 'AZURE_FUNCTION_APP_NAME'
$systemTopic = Get-Setting 'EVENTGRID_SYSTEM_TOPIC_NAME'
$functionName = Get-Setting 'AUDIT_FUNCTION_NAME' 'AuditUploadedBatch'
$container = Get-Setting 'VISIT_BATCHES_CONTAINER_NAME' 'visit-batches'
$hostName = Get-Setting 'AZURE_FUNCTION_APP_HOSTNAME' "$appName.azurewebsites.net"
$eventSubscription = Get-Setting 'EVENTGRID_SUBSCRIPTION_NAME' 'visit-batches-blob-created'
$remitFunctionName = Get-Setting 'REMIT_FUNCTION_NAME' 'ReceiveUploadedRemittance'
$remitContainer = Get-Setting 'REMITTANCES_CONTAINER_NAME' 'remittances'
$remitSubscription = Get-Setting 'REMIT_EVENTGRID_SUBSCRIPTION_NAME' 'remittances-blob-created'
$attempts = [int](Get-Setting 'POSTDEPLOY_KEY_ATTEMPTS' '30')

# Target the subscription azd deployed to, whatever az's default is.
$subscriptionArgs = @()
$subscriptionId = Get-Setting 'AZURE_SUBSCRIPTION_ID'
if ($subscriptionId) { $subscriptionArgs = @('--subscription', $subscriptionId) }

# A freshly deployed Flex Consumption app needs a moment to start and mint the key. The last
# az error is kept to explain a failure (wrong subscription, missing rights, ...).
$keyError = Join-Path ([IO.Path]::GetTempPath()) "claimaudit-postdeploy-$PID.err"
$blobsKey = ''
for ($attempt = 1; $attempt -le $attempts; $attempt++) {
    $blobsKey = az functionapp keys list `
        --resource-group $resourceGroup `
        --name $appName `
        --query 'systemKeys.blobs_extension' `
        --output tsv `
        @subscriptionArgs 2>$keyError
    if ($LASTEXITCODE -eq 0 -and -not [string]::IsNullOrWhiteSpace($blobsKey)) { break }
    $blobsKey = ''
    if ($attempt -eq $attempts) { break }
    Write-Host "postdeploy: waiting for the blobs_extension key of $appName (attempt $attempt of $attempts)..."
    Start-Sleep -Seconds ([int](Get-Setting 'POSTDEPLOY_RETRY_SECONDS' '10'))
}
$lastKeyError = if (Test-Path $keyError) { (Get-Content -Raw $keyError) } else { '' }
Remove-Item -Force -ErrorAction SilentlyContinue $keyError
if (-not $blobsKey) {
    if ($lastKeyError) { [Console]::Error.WriteLine($lastKeyError.Trim()) }
    Fail "no blobs_extension system key on $appName; is $functionName deployed with Source = BlobTriggerSource.EventGrid? Re-run 'azd deploy' once the app is up."
}
$blobsKey = $blobsKey.Trim()

# Subscribe-Blobs NAME FUNCTION CONTAINER: BlobCreated under CONTAINER/ to FUNCTION's webhook, as subscription NAME.
function Subscribe-Blobs([string]$name, [string]$function, [string]$folder) {
    $endpoint = "https://$hostName/runtime/webhooks/blobs?functionName=Host.Functions.$function&code=$blobsKey"
    # On Windows az is az.cmd, so cmd.exe parses the arguments again and would split the URL at '&':
    # hand it over inside literal double quotes (github.com/Azure/azure-cli doc/quoting-issues-with-powershell.md).
    $endpointArg = $endpoint
    if ($PSVersionTable.PSEdition -eq 'Desktop' -or $IsWindows) { $endpointArg = '"' + $endpoint + '"' }

    Write-Host "postdeploy: subscribing $function to BlobCreated in $folder/ (system topic $systemTopic)..."
    # Event Grid validates the webhook when the subscription is created; the host answers the
    # handshake, but a cold start can time it out, so retry a few times.
    for ($attempt = 1; $attempt -le 3; $attempt++) {
        az eventgrid system-topic event-subscription create `
            --name $name `
            --resource-group $resourceGroup `
            --system-topic-name $systemTopic `
            --endpoint-type webhook `
            --endpoint $endpointArg `
            --included-event-types Microsoft.Storage.BlobCreated `
            --subject-begins-with "/blobServices/default/containers/$folder/" `
            --output none `
            @subscriptionArgs
        if ($LASTEXITCODE -eq 0) {
            Write-Host "postdeploy: Event Grid subscription '$name' is in place."
            return
        }
        if ($attempt -lt 3) {
            Write-Host "postdeploy: creating the subscription failed (attempt $attempt of 3); retrying..."
            Start-Sleep -Seconds ([int](Get-Setting 'POSTDEPLOY_RETRY_SECONDS' '20'))
        }
    }
    Fail "could not create the Event Grid subscription '$name'; see the az error above."
}

Subscribe-Blobs $eventSubscription $functionName $container
# 835 remittance files (PRODUCT.md section 11) have a blob trigger of their own.
Subscribe-Blobs $remitSubscription $remitFunctionName $remitContainer
exit 0
