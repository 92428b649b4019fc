// The house's layering, checked on every import of src/: app → features → lib/ui → shared in the
// SPA (a feature never reaches into another); server → shared; the sandbox alone behind HTTP
// (only Docplanner's wire shapes in common, and the one place the server starts it embedded);
// shared needs neither the browser nor Node; and no import cycle anywhere.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesOf, type ImportEdge, readImportGraph, specifiersOf } from './import-graph.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');

/** Where a file lives in the house: `web/features/agenda`, `web/lib`, `server`, `shared/api` … */
function placeOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] !== 'src') return path;
  if (parts[1] === 'web')
    return parts[2] === 'features' ? `web/features/${parts[3]}` : `web/${parts[2]}`;
  if (parts[1] === 'shared') return `shared/${parts[2]}`;
  return parts[1] ?? path;
}

/** What each place may import (besides itself); `null` when the import is allowed. */
function layeringProblem({ from, to }: ImportEdge): string | null {
  const source = placeOf(from);
  const target = placeOf(to);
  if (source === target) return null;
  if (to === 'package.json') return null;
  const layer = (place: string) =>
    place
      .split('/')
      .slice(0, place.startsWith('web/') ? 2 : 1)
      .join('/');
  const allowed: Record<string, (target: string) => boolean> = {
    'web/app': (t) => ['web/features', 'web/lib', 'web/ui', 'shared'].includes(layer(t)),
    'web/features': (t) => ['web/lib', 'web/ui', 'shared'].includes(layer(t)),
    'web/ui': (t) => ['web/lib', 'shared'].includes(layer(t)),
    'web/lib': (t) => layer(t) === 'shared',
    'web/service-worker': (t) => ['web/lib', 'shared'].includes(layer(t)),
    server: (t) =>
      layer(t) === 'shared' ||
      // The embedded default: with no credentials the server starts the sandbox and talks to it
      // over HTTP like to Docplanner; this is the one door.
      (from === 'src/server/upstream/connect-upstream.ts' && to === 'src/sandbox/start.ts'),
    // Docplanner's own wire shapes are the sandbox's contract too; nothing else is shared.
    sandbox: (t) => t === 'shared/docplanner',
    shared: (t) => layer(t) === 'shared',
  };
  const rule = allowed[layer(source)];
  if (!rule) return `${from}: not in a known place of the house`;
  return rule(target) ? null : `${from} imports ${to} (${source} → ${target})`;
}

const graph = readImportGraph(repoRoot);

describe('the layering', () => {
  it('reads the imports of the whole source', () => {
    expect(graph.files.length).toBeGreaterThan(300);
    expect(graph.edges.length).toBeGreaterThan(1000);
  });

  it('holds for every import of src/', () => {
    const problems = graph.edges.map(layeringProblem).filter((problem) => problem !== null);
    expect(problems).toEqual([]);
  });

  it('refuses what it is there to refuse', () => {
    const edge = (from: string, to: string) => ({ from, to, specifier: to });
    expect(
      layeringProblem(edge('src/web/features/breaks/a.ts', 'src/web/features/visit-actions/b.ts')),
    ).not.toBeNull();
    expect(
      layeringProblem(edge('src/web/lib/a.ts', 'src/web/features/agenda/b.ts')),
    ).not.toBeNull();
    expect(layeringProblem(edge('src/web/ui/a.tsx', 'src/web/app/App.tsx'))).not.toBeNull();
    expect(layeringProblem(edge('src/server/a.ts', 'src/web/lib/b.ts'))).not.toBeNull();
    expect(layeringProblem(edge('src/server/a.ts', 'src/sandbox/state.ts'))).not.toBeNull();
    expect(layeringProblem(edge('src/sandbox/a.ts', 'src/shared/api/agenda.ts'))).not.toBeNull();
    expect(layeringProblem(edge('src/shared/api/a.ts', 'src/server/b.ts'))).not.toBeNull();
    expect(layeringProblem(edge('src/web/features/agenda/a.ts', 'src/web/ui/b.tsx'))).toBeNull();
  });

  it('keeps shared code free of the browser, of Node and of React, and the SPA free of Node', () => {
    const problems = graph.packages.filter(
      ({ from, specifier }) =>
        (from.startsWith('src/shared/') && /^(node:|react|react-dom)/.test(specifier)) ||
        (from.startsWith('src/web/') && specifier.startsWith('node:')),
    );
    expect(problems).toEqual([]);
  });
});

describe('import cycles', () => {
  it('there are none, type-only imports included', () => {
    expect(cyclesOf(graph.edges)).toEqual([]);
  });

  it('are found when there is one', () => {
    const edge = (from: string, to: string) => ({ from, to, specifier: to });
    expect(cyclesOf([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')])).toEqual([
      ['a', 'b', 'c'],
    ]);
  });

  it('reads every form of import, not those in comments', () => {
    const source = [
      "import type { A } from './a.ts';",
      "import { b,\n  c } from './b.ts';",
      "export { d } from './d.ts';",
      "import './e.css';",
      "const f = await import('./f.ts');",
      "// import { g } from './g.ts';",
      "/* import { h } from './h.ts'; */",
    ].join('\n');
    expect(specifiersOf(source)).toEqual(['./a.ts', './b.ts', './d.ts', './e.css', './f.ts']);
  });
});
