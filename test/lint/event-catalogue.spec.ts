import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('spec.ts') ? [path] : [];
  });
}

/** Each event class in src with its versioned name, and the consumers that handle it. */
function eventsInCode(): Map<string, { name: string; consumers: string[] }> {
  const events = new Map<string, { name: string; consumers: string[] }>();
  const files = sourceFiles(join(root, 'src')).map((path) => readFileSync(path, 'utf8'));
  for (const text of files) {
    const declared = /class (\w+) extends DomainEvent \{\s*static readonly eventName = '([^']+)'/.exec(text);
    if (declared) events.set(declared[1], { name: declared[2], consumers: [] });
  }
  for (const text of files) {
    for (const match of text.matchAll(/@HandlesEvent\((\w+)\)\s*(?:@\w+\([^)]*\)\s*)*export class (\w+)/g)) {
      events.get(match[1])?.consumers.push(match[2]);
    }
  }
  return events;
}

/** The rows of docs/architecture.md's event catalogue: event class → its row's cells. */
function catalogue(): Map<string, string[]> {
  const doc = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
  const section = doc.split('## Event catalogue')[1].split('\n## ')[0];
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const event = /^`(\w+Event)`$/.exec(cells[1] ?? '');
    if (event) rows.set(event[1], cells.slice(1, -1));
  }
  return rows;
}

describe('the event catalogue in docs/architecture.md', () => {
  const code = eventsInCode();
  const documented = catalogue();

  it('lists every event in the code, and no other', () => {
    expect([...documented.keys()].sort()).toEqual([...code.keys()].sort());
  });

  it('gives each event its versioned name and every consumer that handles it', () => {
    for (const [event, { name, consumers }] of code) {
      const [, documentedName, , consumedBy] = documented.get(event) ?? [];
      expect(documentedName).toBe(`\`${name}\``);
      for (const consumer of consumers) expect(consumedBy).toContain(consumer);
      if (consumers.length === 0) expect(consumedBy).toBe('—');
    }
  });
});
