import type { ThemeConfig } from 'antd';

/** Command-centre palette: navy chrome around light working areas. */
const BRAND = {
  navy: '#0b2b63',
  navyDeep: '#081f4a',
  blue: '#1a5cd1',
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND.blue,
    colorInfo: BRAND.blue,
    colorBgLayout: '#eef2f8',
    borderRadius: 6,
    fontFamily: '-apple-system, BlinkMacSystemFont, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Segoe UI", Roboto, sans-serif',
  },
  components: {
    Layout: {
      headerBg: BRAND.navy,
      headerHeight: 60,
      headerPadding: '0 20px',
      siderBg: BRAND.navyDeep,
      triggerBg: '#061838',
      footerBg: 'transparent',
      footerPadding: '12px 24px 16px',
    },
    Menu: {
      darkItemBg: BRAND.navyDeep,
      darkSubMenuItemBg: BRAND.navyDeep,
      darkItemSelectedBg: BRAND.blue,
      itemHeight: 44,
    },
    Card: { headerFontSize: 15 },
  },
};
