import { defineRule } from '../../src/engine/rule.js';
import { asString } from '../../src/model/objects.js';
import { roleWord } from '../../src/model/workload.js';

/** Splits an image reference into its tag and digest; a registry port (`host:5000/app`) is not a tag. */
export function imageRef(image: string): { tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const name = at >= 0 ? image.slice(0, at) : image;
  const colon = name.lastIndexOf(':');
  const tag = colon > name.lastIndexOf('/') ? name.slice(colon + 1) : undefined;
  return { tag, digest };
}

/**
 * Text a tool fills in before deploying (Helm, envsubst, sed placeholders, Istio's `image: auto`):
 * not an image reference yet, and the tag may well come with the substitution.
 */
function isPlaceholder(image: string): boolean {
  if (image.trim() === '' || /\s|\{\{/.test(image) || image === 'auto') return true;
  // IMAGE_NAME, IMAGE: a repository name is lower case.
  if (!/[a-z]/.test(image)) return true;
  const name = image.split('@')[0]!;
  const repo = name.slice(name.lastIndexOf('/') + 1);
  // $IMAGE_URL, ($APP_IMAGE), {IMAGE}, <your-image>: the whole name is substituted.
  return /[$(){}<>]/.test(repo);
}

export default defineRule({
  meta: {
    id: 'latest-tag',
    severity: 'warning',
    category: 'images',
    description: 'A container image is tagged :latest or has neither tag nor digest (which means :latest).',
    rationale:
      ':latest is a moving target: nodes that pull at different times run different code, a rollback to the previous ReplicaSet brings back the same floating tag, not the old image, and the pull policy becomes Always, so every start depends on the registry. A sidecar on :latest changes under a pinned app without anyone deploying it.',
    fix: 'Pin a version tag (envoyproxy/envoy:v1.31.0), or better a digest (image@sha256:...), and update it on purpose.',
  },
  workload(w, ctx) {
    for (const c of w.declared) {
      const image = asString(c.spec.image);
      if (image === undefined || isPlaceholder(image)) continue;
      const { tag, digest } = imageRef(image);
      if (digest) continue;
      let what: string;
      if (tag === 'latest') what = 'is tagged :latest';
      else if (tag === undefined) what = 'has no tag, so it means :latest';
      else if (tag === '') what = 'ends with ":" and an empty tag: it is not a valid image reference (the kubelet reports InvalidImageName; often a template whose tag value was empty)';
      else continue;
      ctx.report({
        object: w.object,
        path: [...c.path, 'image'],
        container: c,
        message: `image "${image}" of ${roleWord(c)} "${c.name}" ${what}: nodes pulling at different times run different versions and a rollback does not bring the old image back`,
      });
    }
  },
});
