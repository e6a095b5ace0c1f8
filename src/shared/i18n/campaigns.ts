import { defineCatalog } from './define.ts';

/** Campaigns: suggestions per lifecycle stage, audience exports, holdout groups and lift verdicts. */
export const campaigns = defineCatalog({
  en: {
    formats: {
      klaviyo: 'Klaviyo',
      mailchimp: 'Mailchimp',
      shopify: 'Shopify customer import',
      meta: 'Meta custom audience',
      google: 'Google Ads Customer Match',
      csv: 'CSV with all metrics',
    },
    channels: {
      email: 'E-mail',
      sms: 'SMS',
      ads: 'Ad audience',
    },
    leftOut: {
      missing_email: 'No e-mail address',
      missing_phone: 'No phone number that can be written with a country code',
      missing_contact: 'Neither an e-mail address nor a phone number',
      not_subscribed: 'Did not agree to marketing',
      consent_unknown: 'Never asked for marketing consent (or the import did not say)',
      control_group: 'In the shop-wide control group (never exported)',
    },
    valueBasis: {
      measured_lift: 'Expected extra margin: {{audience}} people × {{rate}} extra buyers, as your holdout test of {{date}} measured ({{holdout}} held out), × {{margin}} margin per order',
      default_response: 'Expected extra margin: {{audience}} people × {{rate}} extra buyers (Regulars’ modest default for this campaign until a holdout test measures yours) × {{margin}} margin per order',
    },
    verdict: {
      no_holdout: 'No holdout group, so the effect cannot be measured',
      too_early: 'Too early: the {{days}}-day window ends on {{endDay}}',
      no_measurable_effect: 'No measurable effect',
      likely_real_gain: '{{points}} points, likely real',
      likely_real_loss: '{{points}} points, likely real: fewer purchases than the holdout',
    },
    warnings: {
      tooLarge: 'The file is larger than the {{megabytes}} MB this tool accepts in one upload: split it, or export a smaller audience.',
    },
    suggestions: {
      prospect_welcome: {
        title: 'Welcome series with a first-order incentive',
        offer: 'A first-order incentive, such as 10% off or free shipping, valid for 7 days',
        timing: 'Send at once, then after 1 day and after 3 days.',
        step1: 'Welcome: who you are, what makes your products special, and the first-order incentive.',
        step2: 'Day 1: your best sellers and what other customers say about them.',
        step3: 'Day 3: a friendly reminder that the incentive runs out soon.',
        reason_one:
          '{{count, number}} person signed up or was recorded as a customer but has never bought. Interest is highest right after signing up, so a short welcome series with a reason to place a first order usually converts better than waiting for them to come back on their own.',
        reason_other:
          '{{count, number}} people signed up or were recorded as customers but have never bought. Interest is highest right after signing up, so a short welcome series with a reason to place a first order usually converts better than waiting for them to come back on their own.',
      },
      new_second_purchase: {
        title: 'Second-purchase nudge',
        offer: 'A small thank-you on the second order (free shipping or a gift), featuring what first-time buyers buy next: {{products}}',
        offerNoProducts: 'A small thank-you on the second order (free shipping or a gift), featuring your best sellers',
        timing:
          'Day {{median}} after the first order (half of your customers who come back within a year do so by then), and again on day {{windowEnd}}, shortly before the {{window}}-day second-purchase window closes.',
        timingTypical:
          'Day {{median}} after the first order and again on day {{windowEnd}}, shortly before the end of a {{window}}-day second-purchase window, typical of shops: too few of your customers have bought twice yet to time it on your own shop.',
        step1: 'Day {{median}}: thank them, show how to get the most out of what they bought, and suggest what your customers most often buy next.',
        step1NoProducts: 'Day {{median}}: thank them, show how to get the most out of what they bought, and suggest your best sellers.',
        step2: 'Day {{windowEnd}}: a last nudge with the thank-you offer before the window closes.',
        reason_one:
          '{{count, number}} customer has bought once. The second order is the hardest step: of your customers who come back within a year, 3 in 4 do so within {{window}} days, so the nudge comes while a second order is still likely.',
        reason_other:
          '{{count, number}} customers have bought once. The second order is the hardest step: of your customers who come back within a year, 3 in 4 do so within {{window}} days, so the nudge comes while a second order is still likely.',
        reasonTypical_one:
          '{{count, number}} customer has bought once. The second order is the hardest step. Too few of your customers have bought twice yet to learn when they come back, so the timing follows a second-purchase window of {{window}} days, typical of shops.',
        reasonTypical_other:
          '{{count, number}} customers have bought once. The second order is the hardest step. Too few of your customers have bought twice yet to learn when they come back, so the timing follows a second-purchase window of {{window}} days, typical of shops.',
      },
      repeat_replenish: {
        title: 'Cross-sell and replenishment reminder',
        offer: 'A reminder to restock what they bought, plus a product that goes with it',
        timing: 'About 75% of the way through each product\'s repurchase interval: for example day {{reminderDay}} for {{product}}, which customers buy again every {{interval}} days.',
        timingGeneric: 'About 75% of the way through the usual {{interval}} days between orders in your shop: day {{reminderDay}} after the last purchase.',
        timingTypical:
          'About 75% of the way through a {{interval}}-day gap between orders, typical of shops (too few of your customers have bought twice to learn yours): day {{reminderDay}} after the last purchase.',
        step1: 'Just before they run out: a reminder for the product they buy regularly, with one click to reorder.',
        step2: 'In the same message: one product that customers who bought it also liked.',
        reason_one:
          '{{count, number}} customer has bought more than once and is still within their usual rhythm. Reminding them shortly before they would reorder anyway keeps the order with you instead of a competitor, and a matching product raises the order value without a discount.',
        reason_other:
          '{{count, number}} customers have bought more than once and are still within their usual rhythm. Reminding them shortly before they would reorder anyway keeps the order with you instead of a competitor, and a matching product raises the order value without a discount.',
      },
      loyal_recognition: {
        title: 'Recognition and early access',
        offer: 'Early access to new products and sales; no discount needed',
        timing: 'Soon, then a day or two before every launch or sale.',
        step1: 'A personal thank-you that names how long they have been a customer.',
        step2: 'Early access to the next launch or sale, before everyone else.',
        step3: 'A referral ask: a gift for them and for a friend they bring.',
        reason_one:
          '{{count, number}} customer has bought at least {{loyal}} times and is still active. Loyal customers rarely need discounts; being recognised matters more to them. Early access and a referral ask turn them into advocates who bring in new customers like themselves.',
        reason_other:
          '{{count, number}} customers have bought at least {{loyal}} times and are still active. Loyal customers rarely need discounts; being recognised matters more to them. Early access and a referral ask turn them into advocates who bring in new customers like themselves.',
      },
      vip_advocates: {
        title: 'VIP recognition and referral programme',
        offer: 'A personal gift or VIP perk, early access, and a referral reward',
        timing: 'Soon; a personal note works best outside the busy sale periods.',
        step1: 'A personal note from the owner with a small gift or VIP perk.',
        step2: 'First access to new products, and a say in what comes next.',
        step3: 'A referral invitation with a reward for them and the friend.',
        reason_one:
          '{{count, number}} of your repeat and loyal customers is among the top 5% by spend. Keeping them matters more than almost anything else, and they are the people most likely to recommend the shop. Treat them personally rather than with a general newsletter.',
        reason_other:
          '{{count, number}} of your repeat and loyal customers are among the top 5% by spend. Keeping them matters more than almost anything else, and they are the people most likely to recommend the shop. Treat them personally rather than with a general newsletter.',
      },
      at_risk_reengage: {
        title: 'Re-engage before they lapse',
        offer: 'A personal reminder of the product they last bought, with a reason to come back now',
        timing:
          'Now: one-time buyers in this group are past the {{window}}-day second-purchase window, repeat customers past {{atRisk}} days without an order; both count as lapsed after {{lapsedAfter}} days.',
        step1: 'Mention the product they last bought and ask how it worked out.',
        step2: 'Show what is new since their last visit and what goes with their last purchase.',
        step3: 'If no reply after a week: a modest incentive to come back.',
        reason_one:
          '{{count, number}} customer has gone longer than usual without an order. It is much cheaper to bring them back now, while they still remember the shop, than after they have lapsed. A message about their own last purchase feels like service, not advertising.',
        reason_other:
          '{{count, number}} customers have gone longer than usual without an order. It is much cheaper to bring them back now, while they still remember the shop, than after they have lapsed. A message about their own last purchase feels like service, not advertising.',
      },
      at_risk_cant_lose: {
        title: 'Personal outreach to high-value customers at risk',
        offer: 'A personal message from the owner, and a generous comeback offer if needed',
        timing: 'This week: they have gone more than {{atRisk}} days without an order.',
        step1: 'A personal e-mail from the owner asking whether anything went wrong.',
        step2: 'A generous comeback offer for those who do not reply within a week.',
        reason_one:
          '{{count, number}} customer who bought more often than most of your customers has gone quiet. A personal message is worth the effort here: find out why they stopped before they are gone.',
        reason_other:
          '{{count, number}} customers who bought more often than most of your customers have gone quiet. A personal message is worth the effort here: find out why they stopped before they are gone.',
      },
      lapsed_winback: {
        title: 'Win-back, then sunset',
        offer: 'New arrivals first; a discount in the second step',
        timing: 'New arrivals now, the discount {{secondStep}} days later; stop mailing those who have not responded after {{sunset}} days.',
        step1: 'Now: what is new in the shop since they last bought.',
        step2: 'Day {{secondStep}}: a time-limited discount for those who did not respond.',
        step3: 'Day {{sunset}}: stop mailing those who still have not responded (sunset), which protects your sender reputation.',
        reason_one:
          '{{count, number}} customer has not bought for longer than {{lapsedAfter}} days. Some lapsed customers can still be won back, usually with news first and a discount only when that is not enough. Those who do not respond should stop receiving e-mails, because mailing people who never open hurts delivery to everyone else.',
        reason_other:
          '{{count, number}} customers have not bought for longer than {{lapsedAfter}} days. Some of them can still be won back, usually with news first and a discount only when that is not enough. Those who do not respond should stop receiving e-mails, because mailing people who never open hurts delivery to everyone else.',
      },
      reactivated_onboarding: {
        title: 'Welcome back: onboarding and second-purchase nudge',
        offer: 'A welcome-back message and a small thank-you on the next order',
        timing: 'Like a new customer: day {{median}} after the comeback order, and again on day {{windowEnd}}.',
        step1: 'A welcome back: what has changed since their last visit.',
        step2: 'Day {{median}}: a nudge towards the next order, with what customers buy next.',
        step3: 'Day {{windowEnd}}: a last nudge before the usual window closes.',
        reason_one:
          '{{count, number}} customer came back after lapsing (more than {{lapsedAfter}} days without an order). A returning customer behaves much like a new one: the next order decides whether they stay, so treat them like a new customer again.',
        reason_other:
          '{{count, number}} customers came back after lapsing (more than {{lapsedAfter}} days without an order). A returning customer behaves much like a new one: the next order decides whether they stay, so treat them like new customers again.',
      },
    },
  },
  zh: {
    formats: {
      klaviyo: 'Klaviyo',
      mailchimp: 'Mailchimp',
      shopify: 'Shopify 客户导入',
      meta: 'Meta 自定义受众',
      google: 'Google Ads 客户匹配',
      csv: '包含全部指标的 CSV',
    },
    channels: {
      email: '电子邮件',
      sms: '短信',
      ads: '广告受众',
    },
    leftOut: {
      missing_email: '没有电子邮件地址',
      missing_phone: '没有可以加上国家代码的电话号码',
      missing_contact: '既没有电子邮件地址，也没有电话号码',
      not_subscribed: '未同意接收营销信息',
      consent_unknown: '从未征求过营销同意（或导入文件中没有说明）',
      control_group: '属于全店对照组（从不导出）',
    },
    valueBasis: {
      measured_lift: '预计新增毛利：{{audience}} 人 × {{rate}} 新增购买者（按你 {{date}} 的对照组测试，{{holdout}} 人留作对照）× 每单毛利 {{margin}}',
      default_response: '预计新增毛利：{{audience}} 人 × {{rate}} 新增购买者（在对照组测试测出你的数值之前，采用 Regulars 对此活动的保守默认值）× 每单毛利 {{margin}}',
    },
    verdict: {
      no_holdout: '没有对照组，因此无法衡量效果',
      too_early: '为时过早：{{days}} 天的观察期在 {{endDay}} 结束',
      no_measurable_effect: '没有可衡量的效果',
      likely_real_gain: '{{points}} 个百分点，很可能是真实效果',
      likely_real_loss: '{{points}} 个百分点，很可能是真实效果：购买比对照组更少',
    },
    warnings: {
      tooLarge: '文件超过了该工具单次上传可接受的 {{megabytes}} MB：请拆分文件，或导出更小的受众。',
    },
    suggestions: {
      prospect_welcome: {
        title: '带首单优惠的欢迎系列',
        offer: '首单优惠，例如 9 折或免运费，7 天内有效',
        timing: '立即发送，然后在 1 天后和 3 天后再发送。',
        step1: '欢迎：介绍你是谁、产品有什么特别之处，并附上首单优惠。',
        step2: '第 1 天：你的畅销商品以及其他顾客的评价。',
        step3: '第 3 天：友好提醒优惠即将到期。',
        reason_other: '有 {{count, number}} 人注册过或被记录为顾客，但从未购买。刚注册时兴趣最高，因此一个带有首单理由的简短欢迎系列，通常比等他们自己回来转化得更好。',
      },
      new_second_purchase: {
        title: '促成第二次购买',
        offer: '第二单的小小谢礼（免运费或赠品），并推荐首次购买者接下来最常买的商品：{{products}}',
        offerNoProducts: '第二单的小小谢礼（免运费或赠品），并推荐你的畅销商品',
        timing: '首单后第 {{median}} 天（你的顾客中一年内回来的，有一半在此之前回来），并在第 {{windowEnd}} 天再发一次，即 {{window}} 天的第二次购买窗口结束前不久。',
        timingTypical: '首单后第 {{median}} 天，并在第 {{windowEnd}} 天再发一次，即典型店铺 {{window}} 天第二次购买窗口结束前不久：你的顾客中购买过两次的还太少，无法按你自己的店铺来安排时间。',
        step1: '第 {{median}} 天：表示感谢，介绍如何充分使用所购商品，并推荐你的顾客接下来最常买的商品。',
        step1NoProducts: '第 {{median}} 天：表示感谢，介绍如何充分使用所购商品，并推荐你的畅销商品。',
        step2: '第 {{windowEnd}} 天：在时间窗口关闭前，附上谢礼再提醒一次。',
        reason_other: '有 {{count, number}} 位顾客只买过一次。第二单是最难的一步：你的顾客中一年内回来的，四分之三在 {{window}} 天内回来，所以在第二单仍很可能发生时提醒他们。',
        reasonTypical_other: '有 {{count, number}} 位顾客只买过一次。第二单是最难的一步。你的顾客中购买过两次的还太少，无法得知他们何时回来，因此时间安排按典型店铺 {{window}} 天的第二次购买窗口。',
      },
      repeat_replenish: {
        title: '交叉销售与补货提醒',
        offer: '提醒他们补充之前购买的商品，并推荐一件搭配的商品',
        timing: '在每件商品回购周期约 75% 时发送：例如 {{product}} 在第 {{reminderDay}} 天，顾客通常每 {{interval}} 天回购一次。',
        timingGeneric: '在你店铺通常 {{interval}} 天的下单间隔走完约 75% 时：即上次购买后第 {{reminderDay}} 天。',
        timingTypical: '在典型店铺 {{interval}} 天的下单间隔走完约 75% 时（你的顾客中购买过两次的还太少，无法得知你店铺的间隔）：即上次购买后第 {{reminderDay}} 天。',
        step1: '在他们用完之前：提醒他们经常购买的商品，一键即可再次下单。',
        step2: '在同一封邮件中：推荐一件买过该商品的顾客也喜欢的商品。',
        reason_other: '有 {{count, number}} 位顾客购买过不止一次，且仍在其通常的购买节奏内。在他们本来就会再次下单前不久提醒，可以把订单留在你这里而不是流向竞争对手；搭配的商品还能在不打折的情况下提高订单金额。',
      },
      loyal_recognition: {
        title: '表达认可并提供抢先体验',
        offer: '抢先购买新品和参加促销；无需折扣',
        timing: '尽快发送，之后在每次新品发布或促销前一两天发送。',
        step1: '一封私人感谢信，提到他们成为顾客已有多久。',
        step2: '在所有人之前抢先参加下一次新品发布或促销。',
        step3: '邀请推荐：他们和他们带来的朋友都能获得礼物。',
        reason_other: '有 {{count, number}} 位顾客至少购买过 {{loyal}} 次，且仍然活跃。忠实顾客很少需要折扣，被认可对他们更重要。抢先体验和推荐邀请能让他们成为代言人，带来和他们一样的新顾客。',
      },
      vip_advocates: {
        title: 'VIP 认可与推荐计划',
        offer: '一份私人礼物或 VIP 特权、抢先体验以及推荐奖励',
        timing: '尽快发送；在繁忙的促销期之外，私人信件效果最好。',
        step1: '店主亲笔写的一封信，附上一份小礼物或 VIP 特权。',
        step2: '率先体验新品，并参与决定接下来推出什么。',
        step3: '推荐邀请：他们和朋友都能获得奖励。',
        reason_other: '你的回头客和忠实顾客中有 {{count, number}} 位属于消费最高的前 5%。留住他们几乎比什么都重要，他们也最有可能推荐你的店铺。请以个人方式对待他们，而不是普通的群发邮件。',
      },
      at_risk_reengage: {
        title: '在流失前重新唤起兴趣',
        offer: '一封提及他们上次所购商品的个性化提醒，并给出现在回来的理由',
        timing: '现在：这组中只买过一次的顾客已超过 {{window}} 天的第二次购买窗口，回头客已超过 {{atRisk}} 天未下单；两者在 {{lapsedAfter}} 天后都视为已流失。',
        step1: '提到他们上次购买的商品，问问用得怎么样。',
        step2: '展示他们上次光顾以来的新品，以及与上次购买搭配的商品。',
        step3: '如果一周后仍无回应：提供适度的回购优惠。',
        reason_other: '有 {{count, number}} 位顾客未下单的时间比平常更久。趁他们还记得你的店铺时把他们找回来，比等他们流失后再挽回要便宜得多。关于他们上次购买的消息会让人觉得是服务，而不是广告。',
      },
      at_risk_cant_lose: {
        title: '亲自联系有流失风险的高价值顾客',
        offer: '店主的亲笔信，必要时提供有吸引力的回购优惠',
        timing: '本周：他们已超过 {{atRisk}} 天未下单。',
        step1: '店主亲自发一封邮件，询问是否有什么地方做得不好。',
        step2: '对一周内没有回复的顾客，提供有吸引力的回购优惠。',
        reason_other: '有 {{count, number}} 位比大多数顾客购买更频繁的顾客沉寂了。这里值得花功夫发一条个人消息：在他们离开之前弄清楚他们为什么停下来。',
      },
      lapsed_winback: {
        title: '赢回顾客，然后停止发送',
        offer: '先介绍新品；第二步再提供折扣',
        timing: '现在发送新品信息，{{secondStep}} 天后发送折扣；{{sunset}} 天后仍无回应的顾客不再发送邮件。',
        step1: '现在：介绍他们上次购买以来店里的新品。',
        step2: '第 {{secondStep}} 天：向没有回应的顾客提供限时折扣。',
        step3: '第 {{sunset}} 天：停止给仍无回应的顾客发送邮件，以保护你的发件人信誉。',
        reason_other: '有 {{count, number}} 位顾客已超过 {{lapsedAfter}} 天没有购买。其中一部分仍可以被赢回，通常先用新品消息，不够时再用折扣。没有回应的人应停止接收邮件，因为给从不打开邮件的人发信会影响发给所有其他人的送达率。',
      },
      reactivated_onboarding: {
        title: '欢迎回来：引导并促成下一次购买',
        offer: '一封欢迎回来的信，以及下一单的小小谢礼',
        timing: '像对待新顾客一样：回归订单后第 {{median}} 天，并在第 {{windowEnd}} 天再发一次。',
        step1: '欢迎回来：介绍他们上次光顾以来的变化。',
        step2: '第 {{median}} 天：推动下一单，并推荐顾客接下来常买的商品。',
        step3: '第 {{windowEnd}} 天：在通常的时间窗口关闭前最后提醒一次。',
        reason_other: '有 {{count, number}} 位顾客在流失（超过 {{lapsedAfter}} 天未下单）后又回来了。回归的顾客和新顾客的行为很相似：下一单决定他们是否会留下，所以请再次像对待新顾客一样对待他们。',
      },
    },
  },
  vi: {
    formats: {
      klaviyo: 'Klaviyo',
      mailchimp: 'Mailchimp',
      shopify: 'Nhập khách hàng vào Shopify',
      meta: 'Đối tượng tùy chỉnh Meta',
      google: 'Google Ads Customer Match',
      csv: 'CSV với mọi chỉ số',
    },
    channels: {
      email: 'E-mail',
      sms: 'SMS',
      ads: 'Đối tượng quảng cáo',
    },
    leftOut: {
      missing_email: 'Không có địa chỉ e-mail',
      missing_phone: 'Không có số điện thoại ghi được kèm mã quốc gia',
      missing_contact: 'Không có cả địa chỉ e-mail lẫn số điện thoại',
      not_subscribed: 'Không đồng ý nhận tin tiếp thị',
      consent_unknown: 'Chưa từng được hỏi ý kiến đồng ý nhận tiếp thị (hoặc tệp nhập không ghi)',
      control_group: 'Thuộc nhóm đối chứng toàn cửa hàng (không bao giờ được xuất)',
    },
    valueBasis: {
      measured_lift: 'Lợi nhuận tăng thêm dự kiến: {{audience}} người × {{rate}} người mua thêm, theo thử nghiệm nhóm đối chứng ngày {{date}} của bạn ({{holdout}} người đối chứng), × {{margin}} lợi nhuận mỗi đơn',
      default_response: 'Lợi nhuận tăng thêm dự kiến: {{audience}} người × {{rate}} người mua thêm (mức mặc định thận trọng của Regulars cho chiến dịch này, đến khi thử nghiệm đối chứng đo được mức của bạn) × {{margin}} lợi nhuận mỗi đơn',
    },
    verdict: {
      no_holdout: 'Không có nhóm đối chứng nên không đo được hiệu quả',
      too_early: 'Còn quá sớm: khoảng {{days}} ngày kết thúc vào {{endDay}}',
      no_measurable_effect: 'Không có hiệu quả đo được',
      likely_real_gain: '{{points}} điểm, nhiều khả năng là thật',
      likely_real_loss: '{{points}} điểm, nhiều khả năng là thật: mua ít hơn nhóm đối chứng',
    },
    warnings: {
      tooLarge: 'Tệp lớn hơn {{megabytes}} MB mà công cụ này nhận trong một lần tải lên: hãy chia nhỏ tệp hoặc xuất một nhóm đối tượng nhỏ hơn.',
    },
    suggestions: {
      prospect_welcome: {
        title: 'Chuỗi chào mừng kèm ưu đãi đơn đầu tiên',
        offer: 'Ưu đãi cho đơn đầu tiên, chẳng hạn giảm 10% hoặc miễn phí vận chuyển, có hiệu lực 7 ngày',
        timing: 'Gửi ngay, sau đó sau 1 ngày và sau 3 ngày.',
        step1: 'Chào mừng: bạn là ai, điều gì làm sản phẩm của bạn đặc biệt, và ưu đãi cho đơn đầu tiên.',
        step2: 'Ngày 1: những sản phẩm bán chạy nhất và nhận xét của khách hàng khác.',
        step3: 'Ngày 3: lời nhắc thân thiện rằng ưu đãi sắp hết hạn.',
        reason_other:
          '{{count, number}} người đã đăng ký hoặc được ghi nhận là khách hàng nhưng chưa từng mua. Sự quan tâm cao nhất ngay sau khi đăng ký, nên một chuỗi chào mừng ngắn kèm lý do để đặt đơn đầu tiên thường hiệu quả hơn là chờ họ tự quay lại.',
      },
      new_second_purchase: {
        title: 'Thúc đẩy lần mua thứ hai',
        offer: 'Một món quà cảm ơn nhỏ cho đơn thứ hai (miễn phí vận chuyển hoặc quà tặng), giới thiệu những gì người mua lần đầu thường mua tiếp: {{products}}',
        offerNoProducts: 'Một món quà cảm ơn nhỏ cho đơn thứ hai (miễn phí vận chuyển hoặc quà tặng), giới thiệu các sản phẩm bán chạy nhất',
        timing:
          'Ngày {{median}} sau đơn đầu tiên (một nửa số khách của bạn quay lại trong vòng một năm đã quay lại trước ngày đó), và lần nữa vào ngày {{windowEnd}}, ngay trước khi khoảng mua lần hai {{window}} ngày kết thúc.',
        timingTypical:
          'Ngày {{median}} sau đơn đầu tiên và lần nữa vào ngày {{windowEnd}}, ngay trước khi kết thúc khoảng mua lần hai {{window}} ngày điển hình của các cửa hàng: số khách của bạn mua hai lần còn quá ít để canh thời điểm theo chính cửa hàng của bạn.',
        step1: 'Ngày {{median}}: cảm ơn, hướng dẫn cách dùng tốt nhất món đã mua, và gợi ý những gì khách của bạn thường mua tiếp nhất.',
        step1NoProducts: 'Ngày {{median}}: cảm ơn, hướng dẫn cách dùng tốt nhất món đã mua, và gợi ý các sản phẩm bán chạy của bạn.',
        step2: 'Ngày {{windowEnd}}: lời nhắc cuối kèm quà cảm ơn trước khi khoảng thời gian khép lại.',
        reason_other:
          '{{count, number}} khách hàng mới mua một lần. Đơn thứ hai là bước khó nhất: trong số khách của bạn quay lại trong vòng một năm, 3 trên 4 người quay lại trong vòng {{window}} ngày, nên lời nhắc đến khi đơn thứ hai vẫn còn nhiều khả năng.',
        reasonTypical_other:
          '{{count, number}} khách hàng mới mua một lần. Đơn thứ hai là bước khó nhất. Số khách của bạn mua hai lần còn quá ít để biết khi nào họ quay lại, nên thời điểm theo khoảng mua lần hai {{window}} ngày, điển hình của các cửa hàng.',
      },
      repeat_replenish: {
        title: 'Bán chéo và nhắc mua lại',
        offer: 'Lời nhắc mua lại món họ đã mua, cùng một sản phẩm đi kèm phù hợp',
        timing: 'Khoảng 75% chu kỳ mua lại của từng sản phẩm: ví dụ ngày thứ {{reminderDay}} với {{product}}, sản phẩm mà khách thường mua lại sau mỗi {{interval}} ngày.',
        timingGeneric: 'Khi đã qua khoảng 75% của {{interval}} ngày thông thường giữa các đơn ở cửa hàng bạn: ngày {{reminderDay}} sau lần mua gần nhất.',
        timingTypical:
          'Khi đã qua khoảng 75% của khoảng cách {{interval}} ngày giữa các đơn, điển hình của các cửa hàng (số khách của bạn mua hai lần còn quá ít để biết nhịp riêng): ngày {{reminderDay}} sau lần mua gần nhất.',
        step1: 'Ngay trước khi họ dùng hết: nhắc sản phẩm họ mua thường xuyên, đặt lại chỉ với một cú nhấp.',
        step2: 'Trong cùng thư: một sản phẩm mà những khách đã mua món đó cũng thích.',
        reason_other:
          '{{count, number}} khách hàng đã mua nhiều hơn một lần và vẫn trong nhịp mua thông thường. Nhắc họ ngay trước khi họ định mua lại giúp giữ đơn hàng ở cửa hàng bạn thay vì đối thủ, và một sản phẩm đi kèm làm tăng giá trị đơn mà không cần giảm giá.',
      },
      loyal_recognition: {
        title: 'Ghi nhận và quyền mua sớm',
        offer: 'Quyền mua sớm sản phẩm mới và chương trình giảm giá; không cần chiết khấu',
        timing: 'Sớm, sau đó một hai ngày trước mỗi lần ra mắt hoặc khuyến mãi.',
        step1: 'Lời cảm ơn riêng, nhắc họ đã là khách hàng được bao lâu.',
        step2: 'Quyền tiếp cận sớm lần ra mắt hoặc khuyến mãi tiếp theo, trước mọi người.',
        step3: 'Lời mời giới thiệu: quà cho họ và cho người bạn họ giới thiệu.',
        reason_other:
          '{{count, number}} khách hàng đã mua ít nhất {{loyal}} lần và vẫn đang hoạt động. Khách trung thành hiếm khi cần giảm giá; được ghi nhận quan trọng hơn với họ. Quyền truy cập sớm và lời mời giới thiệu biến họ thành người ủng hộ, mang về những khách mới giống họ.',
      },
      vip_advocates: {
        title: 'Ghi nhận khách VIP và chương trình giới thiệu',
        offer: 'Một món quà riêng hoặc đặc quyền VIP, quyền mua sớm và phần thưởng giới thiệu',
        timing: 'Sớm; một lời nhắn riêng hiệu quả nhất ngoài những đợt khuyến mãi bận rộn.',
        step1: 'Lời nhắn riêng từ chủ cửa hàng kèm một món quà nhỏ hoặc đặc quyền VIP.',
        step2: 'Được dùng thử sản phẩm mới đầu tiên và góp ý cho những gì sắp ra mắt.',
        step3: 'Lời mời giới thiệu kèm phần thưởng cho họ và người bạn.',
        reason_other:
          '{{count, number}} khách mua lại và khách trung thành của bạn thuộc nhóm 5% chi tiêu cao nhất. Giữ chân họ quan trọng hơn hầu hết mọi việc khác, và họ là những người dễ giới thiệu cửa hàng nhất. Hãy chăm sóc họ một cách cá nhân thay vì bằng bản tin chung.',
      },
      at_risk_reengage: {
        title: 'Kéo khách quay lại trước khi rời bỏ',
        offer: 'Lời nhắc riêng về sản phẩm họ mua gần nhất, kèm lý do để quay lại ngay',
        timing:
          'Ngay bây giờ: khách mua một lần trong nhóm này đã quá khoảng mua lần hai {{window}} ngày, khách mua lại đã quá {{atRisk}} ngày không đặt hàng; cả hai bị xem là đã rời đi sau {{lapsedAfter}} ngày.',
        step1: 'Nhắc đến sản phẩm họ mua gần nhất và hỏi họ dùng thấy thế nào.',
        step2: 'Giới thiệu những gì mới từ lần ghé trước và những món hợp với lần mua gần nhất.',
        step3: 'Nếu sau một tuần chưa phản hồi: một ưu đãi vừa phải để quay lại.',
        reason_other:
          '{{count, number}} khách hàng đã lâu hơn bình thường mà không đặt hàng. Kéo họ quay lại ngay bây giờ, khi họ còn nhớ cửa hàng, rẻ hơn nhiều so với sau khi họ đã rời đi. Một tin nhắn về chính lần mua gần nhất của họ giống như dịch vụ, không phải quảng cáo.',
      },
      at_risk_cant_lose: {
        title: 'Liên hệ riêng với khách giá trị cao có nguy cơ rời bỏ',
        offer: 'Lời nhắn riêng từ chủ cửa hàng, và một ưu đãi quay lại hấp dẫn nếu cần',
        timing: 'Trong tuần này: họ đã hơn {{atRisk}} ngày không đặt hàng.',
        step1: 'Một e-mail riêng từ chủ cửa hàng hỏi xem có điều gì chưa ổn.',
        step2: 'Một ưu đãi quay lại hấp dẫn cho những ai không trả lời trong một tuần.',
        reason_other:
          '{{count, number}} khách hàng từng mua thường xuyên hơn phần lớn khách của bạn nay đã im lặng. Một tin nhắn cá nhân ở đây rất đáng công sức: hãy tìm hiểu vì sao họ ngừng mua trước khi họ rời đi hẳn.',
      },
      lapsed_winback: {
        title: 'Giành lại khách, rồi ngừng gửi',
        offer: 'Trước hết là hàng mới về; giảm giá ở bước thứ hai',
        timing: 'Hàng mới về ngay bây giờ, giảm giá sau {{secondStep}} ngày; ngừng gửi thư cho những ai chưa phản hồi sau {{sunset}} ngày.',
        step1: 'Ngay bây giờ: những gì mới trong cửa hàng kể từ lần mua gần nhất của họ.',
        step2: 'Ngày {{secondStep}}: mã giảm giá có thời hạn cho những ai chưa phản hồi.',
        step3: 'Ngày {{sunset}}: ngừng gửi thư cho những ai vẫn chưa phản hồi, để bảo vệ uy tín người gửi của bạn.',
        reason_other:
          '{{count, number}} khách hàng đã hơn {{lapsedAfter}} ngày không mua. Một số vẫn có thể giành lại được, thường bằng tin tức trước và chỉ giảm giá khi cần. Những người không phản hồi nên ngừng nhận e-mail, vì gửi cho người không bao giờ mở thư làm giảm khả năng thư đến được mọi người khác.',
      },
      reactivated_onboarding: {
        title: 'Chào mừng quay lại: hướng dẫn và thúc đẩy đơn tiếp theo',
        offer: 'Lời chào mừng quay lại và một món quà cảm ơn nhỏ cho đơn tiếp theo',
        timing: 'Như với khách mới: ngày thứ {{median}} sau đơn quay lại, và lần nữa vào ngày thứ {{windowEnd}}.',
        step1: 'Chào mừng quay lại: những gì đã thay đổi từ lần ghé trước.',
        step2: 'Ngày {{median}}: gợi ý cho đơn tiếp theo, kèm những món khách thường mua tiếp.',
        step3: 'Ngày {{windowEnd}}: lời nhắc cuối trước khi khoảng thời gian thông thường khép lại.',
        reason_other:
          '{{count, number}} khách hàng đã quay lại sau khi rời đi (hơn {{lapsedAfter}} ngày không đặt hàng). Khách quay lại hành xử gần giống khách mới: đơn tiếp theo quyết định họ có ở lại hay không, nên hãy đối xử với họ như khách mới một lần nữa.',
      },
    },
  },
  ru: {
    formats: {
      klaviyo: 'Klaviyo',
      mailchimp: 'Mailchimp',
      shopify: 'Импорт клиентов в Shopify',
      meta: 'Индивидуально настроенная аудитория Meta',
      google: 'Google Ads Customer Match',
      csv: 'CSV со всеми показателями',
    },
    channels: {
      email: 'Электронная почта',
      sms: 'SMS',
      ads: 'Рекламная аудитория',
    },
    leftOut: {
      missing_email: 'Нет адреса электронной почты',
      missing_phone: 'Нет номера телефона, который можно записать с кодом страны',
      missing_contact: 'Нет ни адреса электронной почты, ни номера телефона',
      not_subscribed: 'Не дали согласия на рекламные рассылки',
      consent_unknown: 'Согласие на рассылки никогда не запрашивалось (или в импорте о нём ничего нет)',
      control_group: 'В контрольной группе магазина (никогда не экспортируется)',
    },
    valueBasis: {
      measured_lift: 'Ожидаемая дополнительная маржа: {{audience}} чел. × {{rate}} дополнительных покупателей, по вашей проверке с контрольной группой от {{date}} ({{holdout}} в контроле), × маржа {{margin}} с заказа',
      default_response: 'Ожидаемая дополнительная маржа: {{audience}} чел. × {{rate}} дополнительных покупателей (скромное значение Regulars для этой кампании, пока проверка с контрольной группой не измерит ваше) × маржа {{margin}} с заказа',
    },
    verdict: {
      no_holdout: 'Нет контрольной группы, поэтому эффект измерить нельзя',
      too_early: 'Слишком рано: окно в {{days}} дн. заканчивается {{endDay}}',
      no_measurable_effect: 'Измеримого эффекта нет',
      likely_real_gain: '{{points}} п. п., вероятно, реальный эффект',
      likely_real_loss: '{{points}} п. п., вероятно, реальный эффект: покупок меньше, чем в контрольной группе',
    },
    warnings: {
      tooLarge: 'Файл больше {{megabytes}} МБ, которые этот сервис принимает за одну загрузку: разделите его или выгрузите аудиторию поменьше.',
    },
    suggestions: {
      prospect_welcome: {
        title: 'Приветственная серия с бонусом на первый заказ',
        offer: 'Бонус на первый заказ, например скидка 10% или бесплатная доставка, действует 7 дней',
        timing: 'Сразу, затем через 1 день и через 3 дня.',
        step1: 'Приветствие: кто вы, чем особенны ваши товары, и бонус на первый заказ.',
        step2: 'День 1: ваши хиты продаж и отзывы других покупателей.',
        step3: 'День 3: дружеское напоминание, что бонус скоро сгорит.',
        reason_one:
          'Зарегистрировались или есть в списке покупателей, но ни разу не покупали: {{count, number}}. Интерес выше всего сразу после регистрации, поэтому короткая приветственная серия с поводом сделать первый заказ обычно работает лучше, чем ожидание, что они вернутся сами.',
        reason_few:
          'Зарегистрировались или есть в списке покупателей, но ни разу не покупали: {{count, number}}. Интерес выше всего сразу после регистрации, поэтому короткая приветственная серия с поводом сделать первый заказ обычно работает лучше, чем ожидание, что они вернутся сами.',
        reason_many:
          'Зарегистрировались или есть в списке покупателей, но ни разу не покупали: {{count, number}}. Интерес выше всего сразу после регистрации, поэтому короткая приветственная серия с поводом сделать первый заказ обычно работает лучше, чем ожидание, что они вернутся сами.',
        reason_other:
          'Зарегистрировались или есть в списке покупателей, но ни разу не покупали: {{count, number}}. Интерес выше всего сразу после регистрации, поэтому короткая приветственная серия с поводом сделать первый заказ обычно работает лучше, чем ожидание, что они вернутся сами.',
      },
      new_second_purchase: {
        title: 'Подтолкнуть ко второй покупке',
        offer: 'Небольшая благодарность за второй заказ (бесплатная доставка или подарок) и товары, которые покупатели чаще всего берут следующими: {{products}}',
        offerNoProducts: 'Небольшая благодарность за второй заказ (бесплатная доставка или подарок) и ваши хиты продаж',
        timing:
          'На {{median}}-й день после первого заказа (половина ваших покупателей, возвращающихся в течение года, к этому дню уже вернулась) и ещё раз на {{windowEnd}}-й день, незадолго до конца окна второй покупки в {{window}} дн.',
        timingTypical:
          'На {{median}}-й день после первого заказа и ещё раз на {{windowEnd}}-й день, незадолго до конца окна второй покупки в {{window}} дн., типичного для магазинов: дважды у вас купили ещё слишком немногие, чтобы рассчитать сроки по вашему магазину.',
        step1: 'День {{median}}: поблагодарите, подскажите, как лучше пользоваться покупкой, и предложите то, что ваши покупатели чаще всего берут следующим.',
        step1NoProducts: 'День {{median}}: поблагодарите, подскажите, как лучше пользоваться покупкой, и предложите ваши самые продаваемые товары.',
        step2: 'День {{windowEnd}}: последнее напоминание с благодарственным предложением до закрытия окна.',
        reason_one:
          'Купили один раз: {{count, number}}. Второй заказ — самый трудный шаг: из ваших покупателей, вернувшихся в течение года, трое из четырёх вернулись в течение {{window}} дн., поэтому напоминание приходит, пока второй заказ ещё вероятен.',
        reason_few:
          'Купили один раз: {{count, number}}. Второй заказ — самый трудный шаг: из ваших покупателей, вернувшихся в течение года, трое из четырёх вернулись в течение {{window}} дн., поэтому напоминание приходит, пока второй заказ ещё вероятен.',
        reason_many:
          'Купили один раз: {{count, number}}. Второй заказ — самый трудный шаг: из ваших покупателей, вернувшихся в течение года, трое из четырёх вернулись в течение {{window}} дн., поэтому напоминание приходит, пока второй заказ ещё вероятен.',
        reason_other:
          'Купили один раз: {{count, number}}. Второй заказ — самый трудный шаг: из ваших покупателей, вернувшихся в течение года, трое из четырёх вернулись в течение {{window}} дн., поэтому напоминание приходит, пока второй заказ ещё вероятен.',
        reasonTypical_one:
          'Купили один раз: {{count, number}}. Второй заказ — самый трудный шаг. Дважды у вас купили ещё слишком немногие, чтобы узнать, когда покупатели возвращаются, поэтому сроки следуют окну второй покупки в {{window}} дн., типичному для магазинов.',
        reasonTypical_few:
          'Купили один раз: {{count, number}}. Второй заказ — самый трудный шаг. Дважды у вас купили ещё слишком немногие, чтобы узнать, когда покупатели возвращаются, поэтому сроки следуют окну второй покупки в {{window}} дн., типичному для магазинов.',
        reasonTypical_many:
          'Купили один раз: {{count, number}}. Второй заказ — самый трудный шаг. Дважды у вас купили ещё слишком немногие, чтобы узнать, когда покупатели возвращаются, поэтому сроки следуют окну второй покупки в {{window}} дн., типичному для магазинов.',
        reasonTypical_other:
          'Купили один раз: {{count, number}}. Второй заказ — самый трудный шаг. Дважды у вас купили ещё слишком немногие, чтобы узнать, когда покупатели возвращаются, поэтому сроки следуют окну второй покупки в {{window}} дн., типичному для магазинов.',
      },
      repeat_replenish: {
        title: 'Допродажа и напоминание о пополнении запаса',
        offer: 'Напоминание пополнить запас купленного товара и подходящий к нему товар',
        timing: 'Примерно на 75% интервала повторной покупки каждого товара: например, на {{reminderDay}}-й день для «{{product}}», который покупают снова каждые {{interval}} дн.',
        timingGeneric: 'Примерно на 75% обычного для вашего магазина промежутка между заказами в {{interval}} дн.: на {{reminderDay}}-й день после последней покупки.',
        timingTypical:
          'Примерно на 75% промежутка между заказами в {{interval}} дн., типичного для магазинов (дважды у вас купили ещё слишком немногие, чтобы узнать ваш): на {{reminderDay}}-й день после последней покупки.',
        step1: 'Незадолго до того, как товар закончится: напоминание о регулярной покупке с повторным заказом в один клик.',
        step2: 'В том же письме: товар, который понравился купившим то же самое.',
        reason_one:
          'Покупали больше одного раза и ещё в своём обычном ритме: {{count, number}}. Напоминание незадолго до того, как они и так заказали бы снова, оставляет заказ у вас, а не у конкурента, а подходящий товар увеличивает сумму заказа без скидки.',
        reason_few:
          'Покупали больше одного раза и ещё в своём обычном ритме: {{count, number}}. Напоминание незадолго до того, как они и так заказали бы снова, оставляет заказ у вас, а не у конкурента, а подходящий товар увеличивает сумму заказа без скидки.',
        reason_many:
          'Покупали больше одного раза и ещё в своём обычном ритме: {{count, number}}. Напоминание незадолго до того, как они и так заказали бы снова, оставляет заказ у вас, а не у конкурента, а подходящий товар увеличивает сумму заказа без скидки.',
        reason_other:
          'Покупали больше одного раза и ещё в своём обычном ритме: {{count, number}}. Напоминание незадолго до того, как они и так заказали бы снова, оставляет заказ у вас, а не у конкурента, а подходящий товар увеличивает сумму заказа без скидки.',
      },
      loyal_recognition: {
        title: 'Признание и ранний доступ',
        offer: 'Ранний доступ к новинкам и распродажам; скидка не нужна',
        timing: 'В ближайшее время, затем за день-два до каждого запуска или распродажи.',
        step1: 'Личная благодарность с упоминанием, как давно человек с вами.',
        step2: 'Доступ к следующему запуску или распродаже раньше всех.',
        step3: 'Просьба порекомендовать: подарок им и другу, которого они приведут.',
        reason_one:
          'Купили не меньше {{loyal}} раз и по-прежнему активны: {{count, number}}. Постоянным покупателям редко нужны скидки — им важнее признание. Ранний доступ и просьба порекомендовать магазин превращают их в сторонников, которые приводят похожих на себя новых покупателей.',
        reason_few:
          'Купили не меньше {{loyal}} раз и по-прежнему активны: {{count, number}}. Постоянным покупателям редко нужны скидки — им важнее признание. Ранний доступ и просьба порекомендовать магазин превращают их в сторонников, которые приводят похожих на себя новых покупателей.',
        reason_many:
          'Купили не меньше {{loyal}} раз и по-прежнему активны: {{count, number}}. Постоянным покупателям редко нужны скидки — им важнее признание. Ранний доступ и просьба порекомендовать магазин превращают их в сторонников, которые приводят похожих на себя новых покупателей.',
        reason_other:
          'Купили не меньше {{loyal}} раз и по-прежнему активны: {{count, number}}. Постоянным покупателям редко нужны скидки — им важнее признание. Ранний доступ и просьба порекомендовать магазин превращают их в сторонников, которые приводят похожих на себя новых покупателей.',
      },
      vip_advocates: {
        title: 'Признание VIP-покупателей и реферальная программа',
        offer: 'Личный подарок или VIP-привилегия, ранний доступ и награда за рекомендацию',
        timing: 'В ближайшее время; личное письмо лучше всего работает вне горячих сезонов распродаж.',
        step1: 'Личное письмо от владельца с небольшим подарком или VIP-привилегией.',
        step2: 'Первыми пробовать новинки и влиять на то, что появится дальше.',
        step3: 'Приглашение рекомендовать магазин с наградой для них и для друга.',
        reason_one:
          'Повторных и постоянных покупателей среди 5% самых крупных по тратам: {{count, number}}. Удержать их важнее почти всего остального, и именно они чаще всего рекомендуют магазин. Обращайтесь к ним лично, а не общей рассылкой.',
        reason_few:
          'Повторных и постоянных покупателей среди 5% самых крупных по тратам: {{count, number}}. Удержать их важнее почти всего остального, и именно они чаще всего рекомендуют магазин. Обращайтесь к ним лично, а не общей рассылкой.',
        reason_many:
          'Повторных и постоянных покупателей среди 5% самых крупных по тратам: {{count, number}}. Удержать их важнее почти всего остального, и именно они чаще всего рекомендуют магазин. Обращайтесь к ним лично, а не общей рассылкой.',
        reason_other:
          'Повторных и постоянных покупателей среди 5% самых крупных по тратам: {{count, number}}. Удержать их важнее почти всего остального, и именно они чаще всего рекомендуют магазин. Обращайтесь к ним лично, а не общей рассылкой.',
      },
      at_risk_reengage: {
        title: 'Вернуть интерес, пока покупатели не ушли',
        offer: 'Личное напоминание о последней покупке и повод вернуться сейчас',
        timing:
          'Сейчас: купившие один раз в этой группе уже вышли за окно второй покупки в {{window}} дн., повторные покупатели не заказывали больше {{atRisk}} дн.; и те и другие считаются ушедшими через {{lapsedAfter}} дн.',
        step1: 'Упомяните товар, купленный в прошлый раз, и спросите, как он им.',
        step2: 'Покажите, что нового появилось с их последнего визита и что подходит к последней покупке.',
        step3: 'Если ответа нет через неделю: умеренный стимул вернуться.',
        reason_one:
          'Не заказывали дольше обычного: {{count, number}}. Вернуть их сейчас, пока они ещё помнят магазин, гораздо дешевле, чем после ухода. Сообщение об их собственной последней покупке воспринимается как забота, а не реклама.',
        reason_few:
          'Не заказывали дольше обычного: {{count, number}}. Вернуть их сейчас, пока они ещё помнят магазин, гораздо дешевле, чем после ухода. Сообщение об их собственной последней покупке воспринимается как забота, а не реклама.',
        reason_many:
          'Не заказывали дольше обычного: {{count, number}}. Вернуть их сейчас, пока они ещё помнят магазин, гораздо дешевле, чем после ухода. Сообщение об их собственной последней покупке воспринимается как забота, а не реклама.',
        reason_other:
          'Не заказывали дольше обычного: {{count, number}}. Вернуть их сейчас, пока они ещё помнят магазин, гораздо дешевле, чем после ухода. Сообщение об их собственной последней покупке воспринимается как забота, а не реклама.',
      },
      at_risk_cant_lose: {
        title: 'Личное обращение к ценным покупателям под угрозой ухода',
        offer: 'Личное письмо от владельца и, если нужно, щедрое предложение вернуться',
        timing: 'На этой неделе: они не заказывали больше {{atRisk}} дн.',
        step1: 'Личное письмо от владельца с вопросом, не случилось ли чего-то.',
        step2: 'Щедрое предложение вернуться для тех, кто не ответит в течение недели.',
        reason_one: 'Затихли покупатели, покупавшие чаще большинства: {{count, number}}. Здесь стоит написать лично: узнайте, почему они перестали покупать, пока они не ушли.',
        reason_few: 'Затихли покупатели, покупавшие чаще большинства: {{count, number}}. Здесь стоит написать лично: узнайте, почему они перестали покупать, пока они не ушли.',
        reason_many: 'Затихли покупатели, покупавшие чаще большинства: {{count, number}}. Здесь стоит написать лично: узнайте, почему они перестали покупать, пока они не ушли.',
        reason_other: 'Затихли покупатели, покупавшие чаще большинства: {{count, number}}. Здесь стоит написать лично: узнайте, почему они перестали покупать, пока они не ушли.',
      },
      lapsed_winback: {
        title: 'Вернуть ушедших, затем прекратить рассылку',
        offer: 'Сначала новинки; скидка — на втором шаге',
        timing: 'Новинки сейчас, скидка через {{secondStep}} дн.; тем, кто не отреагировал за {{sunset}} дн., больше не писать.',
        step1: 'Сейчас: что нового появилось в магазине с их последней покупки.',
        step2: 'День {{secondStep}}: скидка с ограниченным сроком для тех, кто не отреагировал.',
        step3: 'День {{sunset}}: прекратите рассылку тем, кто так и не отреагировал, — это бережёт репутацию отправителя.',
        reason_one:
          'Не покупали дольше {{lapsedAfter}} дн.: {{count, number}}. Часть из них ещё можно вернуть — обычно сначала новостями, а скидкой только если этого мало. Тем, кто не реагирует, стоит перестать писать: письма людям, которые их никогда не открывают, ухудшают доставку всем остальным.',
        reason_few:
          'Не покупали дольше {{lapsedAfter}} дн.: {{count, number}}. Часть из них ещё можно вернуть — обычно сначала новостями, а скидкой только если этого мало. Тем, кто не реагирует, стоит перестать писать: письма людям, которые их никогда не открывают, ухудшают доставку всем остальным.',
        reason_many:
          'Не покупали дольше {{lapsedAfter}} дн.: {{count, number}}. Часть из них ещё можно вернуть — обычно сначала новостями, а скидкой только если этого мало. Тем, кто не реагирует, стоит перестать писать: письма людям, которые их никогда не открывают, ухудшают доставку всем остальным.',
        reason_other:
          'Не покупали дольше {{lapsedAfter}} дн.: {{count, number}}. Часть из них ещё можно вернуть — обычно сначала новостями, а скидкой только если этого мало. Тем, кто не реагирует, стоит перестать писать: письма людям, которые их никогда не открывают, ухудшают доставку всем остальным.',
      },
      reactivated_onboarding: {
        title: 'С возвращением: знакомство заново и следующая покупка',
        offer: 'Письмо «с возвращением» и небольшая благодарность за следующий заказ',
        timing: 'Как для новых покупателей: на {{median}}-й день после заказа-возвращения и ещё раз на {{windowEnd}}-й день.',
        step1: 'С возвращением: что изменилось с их прошлого визита.',
        step2: 'День {{median}}: подтолкнуть к следующему заказу, показав, что покупатели берут следующим.',
        step3: 'День {{windowEnd}}: последнее напоминание до закрытия обычного окна.',
        reason_one:
          'Вернулись после ухода (больше {{lapsedAfter}} дн. без заказа): {{count, number}}. Вернувшийся покупатель ведёт себя почти как новый: следующий заказ решает, останется ли он, поэтому относитесь к ним снова как к новым покупателям.',
        reason_few:
          'Вернулись после ухода (больше {{lapsedAfter}} дн. без заказа): {{count, number}}. Вернувшийся покупатель ведёт себя почти как новый: следующий заказ решает, останется ли он, поэтому относитесь к ним снова как к новым покупателям.',
        reason_many:
          'Вернулись после ухода (больше {{lapsedAfter}} дн. без заказа): {{count, number}}. Вернувшийся покупатель ведёт себя почти как новый: следующий заказ решает, останется ли он, поэтому относитесь к ним снова как к новым покупателям.',
        reason_other:
          'Вернулись после ухода (больше {{lapsedAfter}} дн. без заказа): {{count, number}}. Вернувшийся покупатель ведёт себя почти как новый: следующий заказ решает, останется ли он, поэтому относитесь к ним снова как к новым покупателям.',
      },
    },
  },
});
