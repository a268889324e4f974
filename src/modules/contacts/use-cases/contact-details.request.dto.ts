import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CONTACT_LIMITS } from '../domain/contact-limits';
import { PostalAddressRequestDto } from './postal-address.request.dto';

/**
 * What a person may set on a contact. Every field is optional: on create, a contact needs a first
 * name, a last name or a business name; on update, an absent field is left alone and null clears it.
 */
export class ContactDetailsRequestDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'Sam', maxLength: CONTACT_LIMITS.firstName })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_LIMITS.firstName)
  firstName?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Patel', maxLength: CONTACT_LIMITS.lastName })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_LIMITS.lastName)
  lastName?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'Hartley Plumbing Ltd',
    maxLength: CONTACT_LIMITS.businessName,
  })
  @IsOptional()
  @IsString()
  @MaxLength(CONTACT_LIMITS.businessName)
  businessName?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'Sam@HartleyPlumbing.co.uk',
    description: 'Stored lower-cased',
  })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '07400 123456',
    description: "A mobile number; without a country code it is read in the account's country",
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  mobile?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '020 7946 0018', description: 'Any valid number' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  otherPhone?: string | null;

  @ApiPropertyOptional({ nullable: true, type: PostalAddressRequestDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PostalAddressRequestDto)
  billingAddress?: PostalAddressRequestDto | null;

  @ApiPropertyOptional({ example: false, description: 'The contact asked not to be texted' })
  @IsOptional()
  @IsBoolean()
  optedOut?: boolean;
}
