import type { Migration } from '../migrate.ts';
import { storeData } from './001-store-data.ts';
import { lifecycle } from './002-lifecycle.ts';
import { predictions } from './003-predictions.ts';
import { campaigns } from './004-campaigns.ts';
import { marketingSpend } from './005-marketing-spend.ts';
import { compactLifecycleCustomers } from './006-compact-lifecycle-customers.ts';
import { products } from './007-products.ts';
import { orderDetails } from './008-order-details.ts';
import { orderDetailsView } from './009-order-details-view.ts';
import { exportCustomerType } from './010-export-customer-type.ts';
import { knownFromEvidence } from './011-known-from-evidence.ts';
import { nextOrderRange } from './012-next-order-range.ts';
import { productCosts } from './013-product-costs.ts';
import { segmentsAndWatchedFiles } from './014-segments-and-watched-files.ts';
import { traffic } from './015-traffic.ts';

/** Every schema change, in order. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [storeData, lifecycle, predictions, campaigns, marketingSpend, compactLifecycleCustomers, products, orderDetails, orderDetailsView, exportCustomerType, knownFromEvidence, nextOrderRange, productCosts, segmentsAndWatchedFiles, traffic];
