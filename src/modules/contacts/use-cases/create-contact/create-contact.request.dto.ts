import { ContactDetailsRequestDto } from '../contact-details.request.dto';

export class CreateContactRequestDto extends ContactDetailsRequestDto {}
