#!/bin/sh
# The gateway's production bundle, as the gateway image copies it (apps/gateway/Dockerfile) and
# apps/gateway/test/production-bundle.test.ts checks it: dist/ with only the production
# node_modules (pnpm deploy), plus the built console in console/ (main.ts looks there first).
# Needs `pnpm build` (contract, core, gateway and console) first.
# Usage: build-bundle.sh <empty output folder>
set -eu
out="${1:?usage: build-bundle.sh <output folder>}"
cd "$(dirname "$0")/../../.."
for built in packages/contract/dist/index.js packages/core/dist/index.js apps/gateway/dist/main.js \
  apps/console/dist/index.html; do
  [ -f "$built" ] || { echo "build-bundle: $built is missing; run pnpm build first" >&2; exit 1; }
done
pnpm --filter @cch/gateway deploy --prod --legacy "$out"
rm -rf "$out/console"
cp -R apps/console/dist "$out/console"
