/**
 * What a first visit to each entry page downloads, in gzip JavaScript, against a budget.
 * Usage: npm run size (builds the client with Vite's manifest, prints a table, exits 1 over budget);
 * `-- --no-build` measures the last `npm run size` build again.
 *
 * A page's download is the entry chunk plus the route's lazy chunks, each with the chunks it
 * imports statically. Chunks loaded on demand later (a dynamic import inside a page, e.g. a
 * whiteboard for design rounds or a call's media code) are not a first visit and not counted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

interface Page {
  name: string;
  /** Source modules (relative to client/) that load as their own chunks when the page opens. */
  routeModules: string[];
  /** Most gzip kB (1000 bytes) a first visit may download. */
  budgetKb: number;
}

// The candidate's and the interviewer's first pages carry the 120 kB budget; the others
// keep a budget a little above their size so a heavy import that slips into them is noticed.
const pages: Page[] = [
  { name: 'home', routeModules: ['src/pages/HomePage.tsx'], budgetKb: 120 },
  { name: 'join', routeModules: ['src/pages/JoinPage.tsx'], budgetKb: 120 },
  // An invite link opens /join, which moves on to the loop page and the candidate's screen.
  { name: 'candidate lobby', routeModules: ['src/pages/JoinPage.tsx', 'src/pages/LoopPage.tsx', 'src/features/loop/CandidateLobby.tsx'], budgetKb: 120 },
  // The interviewer's link lands on their loop page; that is their first page.
  { name: 'interviewer home', routeModules: ['src/pages/JoinPage.tsx', 'src/pages/LoopPage.tsx', 'src/features/loop/InterviewerHome.tsx'], budgetKb: 120 },
  // The round's room opened directly (a reload mid-interview): the scorecard, the live clock
  // and the socket at once. What only shows later (the due-time banner once the round is over,
  // a design round's whiteboard, the call once joined, the candidate's break notice) loads then.
  // Its budget is above the 120 kB of a first page: README "Bundle size" says what is left.
  { name: 'interviewer room', routeModules: ['src/pages/RoundPage.tsx', 'src/features/interview/InterviewPanel.tsx'], budgetKb: 127 },
  { name: 'debrief', routeModules: ['src/pages/DebriefPage.tsx'], budgetKb: 120 },
  // The same for the Bar Raiser, in a loop with a writing exercise whose candidate told stories
  // from the bank: each of those parts is its own chunk, loaded only where the board has it.
  {
    name: 'debrief (Bar Raiser, all parts)',
    routeModules: ['src/pages/DebriefPage.tsx', 'src/features/debrief/BarRaiserPanel.tsx', 'src/features/debrief/BankDrift.tsx', 'src/features/writing/DebriefWriting.tsx'],
    budgetKb: 125,
  },
  // The candidate's writing page with its editor (CodeMirror 6 and Markdown, about 100 kB),
  // which loads only there (README "Writing exercise"): an editor is the page's whole point,
  // so it keeps its own budget rather than the first pages' 120 kB.
  { name: 'writing (candidate)', routeModules: ['src/pages/WritingPage.tsx', 'src/features/writing/CandidateWriting.tsx', 'src/features/writing/MarkdownEditor.tsx'], budgetKb: 220 },
];

const clientDir = resolve(import.meta.dirname, '..', 'client');
const entryKey = 'index.html';

function build(): void {
  const result = spawnSync('npx', ['vite', 'build', '--manifest'], { cwd: clientDir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    process.stderr.write('size: the client build failed\n');
    process.exit(1);
  }
}

/** The chunk keys a module pulls in on load: itself and everything it imports statically. */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not a chunk of its own in the build (is it lazy-loaded? is the path right?)`);
  if (into.has(key)) return into;
  into.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

function main(): void {
  if (!process.argv.includes('--no-build')) build();
  const distDir = join(clientDir, 'dist');
  const manifestPath = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) {
    process.stderr.write(`size: ${manifestPath} is missing; run without --no-build (a plain build writes no manifest)\n`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const gzipBytes = new Map<string, number>();
  const sizeOf = (file: string): number => {
    let size = gzipBytes.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(distDir, file))).length;
      gzipBytes.set(file, size);
    }
    return size;
  };

  const rows = pages.map((page) => {
    const keys = new Set<string>();
    for (const key of [entryKey, ...page.routeModules]) staticClosure(manifest, key, keys);
    const files = [...keys].map((key) => manifest[key]!.file);
    const kb = files.reduce((sum, file) => sum + sizeOf(file), 0) / 1000;
    return { ...page, kb, chunks: files.length };
  });

  const width = Math.max(...rows.map((row) => row.name.length));
  process.stdout.write(`${'page'.padEnd(width)}  gzip JS  budget  chunks\n`);
  for (const row of rows) {
    const mark = row.kb > row.budgetKb ? '  OVER BUDGET' : '';
    process.stdout.write(
      `${row.name.padEnd(width)}  ${row.kb.toFixed(1).padStart(5)} kB  ${String(row.budgetKb).padStart(3)} kB  ${String(row.chunks).padStart(6)}${mark}\n`,
    );
  }
  const over = rows.filter((row) => row.kb > row.budgetKb);
  if (over.length > 0) {
    process.stderr.write(`size: over budget: ${over.map((row) => row.name).join(', ')}\n`);
    process.exit(1);
  }
}

main();
