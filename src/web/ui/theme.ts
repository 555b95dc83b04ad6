import type { ThemeConfig } from 'antd';

/** Default antd theme with a deep red primary (contrast with white ≥ 7:1) and a dark navy sider. */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#a8071a',
    colorLink: '#a8071a',
    borderRadius: 6,
    fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  },
  components: {
    Layout: { siderBg: '#10233f', headerBg: '#ffffff', headerPadding: '0 16px' },
    Menu: { darkItemBg: '#10233f', darkSubMenuItemBg: '#0b1a30', darkItemSelectedBg: '#a8071a' },
  },
};
