#!/usr/bin/env bash
# Several app instances on one machine, as a deployment beyond one machine would run them:
#   PostgreSQL primary (5433) ──streaming──▶ replica (5434), two clusters made with pg_createcluster
#   app A (3131) and app B (3132): `next start` of the existing build, one session secret,
#     DATABASE_URL = primary, DATABASE_REPLICA_URL = replica
#   HAProxy (3130) in front, round robin, health-checked on /api/health
#
#   scripts/cluster/cluster.sh up     make and start whatever is missing (safe to run again)
#   scripts/cluster/cluster.sh down   stop and remove everything `up` made
#   scripts/cluster/cluster.sh status
# Needs root (pg_createcluster), a built app (`npx next build`), and haproxy (apt-get install haproxy).
# Ports can be moved with CLUSTER_PRIMARY_PORT, CLUSTER_REPLICA_PORT, CLUSTER_APP_PORTS, CLUSTER_PROXY_PORT.
set -euo pipefail
cd "$(dirname "$0")/../.."

PRIMARY_PORT=${CLUSTER_PRIMARY_PORT:-5433}
REPLICA_PORT=${CLUSTER_REPLICA_PORT:-5434}
read -r -a APP_PORTS <<<"${CLUSTER_APP_PORTS:-3131 3132}"
PROXY_PORT=${CLUSTER_PROXY_PORT:-3130}
PG_VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
PRIMARY=gongjian-primary
REPLICA=gongjian-replica
DATABASE=gongjian
# Process ids, logs, the proxy's configuration and the session secret; removed by `down`.
STATE=${CLUSTER_STATE_DIR:-data/cluster}
PRIMARY_URL="postgresql://postgres@127.0.0.1:$PRIMARY_PORT/$DATABASE"
REPLICA_URL="postgresql://postgres@127.0.0.1:$REPLICA_PORT/$DATABASE"
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin

say() { printf '▶ %s\n' "$*"; }
cluster_exists() { pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$PG_VERSION $1"; }
cluster_online() { pg_lsclusters -h | awk -v v="$PG_VERSION" -v n="$1" '$1 == v && $2 == n && $4 ~ /^online/ { found = 1 } END { exit !found }'; }
as_postgres() { runuser -u postgres -- "$@"; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_for() { # description, tries (half seconds), command…
  local what=$1 tries=$2; shift 2
  for _ in $(seq 1 "$tries"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "✗ $what did not come up; see $STATE/*.log and /var/log/postgresql/" >&2
  return 1
}

# Trust on the loopback only (a test machine; the clusters listen on localhost alone, the default):
# the apps and the replica connect without passwords.
write_access_rules() {
  cat >"/etc/postgresql/$PG_VERSION/$1/pg_hba.conf" <<HBA
local all all trust
host all all 127.0.0.1/32 trust
host replication all 127.0.0.1/32 trust
HBA
}

start_cluster() { cluster_online "$1" || pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$1" start; }

primary_up() {
  if ! cluster_exists "$PRIMARY"; then
    say "creating the PostgreSQL $PG_VERSION primary on $PRIMARY_PORT"
    pg_createcluster -q "$PG_VERSION" "$PRIMARY" -p "$PRIMARY_PORT" -- --auth=trust >/dev/null
    write_access_rules "$PRIMARY"
  fi
  start_cluster "$PRIMARY"
  wait_for "the primary" 60 pg_isready -q -h 127.0.0.1 -p "$PRIMARY_PORT"
  psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" | grep -q 1 \
    || psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -qc "CREATE DATABASE $DATABASE"
}

replica_up() {
  if ! cluster_exists "$REPLICA"; then
    say "creating the streaming replica on $REPLICA_PORT (pg_basebackup -R)"
    pg_createcluster -q "$PG_VERSION" "$REPLICA" -p "$REPLICA_PORT" -- --auth=trust >/dev/null
    write_access_rules "$REPLICA"
    local data=/var/lib/postgresql/$PG_VERSION/$REPLICA
    rm -rf "${data:?}"/*
    # -R writes standby.signal and primary_conninfo: the copy starts as a hot standby that follows the primary.
    as_postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$data" -R -X stream -c fast
  fi
  start_cluster "$REPLICA"
  wait_for "the replica" 60 pg_isready -q -h 127.0.0.1 -p "$REPLICA_PORT"
  psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -tAc "SELECT pg_is_in_recovery()" | grep -qx t \
    || { echo "✗ $REPLICA is not a standby" >&2; exit 1; }
}

migrate_and_seed() {
  say "migrating and seeding the demo on the primary"
  DATABASE_URL=$PRIMARY_URL npx prisma migrate deploy >"$STATE/migrate.log" 2>&1 || { cat "$STATE/migrate.log" >&2; exit 1; }
  DATABASE_URL=$PRIMARY_URL npx tsx prisma/seed/index.ts >"$STATE/seed.log" 2>&1 || { cat "$STATE/seed.log" >&2; exit 1; }
}

session_secret() {
  [ -f "$STATE/nextauth-secret" ] || (umask 077 && openssl rand -base64 32 >"$STATE/nextauth-secret")
  cat "$STATE/nextauth-secret"
}

apps_up() {
  [ -f .next/BUILD_ID ] || { echo "✗ no build: run \`npx next build\` first" >&2; exit 1; }
  local secret port
  secret=$(session_secret)
  for port in "${APP_PORTS[@]}"; do
    alive "$STATE/app-$port.pid" && continue
    say "starting app instance on $port"
    # Its own process group (setsid), so `down` stops next and its workers together.
    DATABASE_URL=$PRIMARY_URL DATABASE_REPLICA_URL=$REPLICA_URL NEXTAUTH_SECRET=$secret \
      NEXTAUTH_URL="http://localhost:$PROXY_PORT" NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 \
      UPLOAD_DIR="$STATE/uploads" setsid npx next start -p "$port" >"$STATE/app-$port.log" 2>&1 &
    echo $! >"$STATE/app-$port.pid"
  done
  for port in "${APP_PORTS[@]}"; do wait_for "app on $port" 180 curl -fsS "http://127.0.0.1:$port/api/health"; done
}

proxy_up() {
  command -v haproxy >/dev/null || { echo "✗ haproxy is missing: apt-get install -y haproxy" >&2; exit 1; }
  alive "$STATE/haproxy.pid" && return 0
  say "starting HAProxy on $PROXY_PORT"
  {
    printf 'global\n  log stderr format raw local0 warning\n\n'
    printf 'defaults\n  mode http\n  log global\n  timeout connect 5s\n  timeout client 120s\n  timeout server 120s\n  option forwardfor\n\n'
    printf 'frontend web\n  bind 127.0.0.1:%s\n  default_backend apps\n\n' "$PROXY_PORT"
    printf 'backend apps\n  balance roundrobin\n  option httpchk GET /api/health\n'
    for port in "${APP_PORTS[@]}"; do printf '  server app%s 127.0.0.1:%s check inter 2s\n' "$port" "$port"; done
  } >"$STATE/haproxy.cfg"
  haproxy -c -q -f "$STATE/haproxy.cfg"
  haproxy -D -f "$STATE/haproxy.cfg" -p "$STATE/haproxy.pid"
  wait_for "the proxy" 20 curl -fsS "http://127.0.0.1:$PROXY_PORT/api/health"
}

up() {
  mkdir -p "$STATE"
  primary_up
  replica_up
  migrate_and_seed
  apps_up
  proxy_up
  say "up: proxy http://localhost:$PROXY_PORT → apps ${APP_PORTS[*]}; primary $PRIMARY_PORT, replica $REPLICA_PORT"
}

stop_pid_file() { # stops the process (group) whose id the file holds
  local file=$1 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

down() {
  if [ -d "$STATE" ]; then
    stop_pid_file "$STATE/haproxy.pid"
    for port in "${APP_PORTS[@]}"; do stop_pid_file "$STATE/app-$port.pid"; done
  fi
  for name in "$REPLICA" "$PRIMARY"; do
    if cluster_exists "$name"; then
      say "removing cluster $name"
      pg_dropcluster --stop "$PG_VERSION" "$name"
    fi
  done
  rm -rf "$STATE"
  say "down"
}

status() {
  pg_lsclusters | grep -E "Ver|gongjian-" || true
  for port in "${APP_PORTS[@]}"; do printf 'app %s: %s\n' "$port" "$(alive "$STATE/app-$port.pid" && echo running || echo stopped)"; done
  printf 'proxy %s: %s\n' "$PROXY_PORT" "$(alive "$STATE/haproxy.pid" && echo running || echo stopped)"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
