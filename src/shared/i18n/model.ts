import { defineCatalog } from './define.ts';

/**
 * Predictive model texts. `{{date}}` receives a date and `{{percent}}` a percentage, both already
 * formatted by the UI with Intl for the current language.
 */
export const model = defineCatalog({
  en: {
    errors: {
      calibrationTooLate: 'The calibration end {{calibrationEnd}} must be before the last order day ({{latest}}), so there is a later period to compare the predictions with.',
    },
    sentence: {
      likelyAround: 'Likely to order again around {{date}}; {{percent}} chance they are still a customer.',
      notWithinYear: 'Not expected to order again within a year; {{percent}} chance they are still a customer.',
      noPrediction: 'Not enough purchase history yet to predict the next order.',
    },
    verdict: {
      reliable: 'The predictions fit your shop well.',
      rough: 'The predictions are rough: use them as a guide.',
      unreliable: 'The predictions are unreliable: treat them as a hint only.',
      unavailable: 'No predictions yet.',
    },
    reasons: {
      noCustomers: 'There are no customers with a purchase yet.',
      noRepeatBuyers: 'No customer has bought twice yet, so the model cannot tell how often people come back.',
      fewRepeatBuyers_one: 'Only {{count, number}} repeat customer: predictions are rough.',
      fewRepeatBuyers_other: 'Only {{count, number}} repeat customers: predictions are rough.',
      someRepeatBuyers_one: '{{count, number}} repeat customer: enough for a first estimate, not for fine detail.',
      someRepeatBuyers_other: '{{count, number}} repeat customers: enough for a first estimate, not for fine detail.',
      noTimeObserved: 'All purchases fall on the last day, so there is no time yet to learn from.',
      notConverged: 'The fit did not settle on one answer.',
      flatLikelihood: 'Your data fit many different parameter values equally well.',
      wideErrors: 'Some parameters are very uncertain ({{parameters}}).',
      spendNoRepeatBuyers: 'No repeat order values yet: order values use the shop average.',
      spendFewRepeatBuyers_one: 'Only {{count, number}} repeat customer with order values: value predictions are rough.',
      spendFewRepeatBuyers_other: 'Only {{count, number}} repeat customers with order values: value predictions are rough.',
      spendCorrelated: 'Order value and purchase frequency are related (correlation {{correlation}}), which the spend model assumes they are not.',
      spendMeanUndefined: 'Order values vary too much to estimate an average for new customers; the shop average is used instead.',
      fitFailed: 'The model could not be fitted to this shop\'s purchases ({{detail}}), so there are no predictions; every other figure is computed as usual.',
    },
  },
  zh: {
    errors: {
      calibrationTooLate: '校准截止日 {{calibrationEnd}} 必须早于最后一个订单日（{{latest}}），这样才有之后的时间段来对比预测。',
    },
    sentence: {
      likelyAround: '预计在 {{date}} 前后再次下单；仍是你的顾客的概率为 {{percent}}。',
      notWithinYear: '预计一年内不会再次下单；仍是你的顾客的概率为 {{percent}}。',
      noPrediction: '购买记录还不够，暂时无法预测下一次下单。',
    },
    verdict: {
      reliable: '预测与您店铺的数据吻合良好。',
      rough: '预测较为粗略：仅供参考。',
      unreliable: '预测不可靠：只能作为提示。',
      unavailable: '暂无预测。',
    },
    reasons: {
      noCustomers: '还没有任何有购买记录的顾客。',
      noRepeatBuyers: '还没有顾客购买过两次，模型无法判断顾客回购的频率。',
      fewRepeatBuyers_other: '只有 {{count, number}} 位回头客：预测较为粗略。',
      someRepeatBuyers_other: '{{count, number}} 位回头客：足以做初步估计，但不够精细。',
      noTimeObserved: '所有购买都发生在最后一天，还没有可供学习的时间跨度。',
      notConverged: '拟合没有收敛到唯一结果。',
      flatLikelihood: '您的数据与许多不同的参数值同样吻合。',
      wideErrors: '部分参数非常不确定（{{parameters}}）。',
      spendNoRepeatBuyers: '还没有回购订单金额：订单金额使用店铺平均值。',
      spendFewRepeatBuyers_other: '只有 {{count, number}} 位回头客有订单金额：金额预测较为粗略。',
      spendCorrelated: '订单金额与购买频率相关（相关系数 {{correlation}}），而消费模型假设两者无关。',
      spendMeanUndefined: '订单金额波动过大，无法估计新顾客的平均金额；改用店铺平均值。',
      fitFailed: '无法用本店的购买记录拟合模型（{{detail}}），因此没有预测；其他所有数字照常计算。',
    },
  },
  vi: {
    errors: {
      calibrationTooLate: 'Ngày kết thúc hiệu chỉnh {{calibrationEnd}} phải trước ngày đặt hàng cuối cùng ({{latest}}), để có một khoảng thời gian sau đó so sánh với dự đoán.',
    },
    sentence: {
      likelyAround: 'Có khả năng đặt hàng lại vào khoảng {{date}}; {{percent}} khả năng vẫn còn là khách.',
      notWithinYear: 'Không dự kiến đặt hàng lại trong vòng một năm; {{percent}} khả năng vẫn còn là khách.',
      noPrediction: 'Chưa đủ lịch sử mua hàng để dự đoán đơn hàng tiếp theo.',
    },
    verdict: {
      reliable: 'Dự đoán khớp tốt với dữ liệu cửa hàng của bạn.',
      rough: 'Dự đoán còn sơ bộ: hãy dùng để tham khảo.',
      unreliable: 'Dự đoán không đáng tin cậy: chỉ nên xem như gợi ý.',
      unavailable: 'Chưa có dự đoán.',
    },
    reasons: {
      noCustomers: 'Chưa có khách hàng nào đã mua hàng.',
      noRepeatBuyers: 'Chưa có khách hàng nào mua lần thứ hai, nên mô hình chưa biết khách quay lại thường xuyên thế nào.',
      fewRepeatBuyers_other: 'Chỉ có {{count, number}} khách mua lại: dự đoán còn sơ bộ.',
      someRepeatBuyers_other: '{{count, number}} khách mua lại: đủ cho ước tính ban đầu, chưa đủ cho chi tiết.',
      noTimeObserved: 'Mọi giao dịch đều rơi vào ngày cuối cùng, nên chưa có khoảng thời gian nào để học.',
      notConverged: 'Việc ước lượng chưa hội tụ về một kết quả.',
      flatLikelihood: 'Dữ liệu của bạn phù hợp như nhau với nhiều giá trị tham số khác nhau.',
      wideErrors: 'Một số tham số rất không chắc chắn ({{parameters}}).',
      spendNoRepeatBuyers: 'Chưa có giá trị đơn mua lại: giá trị đơn dùng mức trung bình của cửa hàng.',
      spendFewRepeatBuyers_other: 'Chỉ có {{count, number}} khách mua lại có giá trị đơn: dự đoán giá trị còn sơ bộ.',
      spendCorrelated: 'Giá trị đơn và tần suất mua có liên quan với nhau (hệ số tương quan {{correlation}}), trong khi mô hình chi tiêu giả định là không.',
      spendMeanUndefined: 'Giá trị đơn biến động quá lớn để ước tính mức trung bình cho khách mới; dùng mức trung bình của cửa hàng.',
      fitFailed: 'Không thể khớp mô hình với các lần mua của cửa hàng này ({{detail}}), nên không có dự đoán; mọi số liệu khác vẫn được tính như thường.',
    },
  },
  ru: {
    errors: {
      calibrationTooLate: 'Конец периода калибровки {{calibrationEnd}} должен быть раньше последнего дня заказов ({{latest}}), чтобы было с чем сравнить прогнозы.',
    },
    sentence: {
      likelyAround: 'Вероятно, снова закажет около {{date}}; вероятность, что покупатель ещё с вами: {{percent}}.',
      notWithinYear: 'Новый заказ в течение года не ожидается; вероятность, что покупатель ещё с вами: {{percent}}.',
      noPrediction: 'Пока недостаточно истории покупок, чтобы предсказать следующий заказ.',
    },
    verdict: {
      reliable: 'Прогнозы хорошо соответствуют данным вашего магазина.',
      rough: 'Прогнозы приблизительные: используйте их как ориентир.',
      unreliable: 'Прогнозы ненадёжны: считайте их лишь подсказкой.',
      unavailable: 'Прогнозов пока нет.',
    },
    reasons: {
      noCustomers: 'Пока нет ни одного покупателя.',
      noRepeatBuyers: 'Ещё никто не купил повторно, поэтому модель не может оценить, как часто покупатели возвращаются.',
      fewRepeatBuyers_one: 'Повторных покупателей всего {{count, number}}: прогнозы приблизительные.',
      fewRepeatBuyers_few: 'Повторных покупателей всего {{count, number}}: прогнозы приблизительные.',
      fewRepeatBuyers_many: 'Повторных покупателей всего {{count, number}}: прогнозы приблизительные.',
      fewRepeatBuyers_other: 'Повторных покупателей всего {{count, number}}: прогнозы приблизительные.',
      someRepeatBuyers_one: 'Повторных покупателей: {{count, number}} — достаточно для первой оценки, но не для деталей.',
      someRepeatBuyers_few: 'Повторных покупателей: {{count, number}} — достаточно для первой оценки, но не для деталей.',
      someRepeatBuyers_many: 'Повторных покупателей: {{count, number}} — достаточно для первой оценки, но не для деталей.',
      someRepeatBuyers_other: 'Повторных покупателей: {{count, number}} — достаточно для первой оценки, но не для деталей.',
      noTimeObserved: 'Все покупки приходятся на последний день, поэтому учиться пока не на чем.',
      notConverged: 'Подбор параметров не сошёлся к одному ответу.',
      flatLikelihood: 'Ваши данные одинаково хорошо описываются многими разными значениями параметров.',
      wideErrors: 'Некоторые параметры очень неопределённы ({{parameters}}).',
      spendNoRepeatBuyers: 'Сумм повторных заказов пока нет: используется средний чек магазина.',
      spendFewRepeatBuyers_one: 'Повторных покупателей с суммами заказов: всего {{count, number}}; прогноз суммы приблизительный.',
      spendFewRepeatBuyers_few: 'Повторных покупателей с суммами заказов: всего {{count, number}}; прогноз суммы приблизительный.',
      spendFewRepeatBuyers_many: 'Повторных покупателей с суммами заказов: всего {{count, number}}; прогноз суммы приблизительный.',
      spendFewRepeatBuyers_other: 'Повторных покупателей с суммами заказов: всего {{count, number}}; прогноз суммы приблизительный.',
      spendCorrelated: 'Сумма заказа и частота покупок связаны (корреляция {{correlation}}), а модель расходов предполагает, что нет.',
      spendMeanUndefined: 'Суммы заказов слишком разбросаны, чтобы оценить средний чек нового покупателя; используется средний чек магазина.',
      fitFailed: 'Модель не удалось подогнать к покупкам этого магазина ({{detail}}), поэтому прогнозов нет; все остальные показатели рассчитаны как обычно.',
    },
  },
});
