import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
process.chdir('/work/main');
const strip = (s: string) => s.replace(/^\s*(\/\/|\/\*|\*).*$/gm, '').replace(/\s\/\/ .*$/gm, '');
const textDir = 'packages/domain/src/text';
const pieces = new Set<string>();
for (const n of readdirSync(textDir)) {
  if (!n.endsWith('.ts')) continue;
  const src = strip(readFileSync(join(textDir, n), 'utf8'));
  for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
    const lit = (m[1] ?? m[2] ?? '');
    for (const seg of lit.split(/\$\{[^}]*\}/)) { const t = seg.trim(); if (t.length >= 24 && t.includes(' ')) pieces.add(t); }
  }
}
const files: string[] = [];
const scan = (d: string) => { for (const n of readdirSync(d)) { const p = join(d, n); if (/^(node_modules|dist|__tests__|__bench__|generated|\.temp|cache)$/.test(n)) continue; const s = statSync(p); if (s.isDirectory()) scan(p); else if (/\.(ts|vue|mts)$/.test(n) && !p.startsWith(textDir)) files.push(p); } };
for (const root of ['packages/domain/src', 'packages/sdk/src', 'apps/bot/src', 'apps/docs/src', 'apps/docs/docs/.vitepress', 'apps/mcp/src', 'apps/api/src']) scan(root);
for (const f of files) { const t = strip(readFileSync(f, 'utf8')); for (const s of pieces) if (t.includes(s)) console.log(f, '::', s.slice(0, 80)); }
