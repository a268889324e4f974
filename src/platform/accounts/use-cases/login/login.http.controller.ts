import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../auth/auth.decorators';
import { AuthThrottlerGuard } from '../../../auth/auth-throttler.guard';
import { ApiProblems } from '../../../http/api-problems.decorator';
import { LoginCommand } from './login.command';
import { LoginRequestDto } from './login.request.dto';
import { LoginResponseDto } from './login.response.dto';

@ApiTags('auth')
@Controller('auth')
export class LoginHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('login')
  @Public()
  @UseGuards(AuthThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange an email and password for a token',
    description:
      'An email is a sign-in per account: a person who is a user of several accounts gets a token for ' +
      '`accountId` when given, else for the oldest account the password opens, and the list of them all.',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiProblems(400, 401, 429)
  login(@Body() body: LoginRequestDto): Promise<LoginResponseDto> {
    return this.commands.execute(new LoginCommand(body.email, body.password, body.accountId));
  }
}
