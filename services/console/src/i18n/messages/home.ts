/** The home page: what needs the signed-in principal's action. */
import type { AreaMessages } from './area';

export const home: AreaMessages = {
  'zh-CN': {
    welcome: '您好，{name}',
    needsAction: '待办事项',
    nothing: '当前没有需要您处理的事项',
    open: '去处理',
    kinds: {
      applications: { decide: '待审批的申请', 'awaiting-consent': '等待数源单位同意的申请', refused: '被数源单位拒绝、待协调的申请', consent: '待我单位同意的申请', pending: '审批中的申请' },
      models: { review: '待查验的模型' },
      runs: { release: '待出域审核的运行结果', released: '已放行的运行结果' },
      products: { review: '待审核的数据产品' },
      audit: { entries: '今日审计记录' },
      feedback: { open: '待答复的质量反馈', answered: '已获答复的质量反馈' },
      filings: { due: '近期待提交的定期报备', overdue: '逾期未报的定期报备' },
      risks: { open: '未关闭的风险报备' },
      qualifications: { review: '待审查的资格申请' },
      directory: { review: '待审核的目录编制申请' },
      partners: { review: '待审核的运营合作方' },
    },
  },
  en: {
    welcome: 'Hello, {name}',
    needsAction: 'What needs your action',
    nothing: 'Nothing needs your action right now',
    open: 'Open',
    kinds: {
      applications: { decide: 'Applications to decide', 'awaiting-consent': 'Applications awaiting source consent', refused: 'Applications refused by a source, to coordinate', consent: 'Applications awaiting my unit’s consent', pending: 'Applications being decided' },
      models: { review: 'Models to review' },
      runs: { release: 'Run outputs to review for release', released: 'Released run outputs' },
      products: { review: 'Products to review' },
      audit: { entries: 'Audit entries today' },
      feedback: { open: 'Quality feedback to answer', answered: 'Quality feedback answered' },
      filings: { due: 'Filings due soon', overdue: 'Filings overdue' },
      risks: { open: 'Risk reports not closed' },
      qualifications: { review: 'Qualification applications to review' },
      directory: { review: 'Directory proposals to decide' },
      partners: { review: 'Partners to decide' },
    },
  },
};
