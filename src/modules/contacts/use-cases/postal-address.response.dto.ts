import { ApiProperty } from '@nestjs/swagger';

export class PostalAddressResponseDto {
  @ApiProperty({ type: [String], example: ['Flat 2', '14 Mill Lane'] })
  lines!: string[];

  @ApiProperty({ nullable: true, type: String, example: 'Leeds' })
  city!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'West Yorkshire' })
  region!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'LS1 4AB' })
  postalCode!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'United Kingdom' })
  country!: string | null;
}
