import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, IsTimeZone, Length } from 'class-validator';

/** The settings to change; those left out stay as they are. */
export class ChangeAccountSettingsRequestDto {
  @ApiPropertyOptional({ example: 'Hartley Plumbing Ltd', maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ example: 'Europe/London', description: 'IANA time zone' })
  @IsOptional()
  @IsTimeZone({ message: 'timezone must be an IANA time zone such as Europe/London' })
  timezone?: string;

  @ApiPropertyOptional({
    example: false,
    description: "Note each send in the invoice's QuickBooks PrivateNote (default true)",
  })
  @IsOptional()
  @IsBoolean()
  markSentInQuickBooks?: boolean;
}
