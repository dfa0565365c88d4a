#!/usr/bin/env bash
# azd postdeploy hook (posix): subscribe the AuditUploadedBatch blob trigger to the storage
# account's BlobCreated events under visit-batches/, and ReceiveUploadedRemittance under remittances/.
#
# A blob trigger with Source = BlobTriggerSource.EventGrid does not poll; Event Grid pushes to the
# host's blobs webhook, authenticated by the blobs_extension system key. That key exists only once
# the deployed host has indexed the trigger, so this runs after deploy rather than in Bicep.
# Safe to run again: `event-subscription create` is a create-or-update (PUT).
#
# Reads the azd environment (infra/main.bicep outputs), which azd exports to hooks:
#   AZURE_RESOURCE_GROUP, AZURE_FUNCTION_APP_NAME, EVENTGRID_SYSTEM_TOPIC_NAME (required)
#   AZURE_SUBSCRIPTION_ID, AZURE_FUNCTION_APP_HOSTNAME, AUDIT_FUNCTION_NAME,
#   VISIT_BATCHES_CONTAINER_NAME, REMIT_FUNCTION_NAME, REMITTANCES_CONTAINER_NAME (optional)
# Run by hand with: azd env get-values > .env.tmp && set -a && . ./.env.tmp && set +a && infra/hooks/postdeploy.sh
set -euo pipefail

fail() {
  echo "postdeploy: $*" >&2
  exit 1
}

for required in AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME EVENTGRID_SYSTEM_TOPIC_NAME; do
  if [[ -z "${!required:-}" ]]; then
    fail "$required is not set in the azd environment; run 'azd provision' (or 'azd up') first."
  fi
done

command -v az >/dev/null 2>&1 || fail "the Azure CLI (az) is required: https://aka.ms/azure-cli"
az account show --output none 2>/dev/null || fail "the Azure CLI is not signed in; run 'az login' (azd and az keep separate sign-ins)."

resource_group="$AZURE_RESOURCE_GROUP"
app_name="$AZURE_FUNCTION_APP_NAME"
system_topic="$EVENTGRID_SYSTEM_TOPIC_NAME"
function_name="${AUDIT_FUNCTION_NAME:-AuditUploadedBatch}"
container="${VISIT_BATCHES_CONTAINER_NAME:-visit-batches}"
host_name="${AZURE_FUNCTION_APP_HOSTNAME:-${app_name}.azurewebsites.net}"
event_subscription="${EVENTGRID_SUBSCRIPTION_NAME:-visit-batches-blob-created}"
remit_function_name="${REMIT_FUNCTION_NAME:-ReceiveUploadedRemittance}"
remit_container="${REMITTANCES_CONTAINER_NAME:-remittances}"
remit_subscription="${REMIT_EVENTGRID_SUBSCRIPTION_NAME:-remittances-blob-created}"
attempts="${POSTDEPLOY_KEY_ATTEMPTS:-30}"

# Target the subscription azd deployed to, whatever az's default is.
subscription_args=()
if [[ -n "${AZURE_SUBSCRIPTION_ID:-}" ]]; then
  subscription_args=(--subscription "$AZURE_SUBSCRIPTION_ID")
fi

# A freshly deployed Flex Consumption app needs a moment to start and mint the key. The last
# az error is kept to explain a failure (wrong subscription, missing rights, ...).
key_error="$(mktemp)"
trap 'rm -f "$key_error"' EXIT
blobs_key=""
for ((attempt = 1; attempt <= attempts; attempt++)); do
  blobs_key="$(az functionapp keys list \
    --resource-group "$resource_group" \
    --name "$app_name" \
    --query "systemKeys.blobs_extension" \
    --output tsv \
    ${subscription_args[@]+"${subscription_args[@]}"} 2>"$key_error" || true)"
  if [[ -n "$blobs_key" || attempt -eq attempts ]]; then
    break
  fi
  echo "postdeploy: waiting for the blobs_extension key of $app_name (attempt $attempt of $attempts)..."
  sleep "${POSTDEPLOY_RETRY_SECONDS:-10}"
done
if [[ -z "$blobs_key" && -s "$key_error" ]]; then
  cat "$key_error" >&2
fi
[[ -n "$blobs_key" ]] || fail "no blobs_extension system key on $app_name; is $function_name deployed with Source = BlobTriggerSource.EventGrid? Re-run 'azd deploy' once the app is up."

# subscribe NAME FUNCTION CONTAINER: BlobCreated under CONTAINER/ to FUNCTION's webhook, as subscription NAME.
subscribe() {
  local name="$1" function="$2" folder="$3"
  local endpoint="https://${host_name}/runtime/webhooks/blobs?functionName=Host.Functions.${function}&code=${blobs_key}"
  echo "postdeploy: subscribing $function to BlobCreated in $folder/ (system topic $system_topic)..."
  # Event Grid validates the webhook when the subscription is created; the host answers the
  # handshake, but a cold start can time it out, so retry a few times.
  for ((attempt = 1; attempt <= 3; attempt++)); do
    if az eventgrid system-topic event-subscription create \
      --name "$name" \
      --resource-group "$resource_group" \
      --system-topic-name "$system_topic" \
      --endpoint-type webhook \
      --endpoint "$endpoint" \
      --included-event-types Microsoft.Storage.BlobCreated \
      --subject-begins-with "/blobServices/default/containers/${folder}/" \
      --output none \
      ${subscription_args[@]+"${subscription_args[@]}"}; then
      echo "postdeploy: Event Grid subscription '$name' is in place."
      return 0
    fi
    if ((attempt < 3)); then
      echo "postdeploy: creating the subscription failed (attempt $attempt of 3); retrying..."
      sleep "${POSTDEPLOY_RETRY_SECONDS:-20}"
    fi
  done
  fail "could not create the Event Grid subscription '$name'; see the az error above."
}

subscribe "$event_subscription" "$function_name" "$container"
# 835 remittance files (PRODUCT.md section 11) have a blob trigger of their own.
subscribe "$remit_subscription" "$remit_function_name" "$remit_container"
