import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

/** The repository root (tests run from build/test/). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ../shared next to the project, when this machine has it. */
export const sharedDir = resolve(projectRoot, '..', 'shared');
export const corpusDir = join(sharedDir, 'corpus', 'real');
export const hasCorpus = existsSync(corpusDir);

/** A pod whose app and proxy both declare 8080: one port-conflict at 14:26. */
export const CLASH = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: example/app:1.0
      ports:
        - containerPort: 8080
    - name: proxy
      image: example/proxy:1.0
      ports:
        - containerPort: 8080
`;
