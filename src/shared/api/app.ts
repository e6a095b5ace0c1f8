import { z } from 'zod';
import { request } from './define.ts';
import { currencyDisplay, language, theme } from './schemas.ts';
import type { AppInfo, Preferences } from '../domain/app.ts';

export const appRequests = {
  'app.info': request<AppInfo>()(z.object({}).strict()),
  'preferences.get': request<Preferences>()(z.object({}).strict()),
  'preferences.set': request<Preferences>()(
    z.object({ language: language.nullable().optional(), theme: theme.optional(), currencyDisplay: currencyDisplay.optional() }).strict(),
  ),
};
