# Sourced by ./test: Azurite's blob service for one test run, on a free loopback port, in a temporary folder.
# Sets KOERS_TEST_AZURITE; koers_stop_throwaway_azurite removes everything again.

koers_start_throwaway_azurite() {
  local tools=$1 port i
  port=$(koers_free_port)
  KOERS_TEST_AZURITE_DIR=$(mktemp -d /tmp/koers-test-azurite.XXXXXX)
  # No --loose and no --skipApiVersionCheck: unsupported headers or an unpinned x-ms-version must fail here as in Azure.
  "$tools/node_modules/.bin/azurite-blob" --blobHost 127.0.0.1 --blobPort "$port" \
    --location "$KOERS_TEST_AZURITE_DIR" --disableProductStyleUrl \
    >"$KOERS_TEST_AZURITE_DIR/azurite.log" 2>&1 &
  KOERS_TEST_AZURITE_PID=$!
  for i in $(seq 1 100); do
    if node -e "require('net').connect($port,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; then
      export KOERS_TEST_AZURITE="http://127.0.0.1:$port/devstoreaccount1"
      echo "test: Azurite blob on 127.0.0.1:$port" >&2
      return 0
    fi
    sleep 0.2
  done
  cat "$KOERS_TEST_AZURITE_DIR/azurite.log" >&2
  return 1
}

koers_stop_throwaway_azurite() {
  [ -n "${KOERS_TEST_AZURITE_PID:-}" ] && kill "$KOERS_TEST_AZURITE_PID" 2>/dev/null && wait "$KOERS_TEST_AZURITE_PID" 2>/dev/null
  [ -n "${KOERS_TEST_AZURITE_DIR:-}" ] && rm -rf "$KOERS_TEST_AZURITE_DIR"
  return 0
}
