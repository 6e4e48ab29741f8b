import type { EventCategory } from '../../common/field/vocabulary.ts';
import type { Random } from '../geography/prng.ts';
import { intBetween, pick } from './random.ts';

/** What grid workers wrote in their reports, by category; {place} and {n} are filled in. */
const TEMPLATES: Record<EventCategory, string[]> = {
  publicity: [
    '在{place}张贴防疫宣传海报{n}张', '入户发放《致居民朋友的一封信》{n}份', '用流动喇叭在{place}循环播放防疫知识',
    '在{place}悬挂防疫宣传横幅{n}条', '在居民微信群转发科学防护指南，提醒少出门、戴口罩',
  ],
  disinfection: [
    '对{place}楼道、电梯按钮进行消毒', '对{place}垃圾收集点喷洒消毒液', '对{place}公共区域开展全面消杀',
    '配合卫生服务站对{place}进行预防性消毒',
  ],
  convenience_service: [
    '为居家观察住户代购生活物资{n}份', '为{place}独居老人送菜上门', '帮助居民办理出入证{n}张', '为居家观察人员代取药品',
  ],
  assistance: ['走访慰问{place}困难家庭{n}户', '协调解决{place}隔离家庭生活困难', '为留守老人联系就医并陪同复诊'],
  danger: ['{place}有人聚集打牌，已劝散', '{place}有外来车辆强行闯卡，已报告派出所', '{place}有居民拒绝测温登记，已耐心劝导'],
  suspected_case_found: ['{place}一名居民发热咳嗽，已联系120转运至发热门诊', '排查发现{place}一名返乡人员出现发热症状，已上报'],
  suspected_case_outing: ['{place}一名居家观察人员擅自外出，已劝返', '{place}居家隔离人员外出购物，已劝返并加强管控'],
  other: ['{place}道路临时封闭，已设置提示牌', '协助核查{place}租户信息', '为{place}卡点补充测温枪和口罩'],
};

const SPOTS = ['北区', '南区', '东门', '西门', '村委会门口', '小广场', '主街', '菜市场附近'];

export function eventDescription(category: EventCategory, gridName: string, random: Random): string {
  const place = gridName.replace(/第\d+网格$/, '') + pick(random, SPOTS);
  return pick(random, TEMPLATES[category]).replace('{place}', place).replace('{n}', String(intBetween(random, 2, 60)));
}
