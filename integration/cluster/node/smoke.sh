#!/usr/bin/env bash
# Proves the node runs native sidecars for real: in a fresh namespace, a pod whose sidecar
# (an init container with restartPolicy: Always) serves a page the app container fetches over
# localhost, and a Job whose sidecar must not hold it. Needs up.sh to have run. Cleans up after
# itself (the namespace) and exits non-zero on any failure.
#
#   integration/cluster/node/smoke.sh
set -euo pipefail

KUBE_VERSION=v1.37.2
CACHE="${SIDECAR_LINT_CLUSTER_CACHE:-$HOME/.cache/sidecar-lint/cluster}"
KUBECTL="$CACHE/bin/kubectl-$KUBE_VERSION"
ADMIN="$CACHE/state/kubeconfig"
NS="node-smoke-$$"
IMG=localhost/sidecar-lint-e2e/busybox:1
[ -x "$KUBECTL" ] && [ -s "$ADMIN" ] || { echo "smoke: run integration/cluster/node/up.sh first" >&2; exit 1; }
kc() { "$KUBECTL" --kubeconfig "$ADMIN" -n "$NS" "$@"; }
now_ms() { date +%s%3N; }
trap '"$KUBECTL" --kubeconfig "$ADMIN" delete namespace "$NS" --wait=false >/dev/null 2>&1 || true' EXIT

"$KUBECTL" --kubeconfig "$ADMIN" create namespace "$NS" >/dev/null
kc apply -f - >/dev/null <<EOF
apiVersion: v1
kind: Pod
metadata: {name: sidecar-pod}
spec:
  terminationGracePeriodSeconds: 2
  initContainers:
    - name: web-sidecar
      image: $IMG
      imagePullPolicy: Never
      restartPolicy: Always
      command: ["/bin/sh", "-c", "mkdir -p /www && echo hello-from-sidecar >/www/index.html && exec httpd -f -p 8080 -h /www"]
      startupProbe: {tcpSocket: {port: 8080}, periodSeconds: 1}
      readinessProbe: {tcpSocket: {port: 8080}, periodSeconds: 2}
  containers:
    - name: app
      image: $IMG
      imagePullPolicy: Never
      command: ["/bin/sh", "-c", "while true; do wget -q -O - http://127.0.0.1:8080/ >/tmp/page && cat /tmp/page; sleep 2; done"]
      readinessProbe: {exec: {command: ["/bin/sh", "-c", "grep -q hello-from-sidecar /tmp/page"]}, periodSeconds: 1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sidecar-job}
spec:
  backoffLimit: 0
  template:
    spec:
      restartPolicy: Never
      terminationGracePeriodSeconds: 2
      initContainers:
        - name: shipper
          image: $IMG
          imagePullPolicy: Never
          restartPolicy: Always
          command: ["/bin/sh", "-c", "trap 'echo shipper-stopping; exit 0' TERM; while true; do sleep 1; done"]
      containers:
        - name: work
          image: $IMG
          imagePullPolicy: Never
          command: ["/bin/sh", "-c", "echo job-done; sleep 2"]
EOF
t=$(now_ms)
fail=0
if kc wait pod/sidecar-pod --for=condition=Ready --timeout=90s >/dev/null; then
  echo "smoke: PASS pod Ready in $(($(now_ms) - t)) ms"
else
  echo "smoke: FAIL pod not Ready"; fail=1
fi
kc get pod sidecar-pod -o 'jsonpath={range .status.initContainerStatuses[*]}{"  init "}{.name}{" ready="}{.ready}{" started="}{.state.running.startedAt}{" restarts="}{.restartCount}{"\n"}{end}{range .status.containerStatuses[*]}{"  app  "}{.name}{" ready="}{.ready}{" started="}{.state.running.startedAt}{" restarts="}{.restartCount}{"\n"}{end}'
echo "  spec.initContainers[0].restartPolicy=$(kc get pod sidecar-pod -o 'jsonpath={.spec.initContainers[0].restartPolicy}')"
echo "  app log: $(kc logs sidecar-pod -c app --tail=1 2>&1)"
echo "  exec in sidecar: $(kc exec sidecar-pod -c web-sidecar -- cat /www/index.html 2>&1)"
if kc wait job/sidecar-job --for=condition=Complete --timeout=90s >/dev/null; then
  echo "smoke: PASS job Complete in $(($(now_ms) - t)) ms"
else
  echo "smoke: FAIL job not Complete"; fail=1
fi
jp="$(kc get pods -l job-name=sidecar-job -o name | head -1)"
kc get "$jp" -o 'jsonpath={range .status.initContainerStatuses[*]}{"  init "}{.name}{" exit="}{.state.terminated.exitCode}{" finished="}{.state.terminated.finishedAt}{"\n"}{end}{range .status.containerStatuses[*]}{"  app  "}{.name}{" exit="}{.state.terminated.exitCode}{" finished="}{.state.terminated.finishedAt}{"\n"}{end}'
echo "  shipper log: $(kc logs "$jp" -c shipper 2>&1 | tr '\n' ' ')"
exit "$fail"
