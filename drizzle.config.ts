import { defineConfig } from 'drizzle-kit';

// Migrations are generated from server/src/db/schema.ts and committed; the server applies
// them at start-up (server/src/db/migrate.ts), so users never run drizzle-kit themselves.
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/src/db/schema.ts',
  out: './migrations',
});
