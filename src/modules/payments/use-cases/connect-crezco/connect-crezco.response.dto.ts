import { ApiProperty } from '@nestjs/swagger';

export class ConnectCrezcoResponseDto {
  @ApiProperty({
    example:
      'https://app.crezco.com/onboarding?partner_id=settle&redirect_uri=https%3A%2F%2Fsettle.example%2Fapi%2Fv1%2Fintegrations%2Fcrezco%2Fcallback%3Fstate%3D…',
    description: 'Send the user here; Crezco brings them back to the callback. Valid once, for 30 minutes.',
  })
  onboardingUrl!: string;
}
