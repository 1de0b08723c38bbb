/** Where each rule's page lives: its README next to its code. */
export const REPOSITORY_URL = 'https://github.com/sidecar-lint/sidecar-lint';

export function docsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/rules/${ruleId}/README.md`;
}
