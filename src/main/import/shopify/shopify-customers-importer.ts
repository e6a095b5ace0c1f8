import { Columns } from '../columns.ts';
import { fitRowToHeader } from '../fit-row-to-header.ts';
import { fileError } from '../file-error.ts';
import type { ImportTarget, RowImporter } from '../row-importer.ts';
import type { ExportedCustomerValues } from '../store/order-types.ts';
import { identityKey, normalizeEmail, firstNonBlank } from '../values/identity.ts';
import { parseMoneyCents } from '../values/money.ts';
import { orNull, parseYesNo, stripApostrophe } from '../values/text-cleanup.ts';

export const SHOPIFY_CUSTOMERS_REQUIRED = ['First Name', 'Last Name', 'Email', 'Total Spent', 'Total Orders'];

/** Which of the four customers-export layouts a header is. */
export function shopifyCustomersLayout(columns: Columns): string {
  if (columns.has('Default Address City')) return '2024';
  if (columns.has('Customer ID')) return 'transitional';
  if (columns.has('Accepts Email Marketing')) return '2022';
  return '2021';
}

/**
 * Shopify's customers export, all four layouts: one row per customer. Total spent and total orders
 * are kept for comparison only; a customer with no orders counts as a prospect.
 */
export function createShopifyCustomersImporter(headers: readonly string[], target: ImportTarget): RowImporter {
  const columns = new Columns(headers);
  const { fileName, sink, warnings } = target;
  const width = columns.headers.length;
  const c = (...names: string[]) => columns.find(...names);
  const at = {
    id: c('Customer ID'), first: c('First Name'), last: c('Last Name'), email: c('Email'),
    acceptsEmail: c('Accepts Email Marketing', 'Accepts Marketing'), company: c('Default Address Company', 'Company'),
    city: c('Default Address City', 'City'), province: c('Default Address Province Code', 'Province Code', 'Province'),
    country: c('Default Address Country Code', 'Country Code', 'Country'), zip: c('Default Address Zip', 'Zip'),
    phone: c('Phone'), addressPhone: c('Default Address Phone'), acceptsSms: c('Accepts SMS Marketing'),
    totalSpent: c('Total Spent'), totalOrders: c('Total Orders'), tags: c('Tags'), note: c('Note'),
  };
  const get = (fields: string[], index: number): string => (index < 0 ? '' : fields[index]);

  return {
    columns: Object.values(at),
    row(fields, count, line) {
      if (!fitRowToHeader(fields, count, width, warnings, line)) return;
      const customerId = orNull(stripApostrophe(get(fields, at.id)));
      const email = orNull(get(fields, at.email));
      const phone = firstNonBlank(stripApostrophe(get(fields, at.phone)), stripApostrophe(get(fields, at.addressPhone)));
      const key = identityKey(email, [phone], { source: 'shopify', id: customerId });
      if (!key) {
        warnings.add('unidentifiedCustomer', 'Customers with no e-mail, phone or customer id were skipped', line);
        return;
      }
      const spentText = get(fields, at.totalSpent);
      const spent = spentText.trim() === '' ? null : parseMoneyCents(spentText);
      if (spentText.trim() !== '' && spent === null) throw fileError(fileName, line, columns.name(at.totalSpent), spentText, 'notAnAmount', 'is not an amount of money');
      const ordersText = get(fields, at.totalOrders).trim();
      const orders = ordersText === '' ? null : Number(ordersText);
      if (orders !== null && !Number.isInteger(orders)) throw fileError(fileName, line, columns.name(at.totalOrders), ordersText, 'notACount', 'is not a whole number');
      const customer: ExportedCustomerValues = {
        identityKey: key,
        email: normalizeEmail(email),
        phone,
        firstName: orNull(get(fields, at.first)),
        lastName: orNull(get(fields, at.last)),
        company: orNull(get(fields, at.company)),
        city: orNull(get(fields, at.city)),
        province: orNull(get(fields, at.province)),
        country: orNull(get(fields, at.country)),
        zip: orNull(stripApostrophe(get(fields, at.zip))),
        acceptsEmailMarketing: parseYesNo(get(fields, at.acceptsEmail)),
        acceptsSmsMarketing: parseYesNo(get(fields, at.acceptsSms)),
        tags: orNull(get(fields, at.tags)),
        note: orNull(get(fields, at.note)),
        externalCustomerId: customerId,
        exportTotalSpentCents: spent,
        exportTotalOrders: orders,
      };
      sink.exportedCustomer(customer);
    },
    finish() {},
  };
}
