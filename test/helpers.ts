import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

/** The repository root (tests run from build/test/). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ../shared next to the project, when this machine has it. */
export const sharedDir = resolve(projectRoot, '..', 'shared');
export const corpusDir = join(sharedDir, 'corpus', 'real');
export const hasCorpus = existsSync(corpusDir);
