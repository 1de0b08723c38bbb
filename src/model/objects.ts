import type { NodePath, ObjectRef } from '../types.js';
import type { YamlDocument } from '../yaml/parse.js';
import type { SourceFile } from '../yaml/source.js';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: unknown };

export function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A Kubernetes object found in a document (the document itself, or an item of a `kind: List`). */
export class K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string | undefined;
  readonly namespace: string | undefined;

  constructor(
    readonly doc: YamlDocument,
    /** Where the object sits in its document: [] or ['items', i]. */
    readonly path: NodePath,
    readonly value: JsonObject,
  ) {
    this.apiVersion = value.apiVersion as string;
    this.kind = value.kind as string;
    const meta = isObject(value.metadata) ? value.metadata : {};
    this.name = asString(meta.name) ?? asString(meta.generateName);
    this.namespace = asString(meta.namespace);
  }

  get file(): string {
    return this.doc.source.path;
  }

  get ref(): ObjectRef {
    return { apiVersion: this.apiVersion, kind: this.kind, name: this.name, namespace: this.namespace };
  }

  /** `Kind/name`, for messages. */
  get label(): string {
    return `${this.kind}/${this.name ?? '<unnamed>'}`;
  }

  get metadata(): JsonObject {
    return isObject(this.value.metadata) ? this.value.metadata : {};
  }

  private patch: boolean | undefined;

  /**
   * A Kustomize strategic-merge patch rather than a whole object: it holds `$patch`-style
   * directives, or its file is named as a patch (`deployment-patch.yaml`, `patches/...`). It is
   * merged with a base the linter does not see, so workload rules leave it alone.
   */
  get isPatch(): boolean {
    if (this.patch === undefined) {
      const file = this.file.replace(/\\/g, '/');
      this.patch = namedAsPatch(file) || (mayHoldPatchDirective(this.doc.source) && hasPatchDirective(this.value, 0));
    }
    return this.patch;
  }

  /** A path relative to this object, made absolute in its document. */
  at(...rel: (string | number)[]): NodePath {
    return [...this.path, ...rel];
  }
}

/**
 * A file named as a patch: its name starts or ends with the word patch(es) (`repo-patch.yaml`,
 * `patch_resources.yml`, `patches.yaml`), or its folder does (`patches/`, `prod-patches/`). A
 * name that only contains the word (`kustomization_yaml_patches_empty/deployment.yaml`, a base
 * in a test of empty patches) is not one.
 */
export function namedAsPatch(file: string): boolean {
  const parts = file.split('/');
  const name = (parts.at(-1) ?? '').replace(/\.(ya?ml|json)$/i, '');
  const folder = parts.at(-2) ?? '';
  return PATCH_WORD.test(name) || PATCH_WORD.test(folder);
}

const PATCH_WORD = /^patch(es)?([-_.]|$)|[-_.]patch(es)?$/i;

const PATCH_KEY = /^\$(patch|setElementOrder|retainKeys|deleteFromPrimitiveList)/;
const PATCH_TEXT = /\$(patch|setElementOrder|retainKeys|deleteFromPrimitiveList)/;
const patchText = new WeakMap<SourceFile, boolean>();

/** Whether a file's text holds a patch directive anywhere: most do not, and walking every object to find out is not free. */
function mayHoldPatchDirective(source: SourceFile): boolean {
  let may = patchText.get(source);
  if (may === undefined) patchText.set(source, (may = PATCH_TEXT.test(source.text)));
  return may;
}

function hasPatchDirective(v: unknown, depth: number): boolean {
  if (depth > 40 || v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.some((x) => hasPatchDirective(x, depth + 1));
  for (const [k, x] of Object.entries(v)) {
    if (PATCH_KEY.test(k) || hasPatchDirective(x, depth + 1)) return true;
  }
  return false;
}

export interface NotAnObject {
  doc: YamlDocument;
  reason: string;
}

/** The Kubernetes objects of a document; what is not one is returned with the reason. */
export function objectsOf(doc: YamlDocument): { objects: K8sObject[]; skipped: NotAnObject[] } {
  const objects: K8sObject[] = [];
  const skipped: NotAnObject[] = [];
  const v = doc.value;
  if (v === null || v === undefined) return { objects, skipped };
  if (!isObject(v)) {
    skipped.push({ doc, reason: 'not a mapping' });
    return { objects, skipped };
  }
  if (typeof v.apiVersion !== 'string' || typeof v.kind !== 'string') {
    skipped.push({ doc, reason: 'no apiVersion and kind' });
    return { objects, skipped };
  }
  // kind: List, and the typed lists kubectl prints (PodList, DeploymentList...)
  if (/List$/.test(v.kind) && Array.isArray(v.items)) {
    v.items.forEach((item, i) => {
      if (isObject(item) && typeof item.kind === 'string' && typeof item.apiVersion === 'string') {
        objects.push(new K8sObject(doc, ['items', i], item));
      } else {
        skipped.push({ doc, reason: `items[${i}] has no apiVersion and kind` });
      }
    });
    return { objects, skipped };
  }
  objects.push(new K8sObject(doc, [], v));
  return { objects, skipped };
}
