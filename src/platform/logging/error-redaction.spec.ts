import { describeError, redactError, safeMessageOf, scrubText } from './error-redaction';

const statement =
  "insert into platform_users (email, name, password_hash) values ('jane.doe@example.com', 'Jane Doe', " +
  '\'$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA\') - duplicate key value violates unique constraint "platform_users_email_unique"';

function databaseError(): Error {
  return Object.assign(new Error(statement), {
    code: '23505',
    severity: 'ERROR',
    routine: '_bt_check_unique',
    table: 'platform_users',
    constraint: 'platform_users_email_unique',
    detail: 'Key (email)=(jane.doe@example.com) already exists.',
  });
}

describe('error redaction', () => {
  it('describes a database error by its code, table and constraint only', () => {
    const described = describeError(databaseError());
    expect(described).toMatchObject({
      code: '23505',
      table: 'platform_users',
      constraint: 'platform_users_email_unique',
      message: 'Database error 23505 (table platform_users, constraint platform_users_email_unique)',
    });
    expect(JSON.stringify(described)).not.toMatch(/jane|Jane|argon2/);
  });

  it('gives a message fit to store on a row: a failed import or sync keeps its reason, not its values', () => {
    expect(safeMessageOf(databaseError())).toBe(
      'Database error 23505 (table platform_users, constraint platform_users_email_unique)',
    );
    expect(safeMessageOf('plain words')).toBe('plain words');
    expect(safeMessageOf(new Error('no entity \u0000 here'))).toBe('no entity \uFFFD here');
  });

  it('scrubs statements, key details, emails and hashes out of any other text', () => {
    expect(scrubText(`Import failed: ${statement}`)).toBe(
      'Import failed: [statement redacted] - duplicate key value violates unique constraint "platform_users_email_unique"',
    );
    expect(scrubText('Key (email)=(jane@example.com) already exists.')).toBe(
      'Key (email)=([redacted]) already exists.',
    );
    expect(scrubText(`no key ${'ab12'.repeat(16)} for jane@example.com`)).toBe(
      'no key [hash redacted] for j***@example.com',
    );
  });

  it('redacts the causes of an error, and describes it once', () => {
    const wrapped = new Error('The import failed', { cause: databaseError() });
    const described = describeError(wrapped);
    expect(described.cause).toMatchObject({ code: '23505' });
    expect(describeError(described)).toBe(described);
  });

  it('gives Bull an error named by its class, with nothing of the row', () => {
    class UniqueConstraintViolationException extends Error {}
    const error = Object.assign(new UniqueConstraintViolationException(statement), databaseError());
    const redacted = redactError(error);
    expect(redacted.name).toBe('UniqueConstraintViolationException');
    expect(redacted.message).toContain('platform_users_email_unique');
    expect(`${redacted.message}${redacted.stack}`).not.toMatch(/jane|argon2/);
  });
});
