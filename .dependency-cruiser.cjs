/**
 * The one import rule of MockLoop, checked by dependency-cruiser (`npm run lint:deps`, part
 * of `npm test` and CI). Imports flow inwards only:
 *   routes, socket (adapters) -> application (use cases) -> domain + repositories -> db
 *   shared imports nothing of server or client; client imports nothing of server.
 * Each layer lists what it MAY import; anything else in server/ is a violation.
 */
const SERVER = '^server/src/';
const layers = {
  // Adapters: parse, authorise, call one use case, reply. They see the database's type and
  // how its failures look, never a repository or a table (reads are use cases too).
  '(routes|socket)': ['routes', 'socket', 'application', 'domain', 'plugins', 'auth', 'db/database\\.ts', 'db/failures\\.ts', 'config\\.ts', 'version\\.ts'],
  plugins: ['plugins', 'application', 'domain', 'repositories', 'auth', 'db', 'config\\.ts'],
  // Use cases see the database's type (to open a transaction), never a table: SQL stays in repositories.
  application: ['application', 'domain', 'repositories', 'db/database\\.ts'],
  domain: ['domain'],
  repositories: ['repositories', 'db', 'domain'],
  db: ['db'],
};

const layerRules = Object.entries(layers).map(([from, may]) => ({
  name: `layer-${from.replace(/\W/g, '')}`,
  comment: `server/src/${from} may import only ${may.join(', ')} (and shared, npm packages)`,
  severity: 'error',
  from: { path: `${SERVER}${from}/` },
  to: { path: SERVER, pathNot: `${SERVER}(${may.join('|')})(/|$)` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'application-knows-no-transport',
      comment: 'Use cases run without Fastify or Socket.IO: they return facts through the facts port.',
      severity: 'error',
      from: { path: `${SERVER}(application|domain|repositories)/` },
      to: { path: '(^|/)node_modules/(fastify|@fastify/|fastify-|socket\\.io|@socket\\.io/)' },
    },
    {
      name: 'domain-knows-no-sql',
      comment: 'Domain rules are plain functions: no database driver or query builder, so they are tested without one.',
      severity: 'error',
      from: { path: `${SERVER}domain/` },
      to: { path: '(^|/)node_modules/(drizzle-orm|postgres|@electric-sql/)' },
    },
    {
      name: 'shared-stands-alone',
      comment: 'shared is the contract and pure domain for both sides: it imports nothing of server or client.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(server|client)/' },
    },
    {
      name: 'story-checker-stays-on-the-server',
      comment: 'The story checker and its NLP model (wink-nlp, about 4 MB) run on the server: nothing the client imports, even through shared, may reach it; the client gets only the story contract (stories/schema.ts).',
      severity: 'error',
      from: { path: '^client/src/' },
      to: { path: '^shared/src/stories/(?!schema\\.ts$)', reachable: true },
    },
    {
      name: 'client-knows-no-server',
      comment: 'The client talks to the server over HTTP and Socket.IO only, through the contract in shared.',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
