/** Draws p99 latency against concurrent loops as a small standalone SVG (no dependencies). */
export type PlotSeries = { label: string; color: string; dashed?: boolean; points: { x: number; y: number }[] };

export function latencyPlot(series: PlotSeries[], options: { title: string; limitMs?: number }): string {
  const W = 720, H = 420, left = 64, right = 200, top = 40, bottom = 52;
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).concat(options.limitMs ?? 0);
  const xMax = niceCeil(Math.max(1, ...xs));
  const yMax = niceCeil(Math.max(1, ...ys) * 1.05);
  const px = (x: number) => left + (x / xMax) * (W - left - right);
  const py = (y: number) => H - bottom - (Math.min(y, yMax) / yMax) * (H - top - bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${left}" y="22" font-size="14" font-weight="600">${escape(options.title)}</text>`,
  ];
  for (let i = 0; i <= 5; i++) {
    const y = (yMax / 5) * i;
    out.push(`<line x1="${left}" x2="${W - right}" y1="${py(y)}" y2="${py(y)}" stroke="#eee"/>`, `<text x="${left - 6}" y="${py(y) + 4}" text-anchor="end">${fmt(y)}</text>`);
    const x = (xMax / 5) * i;
    out.push(`<text x="${px(x)}" y="${H - bottom + 18}" text-anchor="middle">${fmt(x)}</text>`);
  }
  out.push(
    `<line x1="${left}" x2="${left}" y1="${top}" y2="${H - bottom}" stroke="#333"/>`,
    `<line x1="${left}" x2="${W - right}" y1="${H - bottom}" y2="${H - bottom}" stroke="#333"/>`,
    `<text x="${(left + W - right) / 2}" y="${H - 12}" text-anchor="middle">concurrent loops (8 sockets each)</text>`,
    `<text transform="translate(16 ${(top + H - bottom) / 2}) rotate(-90)" text-anchor="middle">p99 latency (ms)</text>`,
  );
  if (options.limitMs !== undefined) {
    out.push(`<line x1="${left}" x2="${W - right}" y1="${py(options.limitMs)}" y2="${py(options.limitMs)}" stroke="#c00" stroke-dasharray="2 4"/>`);
    out.push(`<text x="${W - right - 4}" y="${py(options.limitMs) - 4}" text-anchor="end" fill="#c00">autosave target ${options.limitMs} ms</text>`);
  }
  series.forEach((s, i) => {
    const path = s.points.map((p, j) => `${j ? 'L' : 'M'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ');
    out.push(`<path d="${path}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    for (const p of s.points) out.push(`<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="3" fill="${s.color}"><title>${p.x} loops: ${p.y} ms</title></circle>`);
    const ly = top + 10 + i * 20;
    out.push(`<line x1="${W - right + 14}" x2="${W - right + 38}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    out.push(`<text x="${W - right + 44}" y="${ly + 4}">${escape(s.label)}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function niceCeil(v: number): number {
  const step = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * step >= v) return m * step;
  return 10 * step;
}
const fmt = (v: number) => (v >= 100 ? String(Math.round(v)) : String(Math.round(v * 10) / 10));
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
