import 'i18next';
import type { app } from '../../../shared/i18n/app.ts';
import type { errors } from '../../../shared/i18n/errors.ts';
import type { economics } from '../../../shared/i18n/economics.ts';
import type { lifecycle } from '../../../shared/i18n/lifecycle.ts';
import type { imports } from '../../../shared/i18n/imports.ts';
import type { presets } from '../../../shared/i18n/presets.ts';
import type { segments } from '../../../shared/i18n/segments.ts';
import type { funnel } from '../../../shared/i18n/funnel.ts';

/** Types `t('…')` keys against the catalogs, so a misspelled key fails typecheck. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: { app: typeof app.en; errors: typeof errors.en; economics: typeof economics.en; lifecycle: typeof lifecycle.en; imports: typeof imports.en; presets: typeof presets.en; segments: typeof segments.en; funnel: typeof funnel.en };
  }
}
