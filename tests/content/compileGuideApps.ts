import { dirname, join, sep } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '../..');
/** The test workspace: the packages the guides are written for, at exact versions (`npm run guides:install`). */
export const WORKSPACE = join(ROOT, 'tests/guide-apps');
/** Where the apps are laid out; nothing is written there, the files exist only in the compiler's memory. */
export const APPS_DIR = join(WORKSPACE, 'apps');

/** A file of a guide's app, or a standalone script, as the compiler sees it. */
export interface AppSource {
  /** Absolute path under `APPS_DIR`. */
  readonly path: string;
  readonly code: string;
  /** The app's root, which `@/…` imports start from (Next.js's default alias). */
  readonly appRoot: string;
}

/** One finding of the compiler, located in the block's own lines. */
export interface Finding {
  /** 1-based line within the file. */
  readonly line: number;
  readonly code: number;
  readonly message: string;
}

export interface FileReport {
  /** Syntax and type errors with `--strict`. */
  readonly errors: readonly Finding[];
  /** Uses of an API its package marks `@deprecated`. */
  readonly deprecations: readonly Finding[];
}

/** What a new Next.js 16 app's tsconfig.json sets, plus JavaScript checking for the standalone scripts. */
const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.esnext.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  isolatedModules: true,
  resolveJsonModule: true,
  allowJs: true,
  checkJs: true,
  skipLibCheck: true,
  types: ['node'],
  typeRoots: [join(WORKSPACE, 'node_modules/@types')],
};

/** "'{0}' is deprecated." and "The signature '{0}' of '{1}' is deprecated." */
const DEPRECATED = new Set([6385, 6387]);

/** Next.js's ambient types, as `next-env.d.ts` brings them into every app. */
const NEXT_ENV = {
  path: join(APPS_DIR, 'next-env.d.ts'),
  code: '/// <reference types="next" />\n/// <reference types="next/image-types/global" />\n',
};

/** Parsed library files, shared by every program compiled in this process (the apps', then the standalone scripts'). */
const DOCUMENT_REGISTRY = ts.createDocumentRegistry();

/** The project's own packages must not stand in for one the workspace lacks; TypeScript's libs are the exception. */
const ROOT_MODULES = join(ROOT, 'node_modules') + sep;
const TS_LIBS = dirname(ts.getDefaultLibFilePath(OPTIONS)) + sep;
const visible = (path: string) => !path.startsWith(ROOT_MODULES) || path.startsWith(TS_LIBS);

/**
 * Compiles the given files as one program against the workspace's packages and reports, per file,
 * its errors and its uses of deprecated API. Each file's bare imports resolve from the workspace,
 * its `@/…` imports from its own app's root.
 */
export function compileGuideApps(
  sources: readonly AppSource[],
  overrides: ts.CompilerOptions = {},
): Map<string, FileReport> {
  const options = { ...OPTIONS, ...overrides };
  const files = new Map(sources.map((s) => [s.path, s]));
  const virtual = new Map([...sources.map((s) => [s.path, s.code] as const), [NEXT_ENV.path, NEXT_ENV.code]]);
  const fileExists = (path: string) => virtual.has(path) || (visible(path) && ts.sys.fileExists(path));
  const readFile = (path: string) => virtual.get(path) ?? (visible(path) ? ts.sys.readFile(path) : undefined);
  const directoryExists = (path: string) =>
    [...virtual.keys()].some((f) => f.startsWith(path + sep)) || (visible(path + sep) && ts.sys.directoryExists(path));
  const resolutionHost: ts.ModuleResolutionHost = { fileExists, readFile, directoryExists, realpath: ts.sys.realpath };
  const cache = ts.createModuleResolutionCache(WORKSPACE, (f) => f, options);

  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [...virtual.keys()],
    getScriptVersion: () => '1',
    getScriptSnapshot: (path) => {
      const code = readFile(path);
      return code === undefined ? undefined : ts.ScriptSnapshot.fromString(code);
    },
    getCurrentDirectory: () => WORKSPACE,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists,
    readFile,
    directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
    resolveModuleNameLiterals: (literals, containingFile, redirected, options, containingSource) =>
      literals.map((literal) => {
        const appRoot = files.get(containingFile)?.appRoot;
        const name = appRoot && literal.text.startsWith('@/') ? join(appRoot, literal.text.slice(2)) : literal.text;
        const mode = ts.getModeForUsageLocation(containingSource, literal, options);
        return ts.resolveModuleName(name, containingFile, options, resolutionHost, cache, redirected, mode);
      }),
  };
  const service = ts.createLanguageService(host, DOCUMENT_REGISTRY);
  const program = service.getProgram();
  if (!program) throw new Error('TypeScript created no program');

  const reports = new Map<string, FileReport>();
  for (const { path } of sources) {
    const source = program.getSourceFile(path);
    if (!source) throw new Error(`${path} is not part of the program`);
    const errors = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    const deprecations = service.getSuggestionDiagnostics(path).filter((d) => DEPRECATED.has(d.code));
    reports.set(path, { errors: errors.map(toFinding), deprecations: deprecations.map(toFinding) });
  }
  return reports;
}

function toFinding(diagnostic: ts.Diagnostic): Finding {
  const line =
    diagnostic.file && diagnostic.start !== undefined
      ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
      : 0;
  return { line, code: diagnostic.code, message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n') };
}
