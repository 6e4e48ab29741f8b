/** How a change reads: an arrow and the amount, or 持平 when nothing moved. */
export function changeText(change: number): string {
  if (change === 0) return '持平';
  return `${change > 0 ? '▲' : '▼'} ${Math.abs(change).toLocaleString('zh-CN')}`;
}

/** Whether a change is good news, bad news or neither, for its colour. */
export type Meaning = 'upIsBad' | 'upIsGood' | 'neutral';

export function changeTone(change: number, meaning: Meaning): 'bad' | 'good' | 'flat' {
  if (change === 0 || meaning === 'neutral') return 'flat';
  return (change > 0) === (meaning === 'upIsBad') ? 'bad' : 'good';
}
