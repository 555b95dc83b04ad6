import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from './modules/auth/components/session-provider';
import { I18nProvider } from './modules/i18n/components/i18n-provider';
import { useI18n } from './modules/i18n/hooks/use-i18n';
import { AppRoutes } from './routes/app-routes';
import { THEME } from './ui/theme';

/** antd follows the interface language (texts of pickers, tables, pagination). */
function LocalisedApp() {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === 'vi' ? viVN : enUS} theme={THEME}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <LocalisedApp />
    </I18nProvider>
  );
}
