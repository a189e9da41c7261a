#!/usr/bin/env bash
# npm run test:cluster — brings the cluster up from nothing (cluster.sh), runs the cluster test
# against it, and takes everything down again whatever the outcome. Uses the existing build.
set -euo pipefail
cd "$(dirname "$0")/../.."
cluster=scripts/cluster/cluster.sh
"$cluster" down >/dev/null
trap '"$cluster" down' EXIT
"$cluster" up
npx playwright test -c tests/cluster/playwright.config.ts
