import { ApiProperty } from '@nestjs/swagger';
import type { Contact, ContactSource } from '../domain/contact';
import { PostalAddressResponseDto } from './postal-address.response.dto';

export class ContactResponseDto {
  @ApiProperty({ example: '0192f1dd-658b-7c3e-9a0e-5d2b1f4c8a20' })
  id!: string;

  @ApiProperty({ example: 'Hartley Plumbing Ltd', description: 'The business name, else first and last name' })
  name!: string;

  @ApiProperty({ nullable: true, type: String, example: 'Sam' })
  firstName!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Patel' })
  lastName!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Hartley Plumbing Ltd' })
  businessName!: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'sam@hartleyplumbing.co.uk' })
  email!: string | null;

  @ApiProperty({ nullable: true, type: String, example: '+447400123456', description: 'A mobile, in E.164' })
  mobile!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    example: '+442079460018',
    description: 'E.164 when valid; as QuickBooks held it when it could not be read',
  })
  otherPhone!: string | null;

  @ApiProperty({ nullable: true, type: PostalAddressResponseDto })
  billingAddress!: PostalAddressResponseDto | null;

  @ApiProperty({ enum: ['manual', 'quickbooks'], example: 'quickbooks' })
  source!: ContactSource;

  @ApiProperty({ nullable: true, type: String, example: '58' })
  quickBooksCustomerId!: string | null;

  @ApiProperty({ example: false })
  optedOut!: boolean;

  @ApiProperty({ example: true, description: 'Has a valid mobile and has not opted out' })
  canReceiveTexts!: boolean;

  @ApiProperty({ example: '2026-11-27T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: '2026-11-27T09:30:00.000Z' })
  updatedAt!: string;

  static of(contact: Contact): ContactResponseDto {
    return {
      id: contact.id,
      name: contact.displayName(),
      firstName: contact.firstName,
      lastName: contact.lastName,
      businessName: contact.businessName,
      email: contact.email,
      mobile: contact.mobile,
      otherPhone: contact.otherPhone,
      billingAddress: contact.billingAddress,
      source: contact.source,
      quickBooksCustomerId: contact.quickBooksCustomerId,
      optedOut: contact.optedOut,
      canReceiveTexts: contact.canReceiveTexts(),
      createdAt: contact.createdAt.toISOString(),
      updatedAt: contact.updatedAt.toISOString(),
    };
  }
}
