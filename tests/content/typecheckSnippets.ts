import { join } from 'node:path';
import ts from 'typescript';

/** Packages a self-contained snippet may import and still be typechecked against what is installed. */
export const CHECKED_PACKAGES = new Set(['@insforge/sdk', 'jose']);

const ROOT = join(import.meta.dirname, '../..');

/** The module specifiers a snippet imports (static imports and re-exports). */
export function importsOf(code: string, fileName: string): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.ESNext, true);
  return source.statements
    .filter((s) => ts.isImportDeclaration(s) || (ts.isExportDeclaration(s) && s.moduleSpecifier))
    .map((s) => ((s as ts.ImportDeclaration).moduleSpecifier as ts.StringLiteral).text);
}

/** A snippet is self-contained when it imports something, and only packages we can check. */
export function isSelfContained(code: string, fileName: string): boolean {
  const imports = importsOf(code, fileName);
  return imports.length > 0 && imports.every((i) => CHECKED_PACKAGES.has(i));
}

/**
 * Typechecks snippets as separate modules against the project's installed packages and Node's
 * types, and returns each snippet's diagnostics as text (empty when it typechecks).
 */
export function typecheckSnippets(snippets: readonly { name: string; code: string }[]): Map<string, string[]> {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.Preserve,
    types: ['node'],
    skipLibCheck: true,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  };
  const files = new Map(snippets.map((s) => [join(ROOT, '.snippets', s.name), s.code]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (f) => files.has(f) || ts.sys.fileExists(f);
  host.readFile = (f) => files.get(f) ?? readFile(f);
  host.getSourceFile = (f, lang, ...rest) => {
    const code = files.get(f);
    return code === undefined ? getSourceFile(f, lang, ...rest) : ts.createSourceFile(f, code, lang, true);
  };
  host.getCurrentDirectory = () => ROOT;
  const program = ts.createProgram([...files.keys()], options, host);
  const result = new Map<string, string[]>();
  for (const [path] of files) {
    const source = program.getSourceFile(path);
    const diagnostics = source ? ts.getPreEmitDiagnostics(program, source) : [];
    result.set(
      path.slice(join(ROOT, '.snippets').length + 1),
      diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    );
  }
  return result;
}
