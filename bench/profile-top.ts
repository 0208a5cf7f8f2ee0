/**
 * Prints where a V8 CPU profile (from `npm run bench -- --cpu-prof`) spent its time: self
 * time per function, grouped by package, so the bottleneck shows without a GUI.
 * Run: npx tsx bench/profile-top.ts bench/results/profiles/<file>.cpuprofile [rows]
 */
import { readFileSync } from 'node:fs';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export function topOfProfile(path: string, rows = 25) {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const where = packageOf(frame.url);
    const name = `${frame.functionName || '(anonymous)'}  ${where}${frame.url ? ':' + (frame.lineNumber + 1) : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byPackage.set(where, (byPackage.get(where) ?? 0) + us);
  }
  const pct = (us: number) => ((100 * us) / total).toFixed(1).padStart(5) + '%';
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, rows).map(([k, us]) => `${pct(us)}  ${k}`);
  return { totalMs: total / 1000, functions: top(byFunction), packages: top(byPackage) };
}

function packageOf(url: string): string {
  if (!url) return '(native/idle/gc)';
  if (url.startsWith('node:')) return url;
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const repo = url.indexOf('/server/src/');
  if (repo >= 0) return url.slice(repo + 1);
  const shared = url.indexOf('/shared/src/');
  return shared >= 0 ? url.slice(shared + 1) : url;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2];
  if (!path) throw new Error('usage: tsx bench/profile-top.ts <file.cpuprofile> [rows]');
  const { totalMs, functions, packages } = topOfProfile(path, Number(process.argv[3] ?? 25));
  console.log(`${path}: ${(totalMs / 1000).toFixed(1)} s sampled\n\nSelf time by package:\n${packages.join('\n')}\n\nSelf time by function:\n${functions.join('\n')}`);
}
