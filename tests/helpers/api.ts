import { CreateLoopResponse, type CreateLoopRequestInput, type ParticipantLink } from '@mockloop/shared';

/** JSON over real HTTP, with an optional invite token as bearer credential. */
export async function api(baseUrl: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(baseUrl + path, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? null : JSON.stringify(init.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON (calendar files) */
  }
  return { status: response.status, headers: response.headers, body: body as any, text };
}

export async function createLoop(baseUrl: string, request: CreateLoopRequestInput) {
  const response = await api(baseUrl, '/api/loops', { method: 'POST', body: request });
  if (response.status !== 201) throw new Error(`loop not created: ${response.status} ${response.text}`);
  const created = CreateLoopResponse.parse(response.body);
  const find = (pred: (l: ParticipantLink) => boolean) => {
    const link = created.links.find(pred);
    if (!link) throw new Error('no such participant link');
    return link;
  };
  return {
    ...created,
    organizer: find((l) => l.role === 'organizer'),
    candidate: find((l) => l.role === 'candidate'),
    interviewer: (position: number) => find((l) => l.role === 'interviewer' && l.roundPosition === position),
    /** Read when used: a loop its candidate organizes does not say which link is the Bar Raiser's. */
    get barRaiser() {
      return find((l) => l.isBarRaiser === true);
    },
    shadow: find((l) => l.role === 'shadow'),
  };
}
