import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { TokenIssuer } from './token-issuer';
import { AddUserHttpController } from './use-cases/add-user/add-user.http.controller';
import { AddUserHandler } from './use-cases/add-user/add-user.handler';
import { ChangeAccountSettingsHttpController } from './use-cases/change-account-settings/change-account-settings.http.controller';
import { ChangeAccountSettingsHandler } from './use-cases/change-account-settings/change-account-settings.handler';
import { ChangeUserRoleHttpController } from './use-cases/change-user-role/change-user-role.http.controller';
import { ChangeUserRoleHandler } from './use-cases/change-user-role/change-user-role.handler';
import { CreateApiKeyHttpController } from './use-cases/create-api-key/create-api-key.http.controller';
import { CreateApiKeyHandler } from './use-cases/create-api-key/create-api-key.handler';
import { GetAccountSettingsHandler } from './use-cases/get-account-settings/get-account-settings.handler';
import { GetAccountSettingsHttpController } from './use-cases/get-account-settings/get-account-settings.http.controller';
import { GetMeHttpController } from './use-cases/get-me/get-me.http.controller';
import { GetMeHandler } from './use-cases/get-me/get-me.handler';
import { GetUserHttpController } from './use-cases/get-user/get-user.http.controller';
import { GetUserHandler } from './use-cases/get-user/get-user.handler';
import { ListApiKeysHttpController } from './use-cases/list-api-keys/list-api-keys.http.controller';
import { ListApiKeysHandler } from './use-cases/list-api-keys/list-api-keys.handler';
import { ListUsersHttpController } from './use-cases/list-users/list-users.http.controller';
import { ListUsersHandler } from './use-cases/list-users/list-users.handler';
import { LoginHttpController } from './use-cases/login/login.http.controller';
import { LoginHandler } from './use-cases/login/login.handler';
import { RemoveUserHttpController } from './use-cases/remove-user/remove-user.http.controller';
import { RemoveUserHandler } from './use-cases/remove-user/remove-user.handler';
import { RevokeApiKeyHttpController } from './use-cases/revoke-api-key/revoke-api-key.http.controller';
import { RevokeApiKeyHandler } from './use-cases/revoke-api-key/revoke-api-key.handler';
import { SignupHttpController } from './use-cases/signup/signup.http.controller';
import { SignupHandler } from './use-cases/signup/signup.handler';

const handlers = [
  SignupHandler,
  LoginHandler,
  GetMeHandler,
  AddUserHandler,
  ListUsersHandler,
  GetUserHandler,
  ChangeUserRoleHandler,
  RemoveUserHandler,
  CreateApiKeyHandler,
  ListApiKeysHandler,
  RevokeApiKeyHandler,
  GetAccountSettingsHandler,
  ChangeAccountSettingsHandler,
];

/** Tenants, their users and API keys: the platform's accounts, not a bounded context. */
@Module({
  imports: [AuthModule],
  controllers: [
    SignupHttpController,
    LoginHttpController,
    GetMeHttpController,
    AddUserHttpController,
    ListUsersHttpController,
    GetUserHttpController,
    ChangeUserRoleHttpController,
    RemoveUserHttpController,
    CreateApiKeyHttpController,
    ListApiKeysHttpController,
    RevokeApiKeyHttpController,
    GetAccountSettingsHttpController,
    ChangeAccountSettingsHttpController,
  ],
  providers: [TokenIssuer, ...handlers],
})
export class AccountsModule {}
