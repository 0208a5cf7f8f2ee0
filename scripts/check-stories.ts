/**
 * Checks one mock loop for stories that contradict their retellings.
 * Usage: npm run check-stories -- <loop.json>
 * Prints { groups, conflicts } as JSON; exits 1 when the file cannot be read as a loop.
 */
import { readFileSync } from 'node:fs';
import { checkStories, parseLoopFile } from '@mockloop/shared/stories/index';

function fail(message: string, code = 1): never {
  process.stderr.write(`check-stories: ${message}\n`);
  process.exit(code);
}

const file = process.argv[2];
if (!file) fail('usage: npm run check-stories -- <loop.json>', 2);

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
}

const reading = parseLoopFile(text);
if (!reading.ok) fail(reading.problems.map((problem) => `${file}: ${problem}`).join('\n'));

const report = checkStories(reading.loop.stories, { candidate: reading.loop.candidate });
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
