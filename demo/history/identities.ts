import { idNumberCheckChar } from '../../common/identity/id-number.ts';
import { maskIdNumber, maskPhone } from '../../common/identity/mask.ts';
import type { PiiCipher } from '../../server/pii/crypto.ts';
import type { Random } from '../geography/prng.ts';
import { intBetween, pick } from './random.ts';

/** Made-up residents: plausible names, valid (checksummed) ID numbers and mobile numbers, all fictitious. */

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红梅鑫波斌宇浩凯健俊帆帅旭宁龙林欣佳雪慧建国庆文丹晨阳玲燕峰立志海亮'.split('');
const PHONE_PREFIXES = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '157', '158', '159', '176', '177', '178', '180', '182', '183', '185', '186', '187', '188', '189', '199'];

export function personName(random: Random): string {
  const given = random() < 0.6 ? pick(random, GIVEN) + pick(random, GIVEN) : pick(random, GIVEN);
  return pick(random, SURNAMES) + given;
}

export function mobilePhone(random: Random): string {
  return pick(random, PHONE_PREFIXES) + String(intBetween(random, 0, 99_999_999)).padStart(8, '0');
}

/** 'YYYY-MM-DD' of someone aged between the bounds on `today`. */
export function birthDate(random: Random, today: string, minAge: number, maxAge: number): string {
  const year = Number(today.slice(0, 4)) - intBetween(random, minAge, maxAge);
  const month = intBetween(random, 1, 12);
  const day = intBetween(random, 1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A GB 11643 number for someone registered in `areaCode` (a county code), unique within `taken`. */
export function idNumber(random: Random, areaCode: string, birth: string, sex: 'male' | 'female', taken: Set<string>): string {
  for (;;) {
    const serial = intBetween(random, 0, 499) * 2 + (sex === 'male' ? 1 : 0);
    const base = `${areaCode}${birth.replaceAll('-', '')}${String(serial).padStart(3, '0')}`;
    const id = base + idNumberCheckChar(base);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

export interface ProtectedIdentifier {
  cipher: string;
  index: string;
  masked: string;
}

export function protectPhone(pii: PiiCipher, phone: string): ProtectedIdentifier {
  return { cipher: pii.encrypt(phone), index: pii.blindIndex('phone', phone), masked: maskPhone(phone) };
}

export function protectIdNumber(pii: PiiCipher, id: string): ProtectedIdentifier {
  return { cipher: pii.encrypt(id), index: pii.blindIndex('id_number', id), masked: maskIdNumber(id) };
}

/**
 * Mobile numbers encrypted once and handed out many times: residents in the register and at the
 * checkpoints draw from it, which keeps the start fast (one encryption per number, not per row).
 */
export function phonePool(pii: PiiCipher, size: number, random: Random): ProtectedIdentifier[] {
  const seen = new Set<string>();
  const pool: ProtectedIdentifier[] = [];
  while (pool.length < Math.max(size, 1)) {
    const phone = mobilePhone(random);
    if (seen.has(phone)) continue;
    seen.add(phone);
    pool.push(protectPhone(pii, phone));
  }
  return pool;
}
