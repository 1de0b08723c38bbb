#!/usr/bin/env bash
# Adds a node to the control plane of ../up.sh so pods run for real on this machine: containerd
# (Debian's, CRI v1) with runc and the CNI plugins, a kubelet, kube-controller-manager and
# kube-scheduler, all Kubernetes binaries built with Go from the Go module proxy (build/go.mod).
# Images cannot be pulled: the pause image is compiled here from pause.c in k8s.io/kubernetes's
# module and the e2e test images (integration/images/build.sh, podman) are imported into containerd.
#
#   integration/cluster/node/up.sh     # starts the control plane too if needed; waits for the node
#                                      # to be Ready; prints the admin kubeconfig's path last
#   integration/cluster/node/down.sh   # removes pods, containers and node state, stops all four
#
# Idempotent: when everything runs and the node is Ready it only prints the kubeconfig path.
# Needs root (containerd, mounts, cgroups, network namespaces). See README.md.
# Environment:
#   SIDECAR_LINT_CLUSTER_CACHE   as for ../up.sh (default ~/.cache/sidecar-lint/cluster)
#   SIDECAR_LINT_NODE_IMAGES     extra local podman images to import (space-separated names)
#   SIDECAR_LINT_NODE_POD_SUBNET the host-only pod bridge's /24 (default 10.244.0.0/24); the node's
#                                name and IP are its .1
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
KUBE_VERSION=v1.37.2 # keep in step with build/go.mod and ../build/kube-apiserver/go.mod
PAUSE_VERSION=3.10.2 # k8s.io/kubernetes build/pause/Makefile TAG at KUBE_VERSION
CACHE="${SIDECAR_LINT_CLUSTER_CACHE:-$HOME/.cache/sidecar-lint/cluster}"
BIN="$CACHE/bin"
CSTATE="$CACHE/state"        # the control plane's (../up.sh): pki/, kubeconfig
NODE="$CACHE/node"           # ours: certs, configs, logs, pids, kubelet and containerd roots
IMAGES="$CACHE/images"       # image archives kept between runs (cheap warm starts)
RUN=/run/sidecar-lint-node   # containerd's state and socket, runc's state
SOCK="$RUN/containerd/containerd.sock"
ENDPOINT="unix://$SOCK"
SUBNET="${SIDECAR_LINT_NODE_POD_SUBNET:-10.244.0.0/24}"
NET="${SUBNET%.*/*}"         # 10.244.0
NODE_IP="$NET.1"             # on the host-only bridge; kubelet rejects a loopback node IP
# The node is named after its IP: the API server reaches a kubelet (logs, exec) at the node's
# Hostname address first, and the only names it could resolve without a DNS query leaving the
# machine are IPs (../up.sh sets no --kubelet-preferred-address-types=InternalIP).
NODE_NAME="$NODE_IP"
BRIDGE=slint0
KUBELET_PORT=26250 KUBELET_HEALTHZ_PORT=26248 KCM_PORT=26257 SCHED_PORT=26259
PAUSE_IMAGE="localhost/sidecar-lint/pause:$PAUSE_VERSION"
E2E_PREFIX=localhost/sidecar-lint-e2e/

KUBELET="$BIN/kubelet-$KUBE_VERSION"
KCM="$BIN/kube-controller-manager-$KUBE_VERSION"
SCHED="$BIN/kube-scheduler-$KUBE_VERSION"
KUBECTL="$BIN/kubectl-$KUBE_VERSION"
CRICTL="$BIN/crictl-lite-$KUBE_VERSION"

log() { echo "node: $*"; }
die() { echo "node: $*" >&2; exit 1; }
now() { date +%s; }
t0=$(now)

[ "$(id -u)" = 0 ] || die "needs root (containerd, kubelet: mounts, cgroups, network namespaces)"
command -v go >/dev/null || { [ -x /usr/local/go/bin/go ] && PATH="/usr/local/go/bin:$PATH"; }
command -v go >/dev/null || die "go is not on PATH (Go >= 1.26 builds the Kubernetes binaries)"

# ---------------------------------------------------------------------------------------------
# The control plane (etcd + kube-apiserver): ../up.sh is idempotent and prints the kubeconfig.
# Its progress is shown as it comes; its last line (the kubeconfig's path) is ours to print.
"$HERE/../up.sh" | { grep --line-buffered -vxF "$CSTATE/kubeconfig" || true; }
ADMIN_KUBECONFIG="$CSTATE/kubeconfig"
[ -s "$ADMIN_KUBECONFIG" ] || die "../up.sh did not write $ADMIN_KUBECONFIG"
mkdir -p "$BIN" "$NODE" "$IMAGES"
exec 8>"$CACHE/.node-lock"
flock 8

# ---------------------------------------------------------------------------------------------
# Debian packages: containerd 1.6 (CRI v1; kubelet 1.37 falls back from the RuntimeConfig call it
# lacks), runc (crun fails on this cgroup v1 host), the CNI plugins, iptables (portmap).
need_pkgs=()
command -v containerd >/dev/null || need_pkgs+=(containerd)
command -v containerd-shim-runc-v2 >/dev/null || need_pkgs+=(containerd)
command -v ctr >/dev/null || need_pkgs+=(containerd)
command -v runc >/dev/null || need_pkgs+=(runc)
[ -x /usr/lib/cni/bridge ] || [ -x /opt/cni/bin/bridge ] || need_pkgs+=(containernetworking-plugins)
command -v iptables >/dev/null || need_pkgs+=(iptables)
command -v gcc >/dev/null || need_pkgs+=(gcc libc6-dev)
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  log "installing ${need_pkgs[*]} (apt-get)"
  apt-get install -y -o DPkg::Lock::Timeout=600 "${need_pkgs[@]}" >"$NODE/apt.log" 2>&1 ||
    { apt-get update >>"$NODE/apt.log" 2>&1 && apt-get install -y -o DPkg::Lock::Timeout=600 "${need_pkgs[@]}" >>"$NODE/apt.log" 2>&1; } ||
    { tail -5 "$NODE/apt.log" >&2; die "apt-get install ${need_pkgs[*]} failed"; }
fi
RUNC="$(command -v runc)"
CNI_BIN=/usr/lib/cni
[ -x "$CNI_BIN/bridge" ] || CNI_BIN=/opt/cni/bin

# ---------------------------------------------------------------------------------------------
# Build (skipped when the versioned binaries are cached). Same flags as ../up.sh, so the Go build
# cache it filled for kube-apiserver is reused for every package the two share.
built_from() { # <binary> <module> <version>
  [ -x "$1" ] && go version -m "$1" 2>/dev/null | grep -Eq "^[[:space:]]+(dep|mod)[[:space:]]+$2[[:space:]]+$3([[:space:]]|$)"
}
missing=()
for b in "$KUBELET" "$KCM" "$SCHED" "$KUBECTL" "$CRICTL"; do
  built_from "$b" k8s.io/kubernetes "$KUBE_VERSION" || built_from "$b" k8s.io/cri-api v0.37.2 || missing+=("$b")
done
if [ "${#missing[@]}" -gt 0 ]; then
  start=$(now)
  log "building kubelet, kube-controller-manager, kube-scheduler, kubectl (cold Go build cache: about 3 min after ../up.sh built kube-apiserver; warm: 15 s; log: $CACHE/build-node.log)"
  minor="${KUBE_VERSION#v1.}"
  flags="-s -w"
  for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    flags+=" -X $p.gitVersion=$KUBE_VERSION -X $p.gitMajor=1 -X $p.gitMinor=${minor%%.*} -X $p.gitTreeState=clean"
  done
  out="$CACHE/build-node.tmp"
  rm -rf "$out" && mkdir -p "$out"
  if ! (cd "$HERE/build" && go mod download >"$CACHE/build-node.log" 2>&1 &&
    CGO_ENABLED=0 go build -trimpath -ldflags "$flags" -o "$out/" \
      k8s.io/kubernetes/cmd/kubelet k8s.io/kubernetes/cmd/kube-controller-manager \
      k8s.io/kubernetes/cmd/kube-scheduler k8s.io/kubernetes/cmd/kubectl ./crictl-lite >>"$CACHE/build-node.log" 2>&1); then
    tail -20 "$CACHE/build-node.log" >&2
    die "building the node binaries failed"
  fi
  for n in kubelet kube-controller-manager kube-scheduler kubectl crictl-lite; do mv "$out/$n" "$BIN/$n-$KUBE_VERSION"; done
  rm -rf "$out"
  log "built the node binaries in $(($(now) - start))s"
fi

# ---------------------------------------------------------------------------------------------
alive() { # <name>: the process in $NODE/<name>.pid runs and is ours
  local pid cmd
  pid="$(cat "$NODE/$1.pid" 2>/dev/null)" || return 1
  [ -n "$pid" ] || return 1
  cmd="$({ tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null)" || return 1
  case "$cmd" in *"$NODE"*) return 0 ;; *) return 1 ;; esac
}
kc() { "$KUBECTL" --kubeconfig "$ADMIN_KUBECONFIG" "$@"; }
node_ready() {
  [ "$(kc get node "$NODE_NAME" -o 'jsonpath={.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null)" = True ]
}
ca_sum="$(sha256sum "$CSTATE/pki/ca.crt" | cut -c1-64)"

if alive containerd && alive kubelet && alive kube-controller-manager && alive kube-scheduler &&
  [ "$(cat "$NODE/ca.sha256" 2>/dev/null)" = "$ca_sum" ] && node_ready; then
  log "already up: node $NODE_NAME Ready (containerd, kubelet, kube-controller-manager, kube-scheduler)"
  echo "$ADMIN_KUBECONFIG"
  exit 0
fi

# Start from a clean node: whatever an earlier run left (processes, pods, mounts, state) goes.
flock -u 8
"$HERE/down.sh" --node-only >/dev/null
flock 8
start=$(now)
mkdir -p "$NODE"/{pki,cni/net.d,cni/ipam,kubelet,pod-logs,containerd} "$RUN"
chmod 700 "$NODE"
echo "$ca_sum" >"$NODE/ca.sha256"
echo "$NODE_NAME" >"$NODE/node-name"

# ---------------------------------------------------------------------------------------------
# Identities, signed by the control plane's CA: the kubelet as system:node:<name> (group
# system:nodes, bound to the system:node ClusterRole below: the API server runs RBAC only, no Node
# authorizer), the controller-manager and the scheduler as their bootstrap RBAC users.
pki="$NODE/pki"
ossl() { openssl "$@" >/dev/null 2>&1; }
client_cert() { # <name> <subject>
  ossl req -newkey rsa:2048 -nodes -subj "$2" -keyout "$pki/$1.key" -out "$pki/$1.csr"
  printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n' >"$pki/$1.ext"
  ossl x509 -req -in "$pki/$1.csr" -CA "$CSTATE/pki/ca.crt" -CAkey "$CSTATE/pki/ca.key" -CAcreateserial \
    -CAserial "$pki/ca.srl" -days 3650 -extfile "$pki/$1.ext" -out "$pki/$1.crt"
  [ -s "$pki/$1.crt" ] || die "openssl: signing $1's certificate failed"
}
server="$(sed -n 's/^ *server: //p' "$ADMIN_KUBECONFIG" | head -1)"
kubeconfig() { # <name> <user>
  cat >"$NODE/$1.kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters:
  - name: sidecar-lint
    cluster: {server: "$server", certificate-authority: "$CSTATE/pki/ca.crt"}
users:
  - name: $2
    user: {client-certificate: "$pki/$1.crt", client-key: "$pki/$1.key"}
contexts:
  - name: $1
    context: {cluster: sidecar-lint, user: $2}
current-context: $1
EOF
  chmod 600 "$NODE/$1.kubeconfig"
}
client_cert kubelet "/O=system:nodes/CN=system:node:$NODE_NAME"
client_cert kube-controller-manager "/CN=system:kube-controller-manager"
client_cert kube-scheduler "/CN=system:kube-scheduler"
kubeconfig kubelet "system:node:$NODE_NAME"
kubeconfig kube-controller-manager system:kube-controller-manager
kubeconfig kube-scheduler system:kube-scheduler

kc apply -f - >/dev/null <<'EOF'
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: sidecar-lint:nodes
  labels: {app.kubernetes.io/managed-by: sidecar-lint-cluster}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:node"}
subjects:
  - {apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:nodes"}
EOF

# ---------------------------------------------------------------------------------------------
# Network: a host-only bridge. The node's IP is on it (the kubelet serves the API server there);
# pods get an address on it and a route to the /24 only: no default route, no masquerade, so
# nothing a pod sends can leave the machine (there is no kube-proxy either: no Service IPs).
if ! ip link show "$BRIDGE" >/dev/null 2>&1; then ip link add "$BRIDGE" type bridge; fi
ip addr replace "$NODE_IP/24" dev "$BRIDGE"
ip link set "$BRIDGE" up
cat >"$NODE/cni/net.d/10-sidecar-lint.conflist" <<EOF
{
  "cniVersion": "1.0.0",
  "name": "sidecar-lint",
  "plugins": [
    {
      "type": "bridge",
      "bridge": "$BRIDGE",
      "isGateway": false,
      "ipMasq": false,
      "hairpinMode": true,
      "ipam": {
        "type": "host-local",
        "ranges": [[{"subnet": "$SUBNET", "rangeStart": "$NET.10", "rangeEnd": "$NET.250"}]],
        "dataDir": "$NODE/cni/ipam"
      }
    },
    {"type": "portmap", "capabilities": {"portMappings": true}}
  ]
}
EOF

# ---------------------------------------------------------------------------------------------
# containerd with its own root, state and socket (a system containerd, if any, is not touched).
cat >"$NODE/containerd.toml" <<EOF
version = 2
root = "$NODE/containerd"
state = "$RUN/containerd"
disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]

[grpc]
  address = "$SOCK"

[plugins]
  [plugins."io.containerd.grpc.v1.cri"]
    sandbox_image = "$PAUSE_IMAGE"
    stream_server_address = "127.0.0.1"
    stream_server_port = "0"
    netns_mounts_under_state_dir = true
    disable_apparmor = true
    # No CAP_SYS_RESOURCE in this VM's bounding set: a negative oom_score_adj (the sandbox's -998)
    # fails in runc ("failed to update /proc/self/oom_score_adj: Permission denied"). Clamp it.
    restrict_oom_score_adj = true
    [plugins."io.containerd.grpc.v1.cri".containerd]
      snapshotter = "overlayfs"
      default_runtime_name = "runc"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
        runtime_type = "io.containerd.runc.v2"
        [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
          BinaryName = "$RUNC"
          Root = "$RUN/runc"
          SystemdCgroup = false
    [plugins."io.containerd.grpc.v1.cri".cni]
      bin_dir = "$CNI_BIN"
      conf_dir = "$NODE/cni/net.d"
      max_conf_num = 1
  [plugins."io.containerd.internal.v1.opt"]
    path = "$NODE/containerd/opt"
EOF

daemon() { # <name> <command...>: detached (own session, stdio to files) so callers can exit
  local name="$1"
  shift
  rm -f "$NODE/$name.pid"
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$NODE/$name.pid" "$@" </dev/null >"$NODE/$name.log" 2>&1 8>&- 9>&- &
  for _ in $(seq 50); do [ -s "$NODE/$name.pid" ] && break; sleep 0.1; done
}
wait_for() { # <what> <seconds> <command...>
  local what="$1" secs="$2"
  shift 2
  for _ in $(seq $((secs * 5))); do "$@" && return 0; sleep 0.2; done
  return 1
}

daemon containerd containerd --config "$NODE/containerd.toml"
ctr_() { ctr --address "$SOCK" -n k8s.io "$@"; }
wait_for containerd 30 ctr_ version >/dev/null 2>&1 ||
  { tail -20 "$NODE/containerd.log" >&2; die "containerd did not start (log: $NODE/containerd.log)"; }

# ---------------------------------------------------------------------------------------------
# Images. The pause image: pause.c from k8s.io/kubernetes's module, compiled statically, written
# as an OCI image layout by hand (one uncompressed layer), imported under the sandbox image name.
pause_tar="$IMAGES/pause-$PAUSE_VERSION.tar"
if [ ! -s "$pause_tar" ]; then
  modcache="$(go env GOMODCACHE)"
  src="$modcache/k8s.io/kubernetes@$KUBE_VERSION/build/pause/linux/pause.c"
  [ -f "$src" ] || (cd "$HERE/build" && go mod download k8s.io/kubernetes >/dev/null)
  [ -f "$src" ] || die "pause.c not found at $src"
  w="$(mktemp -d)"
  mkdir -p "$w/rootfs" "$w/oci/blobs/sha256"
  gcc -Os -Wall -Werror -static -DVERSION="v$PAUSE_VERSION-sidecar-lint" -o "$w/rootfs/pause" "$src"
  strip "$w/rootfs/pause" 2>/dev/null || true
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$w/rootfs" -cf "$w/layer.tar" pause
  case "$(uname -m)" in x86_64) arch=amd64 ;; aarch64) arch=arm64 ;; *) arch="$(uname -m)" ;; esac
  blob() { # <file>: moves it into blobs/, prints "<digest> <size>"
    local d s
    d="$(sha256sum "$1" | cut -c1-64)"
    s="$(stat -c %s "$1")"
    mv "$1" "$w/oci/blobs/sha256/$d"
    echo "$d $s"
  }
  read -r ld ls < <(blob "$w/layer.tar")
  printf '{"architecture":"%s","os":"linux","config":{"Entrypoint":["/pause"],"User":"65535:65535","WorkingDir":"/"},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]},"history":[{"created_by":"integration/cluster/node/up.sh: gcc -static pause.c (k8s.io/kubernetes %s)"}]}' \
    "$arch" "$ld" "$KUBE_VERSION" >"$w/config.json"
  read -r cd cs < <(blob "$w/config.json")
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:%s","size":%s},"layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"sha256:%s","size":%s}]}' \
    "$cd" "$cs" "$ld" "$ls" >"$w/manifest.json"
  read -r md ms < <(blob "$w/manifest.json")
  printf '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:%s","size":%s,"platform":{"architecture":"%s","os":"linux"},"annotations":{"io.containerd.image.name":"%s","org.opencontainers.image.ref.name":"%s"}}]}' \
    "$md" "$ms" "$arch" "$PAUSE_IMAGE" "$PAUSE_VERSION" >"$w/oci/index.json"
  printf '{"imageLayoutVersion":"1.0.0"}' >"$w/oci/oci-layout"
  tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -C "$w/oci" -cf "$pause_tar.tmp" oci-layout index.json blobs
  mv "$pause_tar.tmp" "$pause_tar"
  rm -rf "$w"
  log "built $PAUSE_IMAGE from pause.c"
fi
ctr_ images import "$pause_tar" >"$NODE/import.log" 2>&1 || { cat "$NODE/import.log" >&2; die "importing the pause image failed"; }

# The e2e test images (and SIDECAR_LINT_NODE_IMAGES): built with podman by
# integration/images/build.sh, saved as one docker-archive keyed by the image IDs.
if command -v podman >/dev/null; then
  if ! podman image exists "${E2E_PREFIX}busybox:1" || ! podman image exists "${E2E_PREFIX}web:1"; then
    [ -x /bin/busybox ] && file -L /bin/busybox 2>/dev/null | grep -q 'statically linked' ||
      apt-get install -y -o DPkg::Lock::Timeout=600 busybox-static >>"$NODE/apt.log" 2>&1 || true
    "$ROOT/integration/images/build.sh" >"$NODE/images-build.log" 2>&1 ||
      log "warning: integration/images/build.sh failed (log: $NODE/images-build.log)"
  fi
  mapfile -t imgs < <(podman images --format '{{.Repository}}:{{.Tag}}' | grep "^$E2E_PREFIX" | sort -u)
  for i in ${SIDECAR_LINT_NODE_IMAGES:-}; do imgs+=("$i"); done
  if [ "${#imgs[@]}" -gt 0 ]; then
    key="$(for i in "${imgs[@]}"; do echo "$i $(podman image inspect --format '{{.Id}}' "$i")"; done | sha256sum | cut -c1-16)"
    arch_tar="$IMAGES/podman-$key.tar"
    if [ ! -s "$arch_tar" ]; then
      rm -f "$IMAGES"/podman-*.tar
      podman save -q --format docker-archive -m -o "$arch_tar.tmp" "${imgs[@]}" >/dev/null
      mv "$arch_tar.tmp" "$arch_tar"
    fi
    ctr_ images import "$arch_tar" >>"$NODE/import.log" 2>&1 || { tail -5 "$NODE/import.log" >&2; die "importing ${imgs[*]} failed"; }
    log "imported ${imgs[*]}"
  fi
else
  log "warning: podman is not installed: the e2e test images (integration/images/build.sh) are not imported"
fi

# ---------------------------------------------------------------------------------------------
# kubelet. cgroup v1 here: failCgroupV1 false (1.35+ refuses v1 otherwise), cgroupfs (no systemd).
# It serves on the bridge address with anonymous access allowed: the API server proxies logs and
# exec to it without a client certificate (../up.sh gives it none); nothing outside this machine
# can reach that address.
cat >"$NODE/kubelet.yaml" <<EOF
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
address: $NODE_IP
port: $KUBELET_PORT
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
healthzPort: $KUBELET_HEALTHZ_PORT
authentication:
  anonymous: {enabled: true}
  webhook: {enabled: false}
authorization: {mode: AlwaysAllow}
containerRuntimeEndpoint: $ENDPOINT
imageServiceEndpoint: $ENDPOINT
cgroupDriver: cgroupfs
failCgroupV1: false
failSwapOn: false
podLogsDir: $NODE/pod-logs
resolvConf: /etc/resolv.conf
clusterDomain: cluster.local
serializeImagePulls: false
imageGCHighThresholdPercent: 100
imageGCLowThresholdPercent: 99
evictionHard: {memory.available: 100Mi, nodefs.available: 1%, imagefs.available: 1%, nodefs.inodesFree: 1%}
mergeDefaultEvictionSettings: false
staticPodPath: ""
syncFrequency: 10s
nodeStatusUpdateFrequency: 5s
rotateCertificates: false
serverTLSBootstrap: false
EOF
daemon kubelet "$KUBELET" --config "$NODE/kubelet.yaml" --kubeconfig "$NODE/kubelet.kubeconfig" \
  --root-dir "$NODE/kubelet" --cert-dir "$NODE/kubelet/pki" \
  --hostname-override "$NODE_NAME" --node-ip "$NODE_IP" --v 2

# The controller-manager (ServiceAccounts and their tokens, Jobs, ReplicaSets, namespaces, node
# lifecycle...) with one ServiceAccount per controller, and the scheduler. Both serve on loopback.
daemon kube-controller-manager "$KCM" \
  --kubeconfig "$NODE/kube-controller-manager.kubeconfig" \
  --authentication-kubeconfig "$NODE/kube-controller-manager.kubeconfig" \
  --authorization-kubeconfig "$NODE/kube-controller-manager.kubeconfig" \
  --bind-address 127.0.0.1 --secure-port "$KCM_PORT" --cert-dir "$NODE/kcm-pki" \
  --service-account-private-key-file "$CSTATE/pki/sa.key" --root-ca-file "$CSTATE/pki/ca.crt" \
  --use-service-account-credentials \
  --cluster-signing-cert-file "$CSTATE/pki/ca.crt" --cluster-signing-key-file "$CSTATE/pki/ca.key" \
  --cluster-name sidecar-lint --leader-elect=false --profiling=false
daemon kube-scheduler "$SCHED" \
  --kubeconfig "$NODE/kube-scheduler.kubeconfig" \
  --authentication-kubeconfig "$NODE/kube-scheduler.kubeconfig" \
  --authorization-kubeconfig "$NODE/kube-scheduler.kubeconfig" \
  --bind-address 127.0.0.1 --secure-port "$SCHED_PORT" --cert-dir "$NODE/scheduler-pki" \
  --leader-elect=false --profiling=false

all_alive() { alive containerd && alive kubelet && alive kube-controller-manager && alive kube-scheduler; }
ready_or_dead() { node_ready || ! all_alive; }
wait_for "node Ready" 180 ready_or_dead || true
if ! node_ready || ! all_alive; then
  for n in containerd kubelet kube-controller-manager kube-scheduler; do
    alive "$n" && s=running || s=DEAD
    echo "--- $n ($s), last lines of $NODE/$n.log:" >&2
    tail -8 "$NODE/$n.log" >&2 || true
  done
  die "the node did not become Ready (logs: $NODE/*.log; stop with $HERE/down.sh)"
fi
# The node lifecycle controller lifts the not-ready taint a moment after Ready; until then the
# scheduler places nothing. Waiting here saves the first pod those seconds.
untainted() { [ -z "$(kc get node "$NODE_NAME" -o 'jsonpath={.spec.taints}' 2>/dev/null)" ]; }
wait_for "the not-ready taint to go" 30 untainted || log "warning: node $NODE_NAME still has taints: $(kc get node "$NODE_NAME" -o 'jsonpath={.spec.taints}')"
log "up in $(($(now) - start))s ($(($(now) - t0))s in all): node $NODE_NAME Ready (pods on $SUBNET), kubelet $KUBE_VERSION, $(containerd --version | awk '{print $1, $3}') (logs: $NODE/*.log)"
echo "$ADMIN_KUBECONFIG"
