import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/vi';
import 'dayjs/locale/ru';
import type { Language } from '../../../shared/api/schemas.ts';

dayjs.extend(localizedFormat);

/** dayjs locale names for the date pickers (the imports above register them). */
export const dayjsLocales: Record<Language, string> = { en: 'en', zh: 'zh-cn', vi: 'vi', ru: 'ru' };
