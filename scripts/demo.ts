/**
 * `npm run demo`: creates the sample loop in the configured database (DATABASE_URL, or the
 * embedded one in DATA_DIR) and prints every participant's link. Start the app with
 * `npm start` to open them; with the embedded database, stop the app first (one process
 * at a time may open the data folder).
 */
import { inviteUrl } from '@mockloop/shared';
import { loadConfig } from '../server/src/config.js';
import { openDatabase } from '../server/src/db/database.js';
import { createDemoLoop } from '../server/src/application/demo.js';

const config = loadConfig(process.env);
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const { result: created } = await createDemoLoop({ db: database.db, now: Date.now });
  const base = config.publicUrl ?? `http://localhost:${config.port}`;
  console.log(`Sample loop ${created.loopId} created. Open a link to see that role's screen:\n`);
  for (const p of created.participants) {
    const label = `${p.role}${p.isBarRaiser ? ' (Bar Raiser)' : ''}${p.roundPosition ? `, round ${p.roundPosition}` : ''}`;
    console.log(`  ${p.name.padEnd(14)} ${label.padEnd(32)} ${inviteUrl(base, p.token)}`);
  }
} finally {
  await database.close();
}
