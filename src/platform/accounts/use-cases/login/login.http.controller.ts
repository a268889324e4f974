import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../auth/auth.decorators';
import { AuthThrottlerGuard } from '../../../auth/auth-throttler.guard';
import { ApiProblems } from '../../../http/api-problems.decorator';
import { TokenResponseDto } from '../token.response.dto';
import { LoginCommand } from './login.command';
import { LoginRequestDto } from './login.request.dto';

@ApiTags('auth')
@Controller('auth')
export class LoginHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('login')
  @Public()
  @UseGuards(AuthThrottlerGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange an email and password for a token' })
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiProblems(400, 401, 429)
  login(@Body() body: LoginRequestDto): Promise<TokenResponseDto> {
    return this.commands.execute(new LoginCommand(body.email, body.password));
  }
}
