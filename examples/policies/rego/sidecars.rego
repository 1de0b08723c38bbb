# Conftest-style policy that uses sidecar-lint's workload model (data.sidecar_lint).
# Run: sidecar-lint --policy examples/policies/rego examples/policies/k8s
#  or: conftest test --policy examples/policies/rego examples/policies/k8s  (the model is absent there)
package main

import rego.v1

# Every sidecar has a memory limit.
deny contains result if {
	some c in data.sidecar_lint.workload.containers
	c.role in {"sidecar", "native-sidecar"}
	container := object.get(input, c.path, {})
	not container.resources.limits.memory
	result := {
		"msg": sprintf("sidecar %q has no memory limit", [c.name]),
		"path": array.concat(c.path, ["resources"]),
		"container": c.name,
		"id": "sidecar-memory-limit",
	}
}

# Sidecars are pinned: no :latest and no missing tag.
warn_unpinned contains result if {
	some c in data.sidecar_lint.workload.containers
	c.role != "app"
	c.image != null
	not contains(c.image, "@")
	unpinned(c.image)
	result := {
		"msg": sprintf("%s %q runs an unpinned image %s", [c.role, c.name, c.image]),
		"path": array.concat(c.path, ["image"]),
		"container": c.name,
	}
}

unpinned(image) if endswith(image, ":latest")

unpinned(image) if not contains(regex.replace(image, "^[^/]*/", ""), ":")

# A workload labelled sidecar-lint.io/pinning: relaxed is exempt from warn_unpinned.
exception contains rules if {
	input.metadata.labels["sidecar-lint.io/pinning"] == "relaxed"
	rules := ["unpinned"]
}
