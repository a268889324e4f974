import { ApiProperty } from '@nestjs/swagger';

export class ConnectQuickBooksResponseDto {
  @ApiProperty({
    example:
      'https://appcenter.intuit.com/connect/oauth2?response_type=code&redirect_uri=https%3A%2F%2Fsettle.example%2Fapi%2Fv1%2Fintegrations%2Fquickbooks%2Fcallback&client_id=AB…&scope=com.intuit.quickbooks.accounting%20openid%20profile%20email&state=…',
    description: 'Send the user here; Intuit brings them back to the callback. Valid once, for 10 minutes.',
  })
  authorizeUrl!: string;
}
