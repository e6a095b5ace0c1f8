import { defineCatalog } from './define.ts';

/** Messages for errors the core raises (`details.messageKey`). */
export const errors = defineCatalog({
  en: {
    databaseTooNew: 'This database was written by a newer version of Regulars (schema {{found}}; this version knows up to {{known}}). Update the app to open it; the file was left untouched.',
    noDatabase: 'No Regulars database at {{path}}. Import a file first, or check the path.',
    databaseUnreadable: 'Cannot read the Regulars database {{path}}: {{reason}}.',
    invalidInput: 'The request was not valid: {{detail}}',
    internal: 'Something went wrong inside Regulars. Try again; if it keeps happening, restart the app.',
  },
  zh: {
    databaseTooNew: '此数据库由更新版本的 Regulars 写入（架构 {{found}}；当前版本最高支持 {{known}}）。请更新应用后再打开；文件未被改动。',
    noDatabase: '{{path}} 处没有 Regulars 数据库。请先导入文件，或检查路径。',
    databaseUnreadable: '无法读取 Regulars 数据库 {{path}}：{{reason}}。',
    invalidInput: '请求无效：{{detail}}',
    internal: 'Regulars 内部出错。请重试；如果反复出现，请重启应用。',
  },
  vi: {
    databaseTooNew: 'Cơ sở dữ liệu này được ghi bởi phiên bản Regulars mới hơn (lược đồ {{found}}; phiên bản này chỉ hỗ trợ đến {{known}}). Hãy cập nhật ứng dụng để mở; tệp vẫn được giữ nguyên.',
    noDatabase: 'Không có cơ sở dữ liệu Regulars tại {{path}}. Hãy nhập một tệp trước, hoặc kiểm tra đường dẫn.',
    databaseUnreadable: 'Không đọc được cơ sở dữ liệu Regulars {{path}}: {{reason}}.',
    invalidInput: 'Yêu cầu không hợp lệ: {{detail}}',
    internal: 'Đã xảy ra lỗi bên trong Regulars. Hãy thử lại; nếu vẫn lặp lại, hãy khởi động lại ứng dụng.',
  },
  ru: {
    databaseTooNew: 'Эта база данных записана более новой версией Regulars (схема {{found}}; эта версия знает до {{known}}). Обновите приложение, чтобы открыть её; файл не изменён.',
    noDatabase: 'По пути {{path}} нет базы данных Regulars. Сначала импортируйте файл или проверьте путь.',
    databaseUnreadable: 'Не удаётся прочитать базу данных Regulars {{path}}: {{reason}}.',
    invalidInput: 'Неверный запрос: {{detail}}',
    internal: 'Внутренняя ошибка Regulars. Попробуйте ещё раз; если ошибка повторяется, перезапустите приложение.',
  },
});
