import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'check-stories-'));

function runCli(fileText: string, name: string) {
  const file = join(folder, name);
  writeFileSync(file, fileText);
  const run = spawnSync('npx', ['tsx', 'scripts/check-stories.ts', file], { cwd: repoRoot, encoding: 'utf8' });
  return { file, status: run.status, stderr: run.stderr, stdout: run.stdout };
}

const story = {
  id: 'r1s1', round: 1, lps: ['ownership'], question: 'q', situation: 's', task: 't', action: 'a', result: 'r',
};

describe('check-stories CLI', () => {
  it('exits non-zero and names the file when it is not JSON', () => {
    const run = runCli('{ "loop": "x", ', 'broken.json');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(run.file);
    expect(run.stderr).toContain('not valid JSON');
  });

  it('exits non-zero and names the path of a bad field', () => {
    const loop = { loop: 'x', candidate: 'A B', targetRole: 'SDE', stories: [story, { ...story, id: 'r2s1', round: 9 }] };
    const run = runCli(JSON.stringify(loop), 'bad-round.json');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain(run.file);
    expect(run.stderr).toContain('stories.1.round');
  });

  it('prints groups and conflicts for a good file', () => {
    const loop = { loop: 'x', candidate: 'A B', targetRole: 'SDE', stories: [story] };
    const run = runCli(JSON.stringify(loop), 'good.json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ groups: [], conflicts: [] });
  });
});
