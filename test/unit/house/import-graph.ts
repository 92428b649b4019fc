// The source's import graph, read from the files themselves: every relative import, export-from
// and dynamic import (type-only ones included: a cycle of types is still a cycle to a reader).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface ImportEdge {
  /** Repository-relative paths, e.g. `src/web/app/App.tsx`. */
  from: string;
  to: string;
  /** The specifier as written, for the failure message. */
  specifier: string;
}

const importPattern =
  /(?:^|[\s;])(?:import|export)\s(?:[^'"`;]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Specifiers of one file's imports (relative and bare), comments left out. */
export function specifiersOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(importPattern)].map((match) => match[1] ?? match[2] ?? '');
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

export interface ImportGraph {
  files: string[];
  edges: ImportEdge[];
  /** Bare (package or `node:`) imports per file. */
  packages: { from: string; specifier: string }[];
}

export function readImportGraph(repoRoot: string, folder = 'src'): ImportGraph {
  const files = sourceFiles(resolve(repoRoot, folder)).map((file) => relative(repoRoot, file));
  const edges: ImportEdge[] = [];
  const packages: ImportGraph['packages'] = [];
  for (const from of files) {
    for (const specifier of specifiersOf(readFileSync(resolve(repoRoot, from), 'utf8'))) {
      if (!specifier.startsWith('.')) {
        packages.push({ from, specifier });
        continue;
      }
      const to = relative(repoRoot, resolve(repoRoot, dirname(from), specifier));
      edges.push({ from, to, specifier });
    }
  }
  return { files, edges, packages };
}

/** Every cycle of files (strongly connected components of more than one file, or a self-import). */
export function cyclesOf(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const selfImport = (next.get(node) ?? []).includes(node);
    if (component.length > 1 || selfImport) cycles.push(component.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
