import { ContactDetailsRequestDto } from '../contact-details.request.dto';

export class UpdateContactRequestDto extends ContactDetailsRequestDto {}
