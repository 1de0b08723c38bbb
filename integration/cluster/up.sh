#!/usr/bin/env bash
# Brings up a real Kubernetes API server (kube-apiserver + etcd) on loopback, for the oracle test
# (test/oracle.test.ts). Both are built from source with Go from the Go module proxy at the
# versions pinned in build/*/go.mod + go.sum, once: the binaries are cached between runs.
# No Docker, no registry, no kubelet: only the API (validation, admission, server-side dry-run).
#
#   integration/cluster/up.sh     # prints progress, then the kubeconfig's path as the last line
#   integration/cluster/down.sh   # stops both and removes the state
#
# Idempotent: when the cluster is already up and ready, it prints the kubeconfig path again.
# Environment:
#   SIDECAR_LINT_CLUSTER_CACHE  binaries + state (default ~/.cache/sidecar-lint/cluster)
#   SIDECAR_LINT_CLUSTER_PORT   kube-apiserver's port on 127.0.0.1 (default 26443)
#   SIDECAR_LINT_ETCD_PORT      etcd's client port on 127.0.0.1 (default 23790; peer port +10)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
KUBE_VERSION=v1.37.2 # keep in step with build/kube-apiserver/go.mod
ETCD_VERSION=v3.7.3  # keep in step with build/etcd/go.mod
CACHE="${SIDECAR_LINT_CLUSTER_CACHE:-$HOME/.cache/sidecar-lint/cluster}"
BIN="$CACHE/bin"
STATE="$CACHE/state"
API_PORT="${SIDECAR_LINT_CLUSTER_PORT:-26443}"
ETCD_PORT="${SIDECAR_LINT_ETCD_PORT:-23790}"
ETCD_PEER_PORT=$((ETCD_PORT + 10))
KUBECONFIG_OUT="$STATE/kubeconfig"
APISERVER="$BIN/kube-apiserver-$KUBE_VERSION"
ETCD="$BIN/etcd-$ETCD_VERSION"

log() { echo "cluster: $*"; }
now() { date +%s; }
mkdir -p "$BIN" "$STATE"

command -v go >/dev/null || { [ -x /usr/local/go/bin/go ] && PATH="/usr/local/go/bin:$PATH"; }
command -v go >/dev/null || { echo "cluster: go is not on PATH (Go >= 1.26 is needed to build the components)" >&2; exit 1; }
for tool in openssl curl flock setsid; do
  command -v "$tool" >/dev/null || { echo "cluster: $tool is not on PATH" >&2; exit 1; }
done

# One up.sh/down.sh at a time.
exec 9>"$CACHE/.lock"
flock 9

alive() { # <name>: the process in $STATE/<name>.pid runs and is ours
  local pid
  pid="$(cat "$STATE/$1.pid" 2>/dev/null)" || return 1
  [ -n "$pid" ] && { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -qF -- "$STATE"
}

curl_api() { # <path>: GET as the admin user
  curl -fsS --max-time 5 --cacert "$STATE/pki/ca.crt" --cert "$STATE/pki/admin.crt" --key "$STATE/pki/admin.key" \
    "https://127.0.0.1:$API_PORT$1"
}

ready() { [ "$(curl_api /readyz 2>/dev/null)" = ok ] && curl_api /api/v1/namespaces/default >/dev/null 2>&1; }

if alive etcd && alive kube-apiserver && [ -s "$KUBECONFIG_OUT" ] && ready; then
  log "already up: kube-apiserver $KUBE_VERSION at https://127.0.0.1:$API_PORT"
  echo "$KUBECONFIG_OUT"
  exit 0
fi

# ---------------------------------------------------------------------------------------------
# Build (skipped when the versioned binary is already in the cache).
built_from() { # <binary> <module> <version>: the binary was built from that module version
  [ -x "$1" ] && go version -m "$1" 2>/dev/null | grep -Eq "^[[:space:]]+(dep|mod)[[:space:]]+$2[[:space:]]+$3([[:space:]]|$)"
}

build() { # <name> <module dir> <package> <output> [ldflags]
  local name="$1" dir="$2" pkg="$3" out="$4" ldflags="${5:-}" start
  start=$(now)
  log "building $name from the Go module proxy (cold: several minutes; log: $CACHE/build-$name.log)"
  if ! (cd "$dir" && go mod download >"$CACHE/build-$name.log" 2>&1 &&
    CGO_ENABLED=0 go build -trimpath -ldflags "-s -w $ldflags" -o "$out.tmp" "$pkg" >>"$CACHE/build-$name.log" 2>&1); then
    tail -20 "$CACHE/build-$name.log" >&2
    echo "cluster: building $name failed" >&2
    exit 1
  fi
  mv "$out.tmp" "$out"
  log "built $name in $(($(now) - start))s"
}

if ! built_from "$APISERVER" k8s.io/kubernetes "$KUBE_VERSION"; then
  v=k8s.io/component-base/version cv=k8s.io/client-go/pkg/version minor="${KUBE_VERSION#v1.}"
  flags=""
  for p in $v $cv; do
    flags+=" -X $p.gitVersion=$KUBE_VERSION -X $p.gitMajor=1 -X $p.gitMinor=${minor%%.*} -X $p.gitTreeState=clean"
  done
  build kube-apiserver "$HERE/build/kube-apiserver" k8s.io/kubernetes/cmd/kube-apiserver "$APISERVER" "$flags"
fi
if ! built_from "$ETCD" go.etcd.io/etcd/server/v3 "$ETCD_VERSION"; then
  build etcd "$HERE/build/etcd" go.etcd.io/etcd/server/v3 "$ETCD"
fi

# ---------------------------------------------------------------------------------------------
# Start from a clean state: stop whatever is left of an earlier run.
start=$(now)
for name in kube-apiserver etcd; do
  if alive "$name"; then kill "$(cat "$STATE/$name.pid")" 2>/dev/null || true; fi
done
for _ in $(seq 50); do alive kube-apiserver || alive etcd || break; sleep 0.2; done
rm -rf "$STATE"
mkdir -p -m 700 "$STATE" "$STATE/pki" "$STATE/etcd"

# Certificates: a CA, the API server's serving cert (127.0.0.1), an admin client cert in
# system:masters (RBAC lets it do anything), and the service-account signing key pair.
pki="$STATE/pki"
ossl() { openssl "$@" >/dev/null 2>&1; }
ossl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=sidecar-lint-cluster-ca" \
  -keyout "$pki/ca.key" -out "$pki/ca.crt"
sign() { # <name> <subject> <extensions>
  ossl req -newkey rsa:2048 -nodes -subj "$2" -keyout "$pki/$1.key" -out "$pki/$1.csr"
  printf '%s\n' "$3" >"$pki/$1.ext"
  ossl x509 -req -in "$pki/$1.csr" -CA "$pki/ca.crt" -CAkey "$pki/ca.key" -CAcreateserial -days 3650 \
    -extfile "$pki/$1.ext" -out "$pki/$1.crt"
}
sign apiserver "/CN=kube-apiserver" "basicConstraints=CA:FALSE
keyUsage=digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc"
sign admin "/O=system:masters/CN=sidecar-lint-admin" "basicConstraints=CA:FALSE
keyUsage=digitalSignature,keyEncipherment
extendedKeyUsage=clientAuth"
ossl genrsa -out "$pki/sa.key" 2048
ossl rsa -in "$pki/sa.key" -pubout -out "$pki/sa.pub"
[ -s "$pki/admin.crt" ] && [ -s "$pki/apiserver.crt" ] && [ -s "$pki/sa.pub" ] || { echo "cluster: openssl failed" >&2; exit 1; }

daemon() { # <name> <command...>: detached (own session, stdio to files) so callers can exit
  local name="$1"
  shift
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$STATE/$name.pid" "$@" </dev/null >"$STATE/$name.log" 2>&1 9>&- &
  for _ in $(seq 50); do [ -s "$STATE/$name.pid" ] && break; sleep 0.1; done
}

# etcd: plain HTTP on loopback, no fsync (throwaway data).
daemon etcd "$ETCD" --name sidecar-lint --data-dir "$STATE/etcd" \
  --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
  --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
  --initial-cluster "sidecar-lint=http://127.0.0.1:$ETCD_PEER_PORT" \
  --unsafe-no-fsync --log-level warn

# kube-apiserver. The ServiceAccount admission plugin is off: with no controller-manager there is
# no "default" service account, and the plugin would reject every pod (it would also add a token
# volume the manifests under test never had).
daemon kube-apiserver "$APISERVER" \
  --bind-address=127.0.0.1 --advertise-address=127.0.0.1 --secure-port="$API_PORT" \
  --etcd-servers="http://127.0.0.1:$ETCD_PORT" \
  --cert-dir="$STATE/pki" --tls-cert-file="$pki/apiserver.crt" --tls-private-key-file="$pki/apiserver.key" \
  --client-ca-file="$pki/ca.crt" \
  --service-account-key-file="$pki/sa.pub" --service-account-signing-key-file="$pki/sa.key" \
  --service-account-issuer=https://kubernetes.default.svc.cluster.local \
  --service-cluster-ip-range=10.96.0.0/16 --endpoint-reconciler-type=none \
  --authorization-mode=RBAC \
  --disable-admission-plugins=ServiceAccount \
  --profiling=false

for _ in $(seq 300); do
  ready && break
  if ! alive etcd || ! alive kube-apiserver; then break; fi
  sleep 0.5
done
if ! ready; then
  echo "cluster: kube-apiserver did not become ready; last lines of its log and etcd's:" >&2
  tail -15 "$STATE/kube-apiserver.log" >&2 || true
  tail -5 "$STATE/etcd.log" >&2 || true
  exit 1
fi

b64() { base64 -w0 <"$1"; }
cat >"$KUBECONFIG_OUT" <<EOF
apiVersion: v1
kind: Config
clusters:
  - name: sidecar-lint
    cluster:
      server: https://127.0.0.1:$API_PORT
      certificate-authority-data: $(b64 "$pki/ca.crt")
users:
  - name: sidecar-lint-admin
    user:
      client-certificate-data: $(b64 "$pki/admin.crt")
      client-key-data: $(b64 "$pki/admin.key")
contexts:
  - name: sidecar-lint
    context:
      cluster: sidecar-lint
      user: sidecar-lint-admin
      namespace: default
current-context: sidecar-lint
EOF
chmod 600 "$KUBECONFIG_OUT"
log "up in $(($(now) - start))s: kube-apiserver $KUBE_VERSION, etcd $ETCD_VERSION at https://127.0.0.1:$API_PORT (logs: $STATE/*.log)"
echo "$KUBECONFIG_OUT"
