// Writes docs/API.md from custom-elements.json (itself generated from the JSDoc in src/), so the reference
// in the repository never drifts from the code: `npm run analyze` runs both.
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${String(text).replace(/\s*\n\s*/g, ' ')}\`` : '');
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
        '',
      ].join('\n')
    : '';

const out = ['# API reference', '', 'Generated from the JSDoc of each element by `npm run analyze`. Do not edit by hand.', ''];
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: m.path })));
for (const el of elements.sort((a, b) => a.tagName.localeCompare(b.tagName))) {
  out.push(
    `## \`<${el.tagName}>\``,
    '',
    el.summary ?? '',
    '',
    el.description ?? '',
    '',
    `Class \`${el.name}\`, module \`${el.path}\`.`,
    '',
  );
  const attributes = (el.attributes ?? []).map((a) => [
    code(a.name),
    code(a.fieldName),
    code(a.type?.text),
    code(a.default),
    a.description,
  ]);
  const fromAttribute = new Set((el.attributes ?? []).map((a) => a.fieldName));
  const properties = (el.members ?? [])
    .filter(
      (m) =>
        m.kind === 'field' &&
        m.privacy !== 'private' &&
        m.privacy !== 'protected' &&
        !m.static &&
        !fromAttribute.has(m.name) &&
        m.description,
    )
    .map((m) => [code(m.name), code(m.type?.text), m.description]);
  const methods = (el.members ?? [])
    .filter((m) => m.kind === 'method' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && m.description)
    .map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), m.description]);
  if (attributes.length) out.push('### Attributes', '', table(['attribute', 'property', 'type', 'default', 'description'], attributes));
  if (properties.length) out.push('### Properties', '', table(['property', 'type', 'description'], properties));
  if (methods.length) out.push('### Methods', '', table(['method', 'description'], methods));
  if (el.events?.length)
    out.push(
      '### Events',
      '',
      table(
        ['event', 'type', 'description'],
        el.events.map((e) => [code(e.name), code(e.type?.text), e.description]),
      ),
    );
  if (el.slots?.length)
    out.push(
      '### Slots',
      '',
      table(
        ['slot', 'description'],
        el.slots.map((s) => [s.name ? code(s.name) : '(default)', s.description]),
      ),
    );
  if (el.cssParts?.length)
    out.push(
      '### CSS parts',
      '',
      table(
        ['part', 'description'],
        el.cssParts.map((p) => [code(p.name), p.description]),
      ),
    );
  if (el.cssProperties?.length)
    out.push(
      '### CSS custom properties',
      '',
      table(
        ['property', 'description'],
        el.cssProperties.map((p) => [code(p.name), p.description]),
      ),
    );
}
await mkdir('docs', { recursive: true });
await writeFile('docs/API.md', out.join('\n').replace(/\n{3,}/g, '\n\n'));
console.log(`docs/API.md: ${elements.length} elements`);
