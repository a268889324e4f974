import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { CONTACT_LIMITS } from '../domain/contact-limits';

export class PostalAddressRequestDto {
  @ApiProperty({ type: [String], example: ['Flat 2', '14 Mill Lane'], maxItems: 5 })
  @IsArray()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @MaxLength(CONTACT_LIMITS.addressLine, { each: true })
  lines!: string[];

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Leeds' })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_LIMITS.city)
  city: string | null = null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'West Yorkshire' })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_LIMITS.region)
  region: string | null = null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'LS1 4AB' })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_LIMITS.postalCode)
  postalCode: string | null = null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'United Kingdom' })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_LIMITS.country)
  country: string | null = null;
}
