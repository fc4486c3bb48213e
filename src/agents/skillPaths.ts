/** The skill's name, as agent runtimes install it (lowercase, hyphenated). */
export const SKILL_NAME = 'insforge-integrations';

/**
 * Where a language's skill is served, under its root (`/`, `/zh-cn/`, or `''` for a path relative
 * to the root): the unpacked folder and the `.zip`. Kept apart from `skillFiles.ts` so pages that
 * link the download do not import the Markdown and zip machinery.
 */
export function skillFolder(root: string): string {
  return `${root}skills/${SKILL_NAME}/`;
}

export function skillArchive(root: string): string {
  return `${root}skills/${SKILL_NAME}.zip`;
}
