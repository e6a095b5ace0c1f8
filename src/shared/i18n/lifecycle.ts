import { defineCatalog } from './define.ts';

/**
 * Lifecycle texts: the RFM segments' names and the lifecycle engine's errors. The stage names, their
 * help, what moved a customer and the thresholds' names are the app's (`app.ts`: `stages`,
 * `stageHelp`, `causes`, `settings.threshold`), one name each (docs/glossary.md).
 */
export const lifecycle = defineCatalog({
  en: {
    segment: {
      champions: 'Champions',
      loyal_customers: 'Loyal customers',
      potential_loyalist: 'Potential loyalists',
      new_customers: 'New customers',
      promising: 'Promising',
      need_attention: 'Need attention',
      about_to_sleep: 'About to sleep',
      at_risk: 'At risk',
      cant_lose: "Can't lose them",
      hibernating: 'Hibernating',
    },
    errors: {
      afterAsOf: 'Transitions can be shown up to {{asOf}}, the day the figures are computed as of; {{day}} is later.',
      noCustomer: 'There is no customer with id {{id}} in the lifecycle figures.',
    },
  },
  zh: {
    segment: {
      champions: '冠军客户',
      loyal_customers: '忠实客户',
      potential_loyalist: '潜在忠实客户',
      new_customers: '新客户',
      promising: '有潜力',
      need_attention: '需要关注',
      about_to_sleep: '即将沉睡',
      at_risk: '有流失风险',
      cant_lose: '不能失去',
      hibernating: '休眠',
    },
    errors: {
      afterAsOf: '阶段流转最多只能显示到数据截止日 {{asOf}}；{{day}} 晚于该日期。',
      noCustomer: '生命周期数据中没有 ID 为 {{id}} 的顾客。',
    },
  },
  vi: {
    segment: {
      champions: 'Nhà vô địch',
      loyal_customers: 'Khách trung thành',
      potential_loyalist: 'Có thể trung thành',
      new_customers: 'Khách mới',
      promising: 'Triển vọng',
      need_attention: 'Cần chú ý',
      about_to_sleep: 'Sắp ngủ quên',
      at_risk: 'Có nguy cơ',
      cant_lose: 'Không thể mất',
      hibernating: 'Ngủ đông',
    },
    errors: {
      afterAsOf: 'Chỉ hiển thị được chuyển đổi đến {{asOf}}, ngày tính số liệu; {{day}} muộn hơn.',
      noCustomer: 'Không có khách hàng với mã {{id}} trong số liệu vòng đời.',
    },
  },
  ru: {
    segment: {
      champions: 'Чемпионы',
      loyal_customers: 'Лояльные покупатели',
      potential_loyalist: 'Будущие лояльные',
      new_customers: 'Новые покупатели',
      promising: 'Перспективные',
      need_attention: 'Требуют внимания',
      about_to_sleep: 'Засыпающие',
      at_risk: 'Под угрозой',
      cant_lose: 'Нельзя потерять',
      hibernating: 'Спящие',
    },
    errors: {
      afterAsOf: 'Переходы можно показать только до {{asOf}}, дня, на который рассчитаны данные; {{day}} позже.',
      noCustomer: 'В данных жизненного цикла нет покупателя с id {{id}}.',
    },
  },
});
