import { CommandBus } from '@nestjs/cqrs';
import { ApiKey } from '../../src/platform/accounts/domain/api-key';
import { User } from '../../src/platform/accounts/domain/user';
import { ChangeUserRoleCommand } from '../../src/platform/accounts/use-cases/change-user-role/change-user-role.command';
import { RevokeApiKeyCommand } from '../../src/platform/accounts/use-cases/revoke-api-key/revoke-api-key.command';
import { AccountScope } from '../../src/platform/database/account-scope';
import { signUp, type SignedUp } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

describe('tenancy: one account can read and change nothing of another', () => {
  let app: TestApp;
  let a: SignedUp;
  let b: SignedUp;
  let aMemberId: string;
  let aKeyId: string;

  beforeAll(async () => {
    app = await startTestApp();
    a = await signUp(app);
    b = await signUp(app);
    const member = await app
      .http()
      .post('/api/v1/users')
      .set(a.auth)
      .send({ email: `m-${a.userId.slice(-8)}@example.com`, password: 'member password!', role: 'member' })
      .expect(201);
    aMemberId = member.body.id;
    const key = await app.http().post('/api/v1/api-keys').set(a.auth).send({ name: 'A key' }).expect(201);
    aKeyId = key.body.id;
  });

  afterAll(() => app.close());

  it("does not list A's users or keys to B", async () => {
    const users = await app.http().get('/api/v1/users?limit=200').set(b.auth).expect(200);
    expect(users.body.data.map((user: { id: string }) => user.id)).toEqual([b.userId]);
    const keys = await app.http().get('/api/v1/api-keys').set(b.auth).expect(200);
    expect(keys.body.data).toEqual([]);
  });

  it("answers 404, not 403, for A's ids read, changed or deleted by B", async () => {
    const read = await app.http().get(`/api/v1/users/${aMemberId}`).set(b.auth).expect(404);
    expect(read.body.code).toBe('ACCOUNTS.USER_NOT_FOUND');
    await app.http().patch(`/api/v1/users/${aMemberId}`).set(b.auth).send({ role: 'admin' }).expect(404);
    await app.http().delete(`/api/v1/users/${aMemberId}`).set(b.auth).expect(404);
    await app.http().delete(`/api/v1/api-keys/${aKeyId}`).set(b.auth).expect(404);
    await app.http().get(`/api/v1/users/${a.userId}`).set(b.auth).expect(404);
  });

  it("left A's data as it was", async () => {
    const member = await app.http().get(`/api/v1/users/${aMemberId}`).set(a.auth).expect(200);
    expect(member.body.role).toBe('member');
    const keys = await app.http().get('/api/v1/api-keys').set(a.auth).expect(200);
    expect(keys.body.data).toEqual([expect.objectContaining({ id: aKeyId, revokedAt: null })]);
  });

  it("scopes a command sent outside HTTP by the account it names: B's cannot touch A's user or key", async () => {
    const commands = app.app.get(CommandBus);
    await expect(commands.execute(new ChangeUserRoleCommand(b.accountId, aMemberId, 'admin'))).rejects.toMatchObject({
      code: 'ACCOUNTS.USER_NOT_FOUND',
    });
    await expect(commands.execute(new RevokeApiKeyCommand(b.accountId, aKeyId))).rejects.toMatchObject({
      code: 'ACCOUNTS.API_KEY_NOT_FOUND',
    });
    const promoted = await commands.execute(new ChangeUserRoleCommand(a.accountId, aMemberId, 'admin'));
    expect(promoted.role).toBe('admin');
    await commands.execute(new ChangeUserRoleCommand(a.accountId, aMemberId, 'member'));
  });

  it("scopes B's API key the same way as B's token", async () => {
    const key = await app.http().post('/api/v1/api-keys').set(b.auth).send({ name: 'B key' }).expect(201);
    await app.http().get(`/api/v1/users/${aMemberId}`).set('X-API-Key', key.body.key).expect(404);
  });

  it('refuses, below HTTP, a query without a tenant and a write into another account', async () => {
    const scope = app.app.get(AccountScope);
    await expect(scope.acrossAccounts((em) => em.find(User, {}))).rejects.toThrow(
      /No arguments provided for filter 'tenant'/,
    );

    await expect(
      scope.transaction(b.accountId, async (em) => {
        const stolen = await em.findOneOrFail(User, { id: aMemberId }, { filters: false });
        stolen.changeRole('admin');
      }),
    ).rejects.toThrow(/another account/);

    await expect(
      scope.transaction(b.accountId, async (em) => {
        em.persist(ApiKey.issue({ accountId: a.accountId, name: 'planted', createdByUserId: b.userId }).key);
      }),
    ).rejects.toThrow(/another account/);

    const aKeys = await scope.read(a.accountId, (em) => em.count(ApiKey, {}));
    expect(aKeys).toBe(1);
  });
});
