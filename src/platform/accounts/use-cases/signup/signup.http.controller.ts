import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../auth/auth.decorators';
import { AuthThrottlerGuard } from '../../../auth/auth-throttler.guard';
import { ApiProblems } from '../../../http/api-problems.decorator';
import { TokenResponseDto } from '../token.response.dto';
import { SignupCommand } from './signup.command';
import { SignupRequestDto } from './signup.request.dto';

@ApiTags('auth')
@Controller('auth')
export class SignupHttpController {
  constructor(private readonly commands: CommandBus) {}

  @Post('signup')
  @Public()
  @UseGuards(AuthThrottlerGuard)
  @HttpCode(201)
  @ApiOperation({ summary: 'Create an account and its owner; answers with a token for the owner' })
  @ApiCreatedResponse({ type: TokenResponseDto })
  @ApiProblems(400, 429)
  signup(@Body() body: SignupRequestDto): Promise<TokenResponseDto> {
    return this.commands.execute(
      new SignupCommand(body.accountName, body.email, body.password, body.country, body.timezone, body.name),
    );
  }
}
