import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApiErrorBody } from '@mockloop/shared';
import { buildTestApp, startTestServer, type TestServer } from '../helpers/server.js';

// A stand-in client build, so these tests do not depend on `vite build` having run.
const clientDir = mkdtempSync(join(tmpdir(), 'mockloop-client-'));
mkdirSync(join(clientDir, 'assets'));
writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>MockLoop</title><div id="root"></div>');
writeFileSync(join(clientDir, 'assets', 'app-1a2b3c.js'), 'console.log("hi")');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clientDir });
});
afterAll(async () => {
  await server.close();
  rmSync(clientDir, { recursive: true, force: true });
});

async function expectErrorBody(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  const body = ApiErrorBody.parse(await response.json());
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body;
}

describe('one error format', () => {
  it('answers an unknown API path with a JSON 404', async () => {
    const body = await expectErrorBody(await fetch(`${server.url}/api/no-such-thing`), 404, 'not-found');
    expect(body.error.message).toContain('/api/no-such-thing');
  });

  it('answers a wrong method on a known path with the same JSON 404', async () => {
    await expectErrorBody(await fetch(`${server.url}/api/health`, { method: 'DELETE' }), 404, 'not-found');
  });
});

describe('a route with a zod body schema', () => {
  it('answers a bad body with a 400 naming each bad field, and bad JSON with a 400', async () => {
    // Routes can be added until the app is ready; this one exists only in this test and
    // goes through the same validator and error handler as the real routes.
    const { app, dispose } = await buildTestApp({ clientDir });
    app.withTypeProvider<ZodTypeProvider>().post(
      '/api/echo',
      { schema: { body: z.object({ name: z.string().min(1).max(10), rounds: z.number().int().min(5).max(6) }) } },
      async (request) => request.body,
    );
    try {
      const response = await app.inject({ method: 'POST', url: '/api/echo', payload: { name: '', rounds: 7 } });
      expect(response.statusCode).toBe(400);
      const body = ApiErrorBody.parse(response.json());
      expect(body.error.code).toBe('bad-request');
      expect(body.error.message).toMatch(/^body\.(name|rounds): /);
      const paths = (body.error.details as { issues: { path: string }[] }).issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.rounds']));

      const bad = await app.inject({ method: 'POST', url: '/api/echo', headers: { 'content-type': 'application/json' }, payload: '{"name":' });
      expect(bad.statusCode).toBe(400);
      expect(ApiErrorBody.parse(bad.json()).error.code).toBe('bad-request');
    } finally {
      await dispose();
    }
  });
});

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3 document that describes the health route', async () => {
    const response = await fetch(`${server.url}/api/openapi.json`);
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.openapi).toMatch(/^3\./);
    const result = await validate(structuredClone(doc));
    expect(result.valid, JSON.stringify(result)).toBe(true);
    expect(doc.paths['/api/health'].get.responses).toHaveProperty('200');
    expect(doc.paths['/api/health'].get.responses).toHaveProperty('503');
  });

  it('documents every route, with an example for every request body', async () => {
    const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
    const operations = Object.entries<Record<string, { requestBody?: { content: Record<string, { schema: { example?: unknown } }> } }>>(doc.paths).flatMap(
      ([path, ops]) => Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(20);
    const withoutExample = operations.filter(({ op }) => op.requestBody && op.requestBody.content['application/json']?.schema.example === undefined);
    expect(withoutExample.map((o) => o.name)).toEqual([]);
  });

  it('has a browsable docs page', async () => {
    const response = await fetch(`${server.url}/api/docs`, { redirect: 'follow' });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/swagger/i);
  });
});

describe('static client', () => {
  it('serves index.html at / and for client-side routes', async () => {
    for (const path of ['/', '/loops/new', '/loops/abc/rounds/2']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toContain('<title>MockLoop</title>');
    }
  });

  it('serves hashed assets with a long cache, and 404s a missing one', async () => {
    const asset = await fetch(`${server.url}/assets/app-1a2b3c.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    await expectErrorBody(await fetch(`${server.url}/assets/missing.js`), 404, 'not-found');
  });
});
