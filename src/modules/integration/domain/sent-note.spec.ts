import { noteWithSentLine, sentLine } from './sent-note';

describe('the line that marks an invoice sent in QuickBooks', () => {
  it('says when it was sent in the business time zone, to the minute', () => {
    const at = new Date('2026-12-01T10:32:59Z');
    expect(sentLine(at, 'Europe/London')).toBe('Sent by SMS via Settle 2026-12-01 10:32');
    expect(sentLine(at, 'America/New_York')).toBe('Sent by SMS via Settle 2026-12-01 05:32');
    expect(sentLine(new Date('2026-07-01T23:30:00Z'), 'Europe/London')).toBe('Sent by SMS via Settle 2026-07-02 00:30');
  });

  const line = 'Sent by SMS via Settle 2026-12-01 10:32';

  it('is the whole note when there was none', () => {
    expect(noteWithSentLine(undefined, line)).toEqual({ kind: 'append', note: line });
    expect(noteWithSentLine('', line)).toEqual({ kind: 'append', note: line });
  });

  it("goes under the user's note, which is kept as written", () => {
    expect(noteWithSentLine('Gate code 4411\r\nRing twice', line)).toEqual({
      kind: 'append',
      note: `Gate code 4411\r\nRing twice\n${line}`,
    });
    expect(noteWithSentLine('Ring twice\n', line)).toEqual({ kind: 'append', note: `Ring twice\n${line}` });
  });

  it('is not added twice for the same send', () => {
    expect(noteWithSentLine(`Ring twice\n${line}`, line)).toEqual({ kind: 'already-there' });
  });

  it("makes room by dropping Settle's oldest lines, never the user's text", () => {
    const older = ['Sent by SMS via Settle 2026-11-01 09:00', 'Sent by SMS via Settle 2026-11-15 09:00'];
    const note = ['Ring twice', ...older].join('\n');
    const max = note.length + 5;
    expect(noteWithSentLine(note, line, max)).toEqual({
      kind: 'append',
      note: `Ring twice\n${older[1]}\n${line}`,
    });
  });

  it('leaves a note the user has filled alone', () => {
    const full = 'x'.repeat(3990);
    expect(noteWithSentLine(full, line)).toEqual({ kind: 'full', length: 3990 });
    expect(noteWithSentLine('x'.repeat(4000 - line.length - 1), line).kind).toBe('append');
  });
});
