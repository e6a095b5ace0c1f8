/** One customer of an audience, with the contact fields and metrics the export formats draw on. */
export interface AudienceMember {
  customerId: number;
  email: string | null;
  phone: string | null;
  firstName: string | null;
  lastName: string | null;
  city: string | null;
  province: string | null;
  country: string | null;
  zip: string | null;
  /** 1 agreed, 0 refused, null unknown (as imported). */
  acceptsEmailMarketing: number | null;
  acceptsSmsMarketing: number | null;
  /** The shop's own tags, comma separated, as imported. */
  tags: string | null;
  orders: number;
  netRevenueCents: number;
  firstOrderDay: string | null;
  lastOrderDay: string | null;
  /** The first product of the customer's latest counted order, for personalised messages. */
  lastProduct: string | null;
  stage: string | null;
  rfmSegment: string | null;
  recencyScore: number | null;
  frequencyScore: number | null;
  monetaryScore: number | null;
  /** Predicted customer lifetime value in cents, when the model has run. */
  predictedClvCents: number | null;
  pAlive: number | null;
}

/** A member as it goes into a file: identifiers cleaned and only those the customer agreed to (unless included on purpose). */
export interface ExportContact {
  member: AudienceMember;
  /** Trimmed e-mail address, or null when missing or not to be exported. */
  email: string | null;
  /** E.164 phone number, or null when missing, not normalisable or not to be exported. */
  phone: string | null;
  /** ISO 3166-1 alpha-2 country code, or null when unknown. */
  country: string | null;
}
