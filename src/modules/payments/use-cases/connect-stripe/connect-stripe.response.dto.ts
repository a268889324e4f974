import { ApiProperty } from '@nestjs/swagger';

export class ConnectStripeResponseDto {
  @ApiProperty({
    example:
      'https://connect.stripe.com/oauth/authorize?response_type=code&client_id=ca_…&scope=read_write&state=…&redirect_uri=https%3A%2F%2Fsettle.example%2Fapi%2Fv1%2Fintegrations%2Fstripe%2Fcallback',
    description: 'Send the user here; Stripe brings them back to the callback. Valid once, for 10 minutes.',
  })
  authorizeUrl!: string;
}
