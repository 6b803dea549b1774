/** Chinese messages for the codes of product registration (登记) and its renewal. Keyed by error code. */
import { byPattern, when, type ZhMessage } from './zh-specifics';

export const zhRegistrationMessages: Record<string, ZhMessage> = {
  registration_expired: byPattern(
    '该数据产品的登记已过有效期，暂停提供服务，待主管部门续期后恢复',
    when(/^the product’s registration expired at (\S+); /, (at) => `该数据产品的登记已于 ${at} 到期，暂停提供服务，待主管部门续期后恢复`),
  ),
  renewal_not_due: byPattern(
    '登记有效期届满前 90 日内方可续期',
    when(/^renewal opens at (\S+)$/, (at) => `登记有效期届满前 90 日内方可续期，本产品自 ${at} 起可续期`),
  ),
  already_renewed: '该登记已被同时续期，请刷新后查看新的有效期',
  product_retired: '该数据产品已随授权运营协议的终止而停用，其登记不再续期',
};
